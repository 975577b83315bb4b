/**
 * The plan diff of a large plan without holding it. One counting pass walks every block and
 * keeps the text of only the first ~1 MB; a render takes the blocks that fit its budget from the
 * head (60%) and from the tail, generating again only blocks past what was kept. 50,000
 * resources make about a million diff lines, so this is what keeps rendering fast and memory flat.
 */
import { codeBlock } from './markdown.js';
import type { ResourceChange } from './plan-model.js';
import { resourceDiff, type DiffCause } from './render-diff.js';
import type { Measure } from './render-fit.js';

export interface DiffBlocks {
  changes: readonly ResourceChange[];
  cause: DiffCause;
  /** All lines of the diff, blank separator lines between blocks included. */
  totalLines: number;
  /** The lines of the first blocks, kept by the counting pass (see KEEP_CHARS). */
  kept: readonly (readonly string[])[];
}

/**
 * Characters of diff text the counting pass keeps: a little over a job summary's worth, so a
 * plan whose diff fits in the summary is walked once, and a huge plan holds only its head.
 */
const KEEP_CHARS = 1_100_000;

export function countBlocks(changes: readonly ResourceChange[], cause: DiffCause): DiffBlocks {
  let totalLines = Math.max(0, changes.length - 1);
  const kept: string[][] = [];
  let keptChars = 0;
  for (const r of changes) {
    if (keptChars >= KEEP_CHARS) {
      totalLines += resourceDiff(r, cause, null);
      continue;
    }
    const lines: string[] = [];
    totalLines += resourceDiff(r, cause, lines);
    kept.push(lines);
    for (const line of lines) keptChars += line.length + 1;
  }
  return { changes, cause, totalLines, kept };
}

/** The lines of block i; callers must not modify them (kept blocks are shared by renders). */
function block(blocks: DiffBlocks, i: number): readonly string[] {
  const kept = blocks.kept[i];
  if (kept) return kept;
  const out: string[] = [];
  resourceDiff(blocks.changes[i] as ResourceChange, blocks.cause, out);
  return out;
}

function size(lines: readonly string[], measure: Measure): number {
  let total = 0;
  for (const line of lines) total += measure(line) + 1;
  return total;
}

/**
 * A ```diff block within `budget`: every block when they fit, else whole blocks from the head
 * and the tail (the head's next block line by line) around "… N lines omitted, <whereFull> …".
 */
export function fitDiff(
  blocks: DiffBlocks,
  budget: number,
  measure: Measure,
  whereFull: string,
): { text: string; omitted: number } {
  const n = blocks.changes.length;
  const room = budget - 64;
  const head: string[] = [];
  let used = 0;
  let next = 0;
  for (; next < n; next++) {
    const lines = block(blocks, next);
    const s = size(lines, measure) + (next ? 1 : 0);
    if (used + s > room) break;
    if (next) head.push('');
    head.push(...lines);
    used += s;
  }
  if (next === n) return { text: codeBlock(head, 'diff'), omitted: 0 };

  const notice = (omitted: number): string => `… ${omitted} lines omitted, ${whereFull} …`;
  const available = room - measure(notice(blocks.totalLines)) - 4;
  const headRoom = Math.floor(available * 0.6);
  // Keep the head within its share, then as much of the next block as fits, line by line (so a
  // single huge resource still shows its start).
  let trimmed = false;
  while (used > headRoom && head.length) {
    used -= measure(head.pop() as string) + 1;
    trimmed = true;
  }
  let partial = false;
  if (!trimmed && used < headRoom) {
    const lines = head.length ? ['', ...block(blocks, next)] : block(blocks, next);
    for (const line of lines) {
      const s = measure(line) + 1;
      if (used + s > headRoom) break;
      head.push(line);
      used += s;
      partial = true;
    }
  }
  const tail: (readonly string[])[] = [];
  let tailLines = 0;
  for (let i = n - 1; i > next || (i === next && !partial); i--) {
    const lines = block(blocks, i);
    const s = size(lines, measure) + 1;
    if (used + s > available) break;
    tail.unshift(lines);
    tailLines += lines.length + 1;
    used += s;
  }
  const headKept = head[head.length - 1] === '' ? head.slice(0, -1) : head;
  const omitted = blocks.totalLines - headKept.length - tailLines;
  const kept = [...headKept, '', notice(omitted), ...tail.flatMap((lines) => ['', ...lines])];
  return { text: codeBlock(kept, 'diff'), omitted };
}
