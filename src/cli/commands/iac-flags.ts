import { UserError } from '../../shared/errors.js';
import type { ToolOption } from '../../iac/tool.js';

/** Shared flag parsing for the terraform commands (plan, apply). */
export function parseToolOption(value: string | undefined): ToolOption | undefined {
  if (value === undefined) return undefined;
  if (value === 'terraform' || value === 'tofu' || value === 'auto') return value;
  throw new UserError(`--tool must be terraform, tofu or auto, got '${value}'.`);
}

export function parseNumber(
  value: string | undefined,
  flag: string,
  options: { positive?: boolean } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || n < 0 || (options.positive && n === 0)) {
    throw new UserError(
      `${flag} must be a ${options.positive ? 'positive' : 'non-negative'} number, got '${value}'.`,
    );
  }
  return n;
}

/** `--var name=value` pairs → a map (later wins, as in terraform). */
export function parseVarPairs(pairs: readonly string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new UserError('--var expects NAME=VALUE, got an argument without a name and =.');
    }
    vars[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return vars;
}
