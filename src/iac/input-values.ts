import { UserError } from '../shared/errors.js';

/** `30s`, `5m`, `1h`, `90` (seconds) or `0` → seconds; terraform's -lock-timeout grammar. */
export function parseDuration(text: string, what: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
  if (!m) {
    throw new UserError(`${what} must be a duration like 30s, 5m or 0, not '${text}'.`, {
      reason: 'bad-input',
    });
  }
  const n = Number(m[1]);
  const factor = { ms: 0.001, s: 1, m: 60, h: 3600 }[m[2] ?? 's'] ?? 1;
  return Math.round(n * factor);
}

/** `name=value` lines → a map; a clear error for a line without a name. */
export function parseVariables(lines: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [i, line] of lines.entries()) {
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
      // The line may hold a secret: name its position, never its text.
      throw new UserError(`variables: line ${i + 1} is not a name=value line with a valid name.`, {
        reason: 'bad-input',
        hint: 'Write one variable per line as name=value (values may be HCL).',
      });
    }
    out[name] = line.slice(eq + 1).trim();
  }
  return out;
}

/**
 * The values to mask in `backend-config` lines: the right side of each `key=value` line (a line
 * without `=` names a file, which is not secret).
 */
export function backendConfigSecrets(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const eq = line.indexOf('=');
    const value = eq > 0 ? line.slice(eq + 1).trim() : '';
    return value ? [value] : [];
  });
}
