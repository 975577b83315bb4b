import {
  isPlainObject,
  markAt,
  SENSITIVE_TEXT,
  SensitiveValue,
  UNKNOWN_TEXT,
  valuesEqual,
  type PlanObject,
  type PlanValue,
} from './plan-values.js';

/**
 * Values in terraform-style diff lines, generated from the plan JSON for a ```diff block: the
 * first column is the highlight marker (`+` create, `-` delete, `!` change, space otherwise),
 * comments start with `#`. Sensitive values only ever appear as `(sensitive value)`, unknown
 * ones as `(known after apply)`.
 */
const MAX_STRING = 500;
export const MAX_LINE = 2000;

export type Marker = '+' | '-' | '!' | ' ';
export type Path = (string | number)[] | null;

export interface Ctx {
  /** Where lines go; null counts them only (no text is built), see `count`. */
  out: string[] | null;
  count: number;
  /** JSON of each replace path, to mark attributes that force replacement. */
  forces: Set<string> | null;
}

export function emit(ctx: Ctx, marker: Marker, depth: number, text: string): void {
  ctx.count++;
  if (!ctx.out) return;
  const line = `${marker} ${'  '.repeat(depth)}${text}`;
  ctx.out.push(line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)} …` : line);
}

export function scalarText(v: PlanValue): string {
  if (v instanceof SensitiveValue) return SENSITIVE_TEXT;
  if (typeof v === 'string') {
    if (v.length <= MAX_STRING) return JSON.stringify(v);
    return `${JSON.stringify(v.slice(0, MAX_STRING))}… (${v.length - MAX_STRING} more characters)`;
  }
  if (v === null) return 'null';
  if (typeof v === 'object') return Array.isArray(v) ? '[…]' : '{…}';
  return String(v);
}

export function keyText(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}

/** The widest key as displayed (a loop: maps can have more keys than call arguments allow). */
export function maxKeyWidth(keys: readonly string[]): number {
  let width = 0;
  for (const k of keys) width = Math.max(width, keyText(k).length);
  return width;
}

export function isAbsent(v: PlanValue | undefined): v is null | undefined {
  return v === null || v === undefined;
}

function forces(ctx: Ctx, path: Path): string {
  return ctx.forces && path && ctx.forces.has(JSON.stringify(path)) ? ' # forces replacement' : '';
}

/** The lines writeValue would write for a value, counted without building any text. */
function countValue(v: PlanValue, unknown: unknown): number {
  if (unknown === true || v === null || typeof v !== 'object' || v instanceof SensitiveValue) {
    return 1;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return 1;
    let n = 2;
    for (let i = 0; i < v.length; i++) n += countValue(v[i] as PlanValue, markAt(unknown, i));
    return n;
  }
  let n = 0;
  for (const k in v) {
    const u = markAt(unknown, k);
    if (!isAbsent(v[k]) || u === true) n += countValue(v[k] ?? null, u);
  }
  if (typeof unknown === 'object' && unknown !== null && !Array.isArray(unknown)) {
    for (const k in unknown) if ((unknown as Record<string, unknown>)[k] === true && !(k in v)) n++;
  }
  return n === 0 ? 1 : n + 2;
}

/** A whole value on one side (create or delete), nested values expanded. */
export function writeValue(
  ctx: Ctx,
  marker: Marker,
  depth: number,
  label: string,
  v: PlanValue,
  unknown: unknown,
  suffix: string,
): void {
  if (!ctx.out) {
    ctx.count += countValue(v, unknown);
    return;
  }
  if (unknown === true) return emit(ctx, marker, depth, `${label}${UNKNOWN_TEXT}${suffix}`);
  if (v instanceof SensitiveValue || v === null || typeof v !== 'object') {
    return emit(ctx, marker, depth, `${label}${scalarText(v)}${suffix}`);
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return emit(ctx, marker, depth, `${label}[]${suffix}`);
    emit(ctx, marker, depth, `${label}[`);
    v.forEach((item, i) => writeValue(ctx, marker, depth + 1, '', item, markAt(unknown, i), ','));
    return emit(ctx, marker, depth, `]${suffix}`);
  }
  const keys = Object.keys(v).filter((k) => !isAbsent(v[k]) || markAt(unknown, k) === true);
  if (typeof unknown === 'object' && unknown !== null && !Array.isArray(unknown)) {
    for (const k of Object.keys(unknown)) {
      if (markAt(unknown, k) === true && !(k in v)) keys.push(k);
    }
  }
  if (keys.length === 0) return emit(ctx, marker, depth, `${label}{}${suffix}`);
  keys.sort();
  const width = ctx.out ? maxKeyWidth(keys) : 0;
  emit(ctx, marker, depth, `${label}{`);
  for (const k of keys) {
    const child = v[k] ?? null;
    writeValue(
      ctx,
      marker,
      depth + 1,
      ctx.out ? `${keyText(k).padEnd(width)} = ` : '',
      child,
      markAt(unknown, k),
      '',
    );
  }
  emit(ctx, marker, depth, `}${suffix}`);
}

function kind(v: PlanValue): 'object' | 'array' | 'scalar' {
  if (Array.isArray(v)) return 'array';
  return isPlainObject(v) ? 'object' : 'scalar';
}

/** Whether an attribute would produce any line in an update diff. */
function changed(b: PlanValue | undefined, a: PlanValue | undefined, unknown: unknown): boolean {
  if (unknown === true) return true;
  if (isAbsent(b) && isAbsent(a)) return false;
  if (isAbsent(b) || isAbsent(a)) return true;
  if (hasTrue(unknown)) return true;
  return !valuesEqual(b, a);
}

/** Whether a marks structure has any `true` leaf. */
export function hasTrue(marks: unknown): boolean {
  if (marks === true) return true;
  if (typeof marks !== 'object' || marks === null) return false;
  for (const v of Object.values(marks)) if (hasTrue(v)) return true;
  return false;
}

/** One attribute (or list element) whose before and after are both known to the caller. */
export function diffAttr(
  ctx: Ctx,
  depth: number,
  label: string,
  b: PlanValue | undefined,
  a: PlanValue | undefined,
  unknown: unknown,
  path: Path,
  suffix = '',
): void {
  const note = forces(ctx, path);
  if (unknown === true) {
    if (isAbsent(b)) return emit(ctx, '+', depth, `${label}${UNKNOWN_TEXT}${suffix}${note}`);
    return emit(ctx, '!', depth, `${label}${inline(b)} -> ${UNKNOWN_TEXT}${suffix}${note}`);
  }
  if (isAbsent(b)) return writeValue(ctx, '+', depth, label, a ?? null, unknown, suffix + note);
  if (isAbsent(a)) return writeValue(ctx, '-', depth, label, b, undefined, suffix + note);
  if (b instanceof SensitiveValue || a instanceof SensitiveValue) {
    return emit(ctx, '!', depth, `${label}${SENSITIVE_TEXT}${suffix}${note}`);
  }
  const kb = kind(b);
  if (kb !== kind(a)) {
    writeValue(ctx, '-', depth, label, b, undefined, suffix + note);
    return writeValue(ctx, '+', depth, label, a, unknown, suffix);
  }
  if (kb === 'scalar') {
    return emit(ctx, '!', depth, `${label}${scalarText(b)} -> ${scalarText(a)}${suffix}${note}`);
  }
  if (kb === 'array') {
    const bl = b as PlanValue[];
    const al = a as PlanValue[];
    emit(ctx, '!', depth, `${label}[${note}`);
    const n = Math.max(bl.length, al.length);
    let same = 0;
    for (let i = 0; i < n; i++) {
      const u = markAt(unknown, i);
      if (i < bl.length && i < al.length && !changed(bl[i], al[i], u)) {
        same++;
        continue;
      }
      const p = path ? [...path, i] : null;
      if (i >= al.length) writeValue(ctx, '-', depth + 1, '', bl[i] ?? null, undefined, ',');
      else if (i >= bl.length) writeValue(ctx, '+', depth + 1, '', al[i] ?? null, u, ',');
      else diffAttr(ctx, depth + 1, '', bl[i], al[i], u, p, ',');
    }
    if (same)
      emit(ctx, ' ', depth + 1, `# (${same} unchanged element${same === 1 ? '' : 's'} hidden)`);
    return emit(ctx, ' ', depth, `]${suffix}`);
  }
  emit(ctx, '!', depth, `${label}{${note}`);
  diffObject(ctx, depth + 1, b as PlanObject, a as PlanObject, unknown, path, []);
  emit(ctx, ' ', depth, `}${suffix}`);
}

