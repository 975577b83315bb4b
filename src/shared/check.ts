import { isRecord } from './json.js';

/**
 * Small JSON shape checks for hot boundaries (a plan of thousands of resources, a plan's UI
 * stream), where a schema library's start-up and per-node cost show in a one-shot CLI run. A
 * check returns undefined for a valid value and allocates nothing then; otherwise the path to the
 * first bad node and what was expected there.
 */
export interface Problem {
  path: (string | number)[];
  message: string;
}

export type Check = (value: unknown) => Problem | undefined;

/** How a value is named in a message: its kind, or a short quoted form for a string. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    return value.length > 40 ? `a ${value.length}-character string` : JSON.stringify(value);
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const expected = (what: string, value: unknown): Problem => ({
  path: [],
  message: `expected ${what}, got ${describeValue(value)}`,
});

/** Put `key` in front of the path of a problem found below it. */
function under(key: string | number, problem: Problem | undefined): Problem | undefined {
  problem?.path.unshift(key);
  return problem;
}

export const isString: Check = (v) => (typeof v === 'string' ? undefined : expected('a string', v));
export const isNumber: Check = (v) => (typeof v === 'number' ? undefined : expected('a number', v));
export const isBoolean: Check = (v) =>
  typeof v === 'boolean' ? undefined : expected('a boolean', v);
export const anything: Check = () => undefined;
export const stringOrNumber: Check = (v) =>
  typeof v === 'string' || typeof v === 'number' ? undefined : expected('a string or number', v);

export const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? undefined : check(v);

export const nullable =
  (check: Check): Check =>
  (v) =>
    v === null ? undefined : check(v);

export const oneOf = (...values: string[]): Check => {
  const what = `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  return (v) => (typeof v === 'string' && values.includes(v) ? undefined : expected(what, v));
};

export const arrayOf =
  (check: Check, min = 0, max = Infinity): Check =>
  (v) => {
    if (!Array.isArray(v)) return expected('an array', v);
    if (v.length < min || v.length > max) {
      const bound = v.length < min ? `at least ${min}` : `at most ${max}`;
      return { path: [], message: `expected ${bound} item(s), got ${v.length}` };
    }
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i]);
      if (problem) return under(i, problem);
    }
    return undefined;
  };

/** An object with these fields (others allowed); a missing field is checked as undefined. */
export const shape = (fields: Record<string, Check>): Check => {
  const keys = Object.keys(fields);
  const checks = Object.values(fields);
  return (v) => {
    if (!isRecord(v)) return expected('an object', v);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const problem = (checks[i] as Check)(v[key]);
      if (problem) return under(key, problem);
    }
    return undefined;
  };
};

/** An object used as a map: every value passes `check`. */
export const recordOf =
  (check: Check): Check =>
  (v) => {
    if (!isRecord(v)) return expected('an object', v);
    for (const key of Object.keys(v)) {
      const problem = check(v[key]);
      if (problem) return under(key, problem);
    }
    return undefined;
  };

/** `path: message`, with `(root)` for the value itself. */
export function describeProblem(problem: Problem): string {
  return `${problem.path.length ? problem.path.join('.') : '(root)'}: ${problem.message}`;
}
