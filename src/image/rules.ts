// The `tags:` / `flavor:` / `images:` grammar of docker/metadata-action: one CSV line of
// `key=value` fields per entry. Parsing is pure; every mistake is a UserError naming the line.
import { parse } from 'csv-parse/sync';
import { UserError } from '../shared/errors.js';

export const TAG_TYPES = [
  'schedule',
  'semver',
  'pep440',
  'match',
  'edge',
  'ref',
  'raw',
  'sha',
] as const;
export type TagType = (typeof TAG_TYPES)[number];
export const REF_EVENTS = ['branch', 'tag', 'pr'] as const;
export type RefEvent = (typeof REF_EVENTS)[number];

/** Default priorities: the highest rule that yields a value gives `version` and decides `latest`. */
export const DEFAULT_PRIORITIES: Readonly<Record<TagType, number>> = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
};

/** metadata-action's rule set when `tags` is empty. */
export const DEFAULT_TAG_RULES = [
  'type=schedule',
  'type=ref,event=branch',
  'type=ref,event=tag',
  'type=ref,event=pr',
];

export interface TagRule {
  type: TagType;
  /** Attributes as written (lower-cased keys) plus the type's defaults. Presence matters: a rule's
   * own `prefix=` (even empty) beats the flavor's prefix. */
  attrs: Readonly<Record<string, string>>;
  priority: number;
  /** The line as the user wrote it, for messages. */
  line: string;
}

export type LatestMode = 'auto' | 'true' | 'false' | 'highest';

export interface Flavor {
  latest: LatestMode;
  prefix: string;
  prefixLatest: boolean;
  suffix: string;
  suffixLatest: boolean;
}

export interface ImageEntry {
  name: string;
  enable: boolean;
}

/** Splits a multi-line input: trims, drops blank lines and `#` comment lines (not `#` inside). */
export function inputLines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

export function csvFields(line: string, what: string): string[] {
  // Without quotes a CSV line is its comma-separated fields; csv-parse is ~60 µs a call.
  if (!line.includes('"')) return line.split(',');
  try {
    const rows = parse(line, { relaxColumnCount: true, skipEmptyLines: true }) as string[][];
    return (rows[0] ?? []).map(String);
  } catch (error) {
    throw new UserError(`${what} entry is not valid CSV: ${line} (${(error as Error).message}).`, {
      reason: 'invalid-input',
      hint: 'Quote a field that contains a comma, e.g. "pattern=\\d{1,3}".',
    });
  }
}

const has = (o: Record<string, string>, k: string): boolean =>
  Object.prototype.hasOwnProperty.call(o, k);

function bad(line: string, why: string): UserError {
  return new UserError(`Invalid tags entry '${line}': ${why}.`, {
    reason: 'invalid-tags',
    hint: 'See the tag grammar in the publish action README (same as docker/metadata-action).',
  });
}

export function parseTagRule(line: string): TagRule {
  const attrs: Record<string, string> = {};
  let type: TagType | undefined;
  for (const field of csvFields(line, 'tags')) {
    // Split on the first `=` only: values may contain `=` (e.g. a regex).
    const at = field.indexOf('=');
    if (at <= 0) {
      attrs.value = field.trim();
      continue;
    }
    const key = field.slice(0, at).trim().toLowerCase();
    const value = field.slice(at + 1).trim();
    if (key === 'type') {
      if (!(TAG_TYPES as readonly string[]).includes(value)) {
        throw bad(line, `unknown type '${value}' (valid: ${TAG_TYPES.join(', ')})`);
      }
      type = value as TagType;
    } else attrs[key] = value;
  }
  const t: TagType = type ?? 'raw';
  const defaults = (k: string, v: string): void => {
    if (!has(attrs, k)) attrs[k] = v;
  };
  switch (t) {
    case 'schedule':
      defaults('pattern', 'nightly');
      break;
    case 'semver':
    case 'pep440':
      if (!has(attrs, 'pattern')) throw bad(line, 'missing pattern attribute');
      defaults('value', '');
      defaults('match', '');
      break;
    case 'match':
      if (!has(attrs, 'pattern')) throw bad(line, 'missing pattern attribute');
      defaults('group', '0');
      if (Number.isNaN(Number(attrs.group)))
        throw bad(line, `invalid match group '${attrs.group}'`);
      defaults('value', '');
      break;
    case 'edge':
      defaults('branch', '');
      break;
    case 'ref':
      if (!has(attrs, 'event')) throw bad(line, 'missing event attribute (branch, tag or pr)');
      if (!(REF_EVENTS as readonly string[]).includes(attrs.event ?? '')) {
        throw bad(line, `invalid event '${attrs.event}' (valid: ${REF_EVENTS.join(', ')})`);
      }
      if (attrs.event === 'pr') defaults('prefix', 'pr-');
      break;
    case 'raw':
      if (!has(attrs, 'value')) throw bad(line, 'missing value attribute');
      break;
    case 'sha':
      defaults('prefix', 'sha-');
      defaults('format', 'short');
      if (!['short', 'long'].includes(attrs.format ?? '')) {
        throw bad(line, `invalid format '${attrs.format}' (valid: short, long)`);
      }
      break;
  }
  defaults('enable', 'true');
  const priority = has(attrs, 'priority') ? Number(attrs.priority) : DEFAULT_PRIORITIES[t];
  if (!Number.isFinite(priority)) throw bad(line, `priority '${attrs.priority}' is not a number`);
  return { type: t, attrs, priority, line };
}

/** Parses the rules (the default set when empty) and orders them by priority, highest first;
 * equal priorities keep their written order (a stable sort, as metadata-action's). */
export function parseTagRules(lines: readonly string[]): TagRule[] {
  const source = lines.length ? lines : DEFAULT_TAG_RULES;
  return source.map(parseTagRule).sort((a, b) => b.priority - a.priority);
}

export function parseFlavor(lines: readonly string[]): Flavor {
  const flavor: Flavor = {
    latest: 'auto',
    prefix: '',
    prefixLatest: false,
    suffix: '',
    suffixLatest: false,
  };
  const invalid = (line: string, why: string): UserError =>
    new UserError(`Invalid flavor entry '${line}': ${why}.`, {
      reason: 'invalid-flavor',
      hint: 'Valid: latest=auto|true|false|highest, prefix=<s>[,onlatest=true], suffix=<s>[,onlatest=true].',
    });
  for (const line of lines) {
    let onlatestFor: 'prefix' | 'suffix' | '' = '';
    for (const field of csvFields(line, 'flavor')) {
      const at = field.indexOf('=');
      if (at <= 0) throw invalid(line, `'${field}' is not key=value`);
      const key = field.slice(0, at).trim().toLowerCase();
      const value = field.slice(at + 1).trim();
      if (key === 'latest') {
        if (!['auto', 'true', 'false', 'highest'].includes(value)) {
          throw invalid(line, `latest must be auto, true, false or highest, not '${value}'`);
        }
        flavor.latest = value as LatestMode;
      } else if (key === 'prefix' || key === 'suffix') {
        flavor[key] = value;
        onlatestFor = key;
      } else if (key === 'onlatest') {
        if (!['true', 'false'].includes(value))
          throw invalid(line, 'onlatest must be true or false');
        if (onlatestFor === 'prefix') flavor.prefixLatest = value === 'true';
        if (onlatestFor === 'suffix') flavor.suffixLatest = value === 'true';
      } else {
        throw invalid(line, `unknown key '${key}'`);
      }
    }
  }
  return flavor;
}
