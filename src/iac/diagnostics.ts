import { arrayOf, isNumber, isString, nullable, oneOf, optional, shape } from '../shared/check.js';

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

interface RawPos {
  line: number;
  column: number;
}

interface RawDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  address?: string;
  range?: { filename: string; start: RawPos; end?: RawPos };
  snippet?: {
    context?: string | null;
    code: string;
    start_line: number;
    values?: { traversal: string; statement: string }[];
  };
}

// Plain checks (../shared/check.ts): a plan's warnings are read on every run.
const pos = shape({ line: isNumber, column: isNumber });
const rawDiagnostic = shape({
  severity: oneOf('error', 'warning'),
  summary: isString,
  detail: optional(isString),
  address: optional(isString),
  range: optional(shape({ filename: isString, start: pos, end: optional(pos) })),
  snippet: optional(
    shape({
      context: optional(nullable(isString)),
      code: isString,
      start_line: isNumber,
      values: optional(arrayOf(shape({ traversal: isString, statement: isString }))),
    }),
  ),
});

/** The diagnostic when it has terraform's shape (other keys allowed), else undefined. */
function asDiagnostic(value: unknown): RawDiagnostic | undefined {
  return rawDiagnostic(value) ? undefined : (value as RawDiagnostic);
}

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
      const raw = asDiagnostic(item);
      if (raw) out.push(toDiagnostic(raw));
    }
    return;
  }
  // `plan -json` / `apply -json` stream: { "@level", "@message", "type": "diagnostic", diagnostic }
  if (obj.type === 'diagnostic') {
    const raw = asDiagnostic(obj.diagnostic);
    if (raw) out.push(toDiagnostic(raw));
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
