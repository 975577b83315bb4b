import { UserError } from '../shared/errors.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `1500ms`, `30s`, `5m`, `1h`, `1m30s`, or a bare number of seconds → milliseconds. */
export function parseDuration(input: string, name: string): number {
  const text = input.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== text) {
    throw new UserError(`${name}: '${input}' is not a duration.`, {
      reason: 'bad-input',
      hint: 'Use a number of seconds or units like 1500ms, 30s, 5m, 1m30s.',
    });
  }
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * (UNITS[p[2] ?? 's'] ?? 0), 0));
}
