import { z } from 'zod';

/** One terraform diagnostic (error or warning), as `validate -json` / `plan -json` report it. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  /** Resource address the diagnostic is about, when terraform gives one. */
  address?: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The offending source lines (with terraform's "values" notes), for display. */
  snippet?: string;
}

const pos = z.object({ line: z.number(), column: z.number() }).loose();
const rawDiagnostic = z
  .object({
    severity: z.enum(['error', 'warning']),
    summary: z.string(),
    detail: z.string().optional(),
    address: z.string().optional(),
    range: z.object({ filename: z.string(), start: pos, end: pos.optional() }).loose().optional(),
    snippet: z
      .object({
        context: z.string().nullable().optional(),
        code: z.string(),
        start_line: z.number(),
        values: z
          .array(z.object({ traversal: z.string(), statement: z.string() }).loose())
          .optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

type RawDiagnostic = z.infer<typeof rawDiagnostic>;

function toDiagnostic(raw: RawDiagnostic): Diagnostic {
  const d: Diagnostic = { severity: raw.severity, summary: raw.summary };
  if (raw.detail) d.detail = raw.detail;
  if (raw.address) d.address = raw.address;
  if (raw.range) {
    d.file = raw.range.filename;
    d.line = raw.range.start.line;
    d.column = raw.range.start.column;
    if (raw.range.end) {
      d.endLine = raw.range.end.line;
      d.endColumn = raw.range.end.column;
    }
  }
  if (raw.snippet) {
    const s = raw.snippet;
    const lines = s.code
      .split('\n')
      .map((code, i) => `${String(s.start_line + i).padStart(4)}: ${code}`);
    if (s.context) lines.unshift(`in ${s.context}:`);
    for (const v of s.values ?? []) lines.push(`    ${v.traversal} ${v.statement}`);
    d.snippet = lines.join('\n');
  }
  return d;
}

function fromObject(value: unknown, out: Diagnostic[]): void {
  if (typeof value !== 'object' || value === null) return;
  const obj = value as Record<string, unknown>;
  // `validate -json`: { valid, error_count, warning_count, diagnostics: [...] }
  if (Array.isArray(obj.diagnostics)) {
    for (const item of obj.diagnostics) {
      const parsed = rawDiagnostic.safeParse(item);
      if (parsed.success) out.push(toDiagnostic(parsed.data));
    }
    return;
  }
  // `plan -json` / `apply -json` stream: { "@level", "@message", "type": "diagnostic", diagnostic }
  if (obj.type === 'diagnostic') {
    const parsed = rawDiagnostic.safeParse(obj.diagnostic);
    if (parsed.success) out.push(toDiagnostic(parsed.data));
  }
}

/**
 * Diagnostics from terraform's machine-readable output: a whole `validate -json` document, or
 * the line-delimited `plan -json` UI stream (non-diagnostic messages and non-JSON lines are
 * skipped). Duplicates (same severity, summary, place) are reported once.
 */
export function parseDiagnostics(jsonLines: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const trimmed = jsonLines.trim();
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    try {
      fromObject(JSON.parse(trimmed), out);
      return dedupe(out);
    } catch {
      // not one document: fall through to line-by-line
    }
  }
  for (const line of jsonLines.split(/\r?\n/)) {
    const text = line.trim();
    // Most lines of a plan stream are progress messages: skip them before parsing.
    if (!text.startsWith('{') || !text.includes('"diagnostic')) continue;
    try {
      fromObject(JSON.parse(text), out);
    } catch {
      // a line of plain text between JSON messages: not a diagnostic
    }
  }
  return dedupe(out);
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = JSON.stringify([
      d.severity,
      d.summary,
      d.detail,
      d.file,
      d.line,
      d.column,
      d.address,
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `main.tf:3:5` or '' when the diagnostic has no place. */
export function diagnosticPlace(d: Diagnostic): string {
  if (!d.file) return '';
  return `${d.file}${d.line ? `:${d.line}` : ''}${d.line && d.column ? `:${d.column}` : ''}`;
}
