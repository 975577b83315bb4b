import { createHash } from 'node:crypto';
import { inspect } from 'node:util';

/** What terraform prints in place of a sensitive value; the only form a secret ever takes here. */
export const SENSITIVE_TEXT = '(sensitive value)';
export const UNKNOWN_TEXT = '(known after apply)';

/** Fingerprints of sensitive strings already hashed: the same secret recurs across resources. */
const fingerprints = new Map<string, string>();

function fingerprintOf(raw: unknown): string {
  const text = typeof raw === 'string' ? `s${raw}` : `j${canonicalJson(raw)}`;
  let hex = fingerprints.get(text);
  if (hex === undefined) {
    hex = createHash('sha256').update('gantry-sensitive-v1\0').update(text).digest('hex');
    if (fingerprints.size > 100_000) fingerprints.clear();
    fingerprints.set(text, hex);
  }
  return hex;
}

/**
 * A sensitive value, replaced at the parsing boundary. Its fingerprint (SHA-256 of the value,
 * domain-separated, computed on first use) lets the plan digest tell "changed" from "unchanged";
 * the value itself sits in a private field no serializer can see. Every printable form is
 * `(sensitive value)`.
 */
export class SensitiveValue {
  readonly #raw: unknown;
  #fingerprint: string | undefined;

  constructor(raw: unknown) {
    this.#raw = raw;
  }

  /** Only for digests and equality: never print it. */
  get fingerprint(): string {
    this.#fingerprint ??= fingerprintOf(this.#raw);
    return this.#fingerprint;
  }

  toJSON(): string {
    return SENSITIVE_TEXT;
  }

  toString(): string {
    return SENSITIVE_TEXT;
  }

  [inspect.custom](): string {
    return SENSITIVE_TEXT;
  }
}

/** A JSON value from the plan after redaction: sensitive leaves are SensitiveValue instances. */
export type PlanValue =
  null | boolean | number | string | SensitiveValue | PlanValue[] | { [key: string]: PlanValue };

export type PlanObject = { [key: string]: PlanValue };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof SensitiveValue)
  );
}

/**
 * Replace every value marked sensitive by terraform's `*_sensitive` structure (true, false, or a
 * nested object/array of the same shape as the value) with a SensitiveValue. Unmarked parts are
 * returned as they are (shared, not copied: the raw document is never mutated).
 */
export function redact(value: unknown, marks: unknown): PlanValue {
  if (value === undefined) return null;
  if (marks === true) return new SensitiveValue(value);
  if (typeof marks !== 'object' || marks === null) return value as PlanValue;
  if (Array.isArray(value)) {
    if (!Array.isArray(marks)) return value as PlanValue;
    let out: PlanValue[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const m: unknown = marks[i];
      if (m === true || (typeof m === 'object' && m !== null)) {
        out ??= value.slice() as PlanValue[];
        out[i] = redact(value[i], m);
      }
    }
    return out ?? (value as PlanValue);
  }
  if (isPlainObject(value)) {
    if (Array.isArray(marks)) return value as PlanValue;
    const markObject = marks as Record<string, unknown>;
    let out: PlanObject | undefined;
    for (const key in markObject) {
      const m = markObject[key];
      if (!(key in value)) continue;
      if (m === true || (typeof m === 'object' && m !== null)) {
        out ??= { ...(value as PlanObject) };
        out[key] = redact(value[key], m);
      }
    }
    return out ?? (value as PlanValue);
  }
  return value as PlanValue;
}

/** True when a marks structure (after_unknown, *_sensitive) says "all of this" at this node. */
export function markAt(marks: unknown, key: string | number): unknown {
  if (typeof marks !== 'object' || marks === null) return undefined;
  return (marks as Record<string | number, unknown>)[key];
}

/** Deep equality of plan values; sensitive values compare by fingerprint. */
export function valuesEqual(a: PlanValue, b: PlanValue): boolean {
  if (a === b) return true;
  if (a instanceof SensitiveValue || b instanceof SensitiveValue) {
    return (
      a instanceof SensitiveValue && b instanceof SensitiveValue && a.fingerprint === b.fingerprint
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++)
      if (!valuesEqual(a[i] as PlanValue, b[i] as PlanValue)) return false;
    return true;
  }
  const ak = Object.keys(a);
  const bo = b as PlanObject;
  if (ak.length !== Object.keys(bo).length) return false;
  for (const k of ak) {
    if (!(k in bo) || !valuesEqual((a as PlanObject)[k] as PlanValue, bo[k] as PlanValue))
      return false;
  }
  return true;
}

/**
 * JSON with sorted object keys and no whitespace: the canonical form hashed by digests.
 * Sensitive values become `{"$sensitive":"<fingerprint>"}` (a hash, never the value).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(plainCanonical(value)) ?? 'null';
}

/**
 * The value as plain JSON data in canonical shape: sensitive values become their fingerprint
 * object, objects with unsorted keys are rebuilt sorted. Copy on write: canonical subtrees (all
 * of terraform's output, whose keys come sorted) are returned as they are, so the native
 * serializer then writes them on its fast path.
 */
function plainCanonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof SensitiveValue) return { $sensitive: value.fingerprint };
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const p = plainCanonical(v);
      if (p !== v) (out ??= value.slice())[i] = p;
    }
    return out ?? value;
  }
  const obj = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  let previous: string | undefined;
  let sorted = true;
  for (const k in obj) {
    if (previous !== undefined && !(previous < k)) sorted = false;
    previous = k;
    const v = obj[k];
    const p = plainCanonical(v);
    if (p !== v) (out ??= { ...obj })[k] = p;
  }
  if (sorted) return out ?? obj;
  // (Integer-like keys always enumerate in numeric order in JavaScript: deterministic too.)
  const source = out ?? obj;
  const rebuilt: Record<string, unknown> = {};
  for (const k of Object.keys(source).sort()) rebuilt[k] = source[k];
  return rebuilt;
}