function inline(v: PlanValue): string {
  if (kind(v) === 'scalar') return scalarText(v);
  const text = JSON.stringify(v);
  return text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text;
}

/** The attributes of an updated object: changed ones, `keep` ones, and a hidden count. */
export function diffObject(
  ctx: Ctx,
  depth: number,
  b: PlanObject,
  a: PlanObject,
  unknown: unknown,
  path: Path,
  keep: readonly string[],
): void {
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  if (typeof unknown === 'object' && unknown !== null && !Array.isArray(unknown)) {
    for (const k of Object.keys(unknown)) keys.add(k);
  }
  const shown: string[] = [];
  const kept: string[] = [];
  let hidden = 0;
  for (const k of ctx.out ? [...keys].sort() : keys) {
    if (changed(b[k], a[k], markAt(unknown, k))) shown.push(k);
    else if (keep.includes(k) && !isAbsent(a[k])) kept.push(k);
    else if (!isAbsent(b[k])) hidden++;
  }
  const width = ctx.out ? Math.max(maxKeyWidth(shown), maxKeyWidth(kept)) : 0;
  for (const k of kept)
    emit(ctx, ' ', depth, `${keyText(k).padEnd(width)} = ${scalarOrInline(a[k])}`);
  for (const k of shown) {
    const p = path ? [...path, k] : null;
    const label = ctx.out ? `${keyText(k).padEnd(width)} = ` : '';
    diffAttr(ctx, depth, label, b[k], a[k], markAt(unknown, k), p);
  }
  if (hidden)
    emit(ctx, ' ', depth, `# (${hidden} unchanged attribute${hidden === 1 ? '' : 's'} hidden)`);
}

function scalarOrInline(v: PlanValue | undefined): string {
  return inline(v ?? null);
}
