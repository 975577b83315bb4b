/**
 * The hidden marker that identifies a Gantry comment: an HTML comment carrying JSON, e.g.
 * `<!-- gantry:plan {"v":1,"tool":"terraform","target":"network","digest":"…","sha":"…","status":"changes"} -->`.
 *
 * The JSON is escaped so no value can end the HTML comment early: `<`, `>` and `&` are written as
 * JSON `\u` escapes, so the text between `<!--` and `-->` never contains `>` at all.
 */
import { z } from 'zod';

export const MARKER_VERSION = 1;

const planMarkerSchema = z.object({
  v: z.literal(MARKER_VERSION),
  tool: z.string(),
  target: z.string().min(1),
  digest: z.string().optional(),
  sha: z.string().optional(),
  status: z.string().optional(),
});

export type PlanMarker = z.infer<typeof planMarkerSchema>;
export type MarkerFields = Omit<PlanMarker, 'v'>;

const MARKER_PATTERN = /<!-- gantry:([a-z][a-z0-9-]*) (\{[^>]*\}) -->/g;

function escapeJson(json: string): string {
  return json.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The marker line for a plan comment. `kind` lets other actions (apply) use their own. */
export function formatMarker(fields: MarkerFields, kind = 'plan'): string {
  const data: PlanMarker = { v: MARKER_VERSION, ...fields };
  return `<!-- gantry:${kind} ${escapeJson(JSON.stringify(data))} -->`;
}

/** Every well-formed marker of `kind` in a comment body (a body normally has one). */
export function parseMarkers(body: string | null | undefined, kind = 'plan'): PlanMarker[] {
  if (!body) return [];
  const found: PlanMarker[] = [];
  for (const match of body.matchAll(MARKER_PATTERN)) {
    if (match[1] !== kind) continue;
    let json: unknown;
    try {
      json = JSON.parse(match[2] ?? '');
    } catch {
      continue;
    }
    const parsed = planMarkerSchema.safeParse(json);
    if (parsed.success) found.push(parsed.data);
  }
  return found;
}

/** The first marker of `kind` in a body, or undefined. */
export function parseMarker(
  body: string | null | undefined,
  kind = 'plan',
): PlanMarker | undefined {
  return parseMarkers(body, kind)[0];
}
