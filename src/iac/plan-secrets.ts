import { isPlainObject, SensitiveValue, type PlanValue } from './plan-values.js';

/**
 * Defence in depth for sensitive values. terraform marks sensitive paths, but a value can lose
 * its mark on the way (e.g. `terraform_data.output` echoes a sensitive `input` unmarked in the
 * prior state, and terraform's own text output then prints it). So every string terraform marks
 * sensitive anywhere in the document (resource attributes, outputs, sensitive variables) is
 * collected, and any other string equal to it, or containing it when it is long enough to be
 * distinctive, is redacted too.
 */
const MIN_SUBSTRING = 6;

export class Secrets {
  private readonly exact = new Set<string>();
  private long: string[] = [];
  private shortest = Infinity;

  get size(): number {
    return this.exact.size;
  }

  add(secret: string): void {
    if (secret === '' || this.exact.has(secret)) return;
    this.exact.add(secret);
    this.shortest = Math.min(this.shortest, secret.length);
    if (secret.length >= MIN_SUBSTRING) this.long.push(secret);
  }

  matches(text: string): boolean {
    if (text.length < this.shortest) return false;
    if (this.exact.has(text)) return true;
    for (let i = 0; i < this.long.length; i++) {
      if (text.includes(this.long[i] as string)) return true;
    }
    return false;
  }
}

/** Every string leaf of `value`. */
function addLeaves(value: unknown, secrets: Secrets): void {
  if (typeof value === 'string') secrets.add(value);
  // Short numbers (ports, counts) would redact half the plan; long ones are distinctive.
  else if (typeof value === 'number' && String(value).length >= 4) secrets.add(String(value));
  else if (Array.isArray(value)) for (const v of value) addLeaves(v, secrets);
  else if (isPlainObject(value)) for (const k in value) addLeaves(value[k], secrets);
}

/** Collect the values under `marks === true` paths (terraform's *_sensitive structure). */
export function collectMarked(value: unknown, marks: unknown, secrets: Secrets): void {
  if (marks === true) return addLeaves(value, secrets);
  if (typeof marks !== 'object' || marks === null || value === null || typeof value !== 'object') {
    return;
  }
  if (Array.isArray(value)) {
    if (!Array.isArray(marks)) return;
    for (let i = 0; i < value.length && i < marks.length; i++) {
      collectMarked(value[i], marks[i], secrets);
    }
    return;
  }
  if (Array.isArray(marks)) return;
  const obj = value as Record<string, unknown>;
  const markObject = marks as Record<string, unknown>;
  for (const k in markObject) if (k in obj) collectMarked(obj[k], markObject[k], secrets);
}

/**
 * Sensitive input variables: `configuration.root_module.variables.<name>.sensitive` marks them,
 * `variables.<name>.value` holds the value (in clear, in the plan JSON).
 */
export function collectSensitiveVariables(doc: Record<string, unknown>, secrets: Secrets): void {
  const config = doc.configuration as { root_module?: { variables?: unknown } } | undefined;
  const declared = config?.root_module?.variables;
  const values = doc.variables;
  if (!isPlainObject(declared) || !isPlainObject(values)) return;
  for (const [name, decl] of Object.entries(declared)) {
    if (!isPlainObject(decl) || decl.sensitive !== true) continue;
    const v = values[name];
    if (isPlainObject(v)) addLeaves(v.value, secrets);
  }
}

/** Replace string leaves that match a known secret (copy on write; numbers compared as text). */
export function redactKnown(value: PlanValue, secrets: Secrets): PlanValue {
  if (secrets.size === 0 || value === null || value instanceof SensitiveValue) return value;
  if (typeof value === 'string' || typeof value === 'number') {
    return secrets.matches(String(value)) ? new SensitiveValue(value) : value;
  }
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: PlanValue[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = value[i] as PlanValue;
      const r = redactKnown(v, secrets);
      if (r !== v) (out ??= value.slice())[i] = r;
    }
    return out ?? value;
  }
  let out: Record<string, PlanValue> | undefined;
  for (const k in value) {
    const v = value[k] as PlanValue;
    const r = redactKnown(v, secrets);
    if (r !== v) (out ??= { ...value })[k] = r;
  }
  return out ?? value;
}
