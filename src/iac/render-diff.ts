import type { OutputChange, ResourceChange } from './plan-model.js';
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
 * terraform-style diff lines generated from the plan JSON, for a ```diff block: the first column
 * is the highlight marker (`+` create, `-` delete, `!` change, space otherwise), comments start
 * with `#`. Sensitive values only ever appear as `(sensitive value)`.
 */
const MAX_STRING = 500;
const MAX_LINE = 2000;

type Marker = '+' | '-' | '!' | ' ';
type Path = (string | number)[] | null;

interface Ctx {
  out: string[];
  /** JSON of each replace path, to mark attributes that force replacement. */
  forces: Set<string> | null;
}

function emit(ctx: Ctx, marker: Marker, depth: number, text: string): void {
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

function keyText(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}

function isAbsent(v: PlanValue | undefined): v is null | undefined {
  return v === null || v === undefined;
}

function forces(ctx: Ctx, path: Path): string {
  return ctx.forces && path && ctx.forces.has(JSON.stringify(path)) ? ' # forces replacement' : '';
}

/** A whole value on one side (create or delete), nested values expanded. */
function writeValue(
  ctx: Ctx,
  marker: Marker,
  depth: number,
  label: string,
  v: PlanValue,
  unknown: unknown,
  suffix: string,
): void {
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
  const width = Math.max(...keys.map((k) => keyText(k).length));
  emit(ctx, marker, depth, `${label}{`);
  for (const k of keys) {
    const child = v[k] ?? null;
    writeValue(
      ctx,
      marker,
      depth + 1,
      `${keyText(k).padEnd(width)} = `,
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
function diffAttr(
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
function diffObject(
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
  for (const k of [...keys].sort()) {
    if (changed(b[k], a[k], markAt(unknown, k))) shown.push(k);
    else if (keep.includes(k) && !isAbsent(a[k])) kept.push(k);
    else if (!isAbsent(b[k])) hidden++;
  }
  const width = Math.max(0, ...[...shown, ...kept].map((k) => keyText(k).length));
  for (const k of kept)
    emit(ctx, ' ', depth, `${keyText(k).padEnd(width)} = ${scalarOrInline(a[k])}`);
  for (const k of shown) {
    const p = path ? [...path, k] : null;
    diffAttr(ctx, depth, `${keyText(k).padEnd(width)} = `, b[k], a[k], markAt(unknown, k), p);
  }
  if (hidden)
    emit(ctx, ' ', depth, `# (${hidden} unchanged attribute${hidden === 1 ? '' : 's'} hidden)`);
}

function scalarOrInline(v: PlanValue | undefined): string {
  return inline(v ?? null);
}

function asObject(v: PlanValue): PlanObject | null {
  return isPlainObject(v) ? (v as PlanObject) : null;
}

export type DiffCause = 'plan' | 'drift' | 'deferred';

function headline(r: ResourceChange, cause: DiffCause): string[] {
  const addr = r.deposed ? `${r.address} (deposed object ${r.deposed})` : r.address;
  const lines: string[] = [];
  if (cause === 'drift') {
    if (r.action === 'delete') lines.push(`# ${addr} has been deleted`);
    else if (r.action === 'no-op' && r.previousAddress)
      lines.push(`# ${r.previousAddress} has moved to ${addr}`);
    else lines.push(`# ${addr} has changed`);
    return lines;
  }
  switch (r.action) {
    case 'create':
      lines.push(`# ${addr} will be created`);
      break;
    case 'update':
      lines.push(`# ${addr} will be updated in-place`);
      break;
    case 'delete':
      lines.push(`# ${addr} will be destroyed`);
      break;
    case 'replace':
      lines.push(
        r.forgetsPrevious
          ? `# ${addr} must be replaced, but the existing object will not be destroyed`
          : `# ${addr} must be replaced (${r.replaceOrder === 'create-first' ? 'create before destroy' : 'destroy before create'})`,
      );
      break;
    case 'read':
      lines.push(`# ${addr} will be read during apply`);
      break;
    case 'forget':
      lines.push(`# ${addr} will no longer be managed by Terraform, but will not be destroyed`);
      break;
    case 'no-op':
      if (r.previousAddress) lines.push(`# ${r.previousAddress} has moved to ${addr}`);
      else if (r.importing) lines.push(`# ${addr} will be imported`);
      else lines.push(`# ${addr} is unchanged`);
      break;
  }
  if (r.previousAddress && r.action !== 'no-op') lines.push(`# (moved from ${r.previousAddress})`);
  if (r.importing) {
    lines.push(
      `# (imported from ${r.importing.id === undefined ? 'an unknown id' : JSON.stringify(r.importing.id)})`,
    );
  }
  if (r.actionReason) lines.push(`# (reason: ${r.actionReason})`);
  return lines;
}

const HEADER_MARKER: Record<ResourceChange['action'], Marker> = {
  create: '+',
  update: '!',
  delete: '-',
  replace: '!',
  read: ' ',
  'no-op': ' ',
  forget: ' ',
};

/** Append the diff lines of one resource change to `out`. */
export function resourceDiff(r: ResourceChange, cause: DiffCause, out: string[]): void {
  const ctx: Ctx = {
    out,
    forces: r.replacePaths?.length ? new Set(r.replacePaths.map((p) => JSON.stringify(p))) : null,
  };
  for (const line of headline(r, cause))
    out.push(line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)} …` : line);
  const marker = cause === 'drift' && r.action === 'update' ? '!' : HEADER_MARKER[r.action];
  const kindWord = r.mode === 'data' ? 'data' : 'resource';
  emit(ctx, marker, 0, `${kindWord} ${JSON.stringify(r.type)} ${JSON.stringify(r.name)} {`);
  const before = asObject(r.before);
  const after = asObject(r.after);
  const path: Path = ctx.forces ? [] : null;
  if (r.action === 'create' || (r.action === 'read' && !before)) {
    writeBody(ctx, '+', after, r.afterUnknown);
  } else if (r.action === 'delete' || r.action === 'forget' || !after) {
    if (r.action === 'forget')
      diffObject(ctx, 2, before ?? {}, before ?? {}, false, null, ['id', 'name']);
    else writeBody(ctx, '-', before, undefined);
  } else {
    diffObject(ctx, 2, before ?? {}, after, r.afterUnknown, path, ['id', 'name']);
  }
  emit(ctx, ' ', 0, '}');
}

function writeBody(ctx: Ctx, marker: Marker, v: PlanObject | null, unknown: unknown): void {
  if (!v) return;
  const lines: string[] = [];
  const inner: Ctx = { out: lines, forces: null };
  writeValue(inner, marker, 1, '', v, unknown, '');
  // writeValue wraps the object in `{`/`}`; the resource header already opened it.
  for (let i = 1; i < lines.length - 1; i++) ctx.out.push(lines[i] as string);
}

/** Diff lines for the root output changes (no-ops skipped), names aligned like terraform. */
export function outputDiff(outputs: readonly OutputChange[]): string[] {
  const shown = outputs.filter((o) => o.action !== 'no-op');
  const width = Math.max(0, ...shown.map((o) => keyText(o.name).length));
  const ctx: Ctx = { out: [], forces: null };
  for (const o of shown) {
    const label = `${keyText(o.name).padEnd(width)} = `;
    if (o.action === 'delete') writeValue(ctx, '-', 0, label, o.before, undefined, '');
    else if (o.action === 'create') writeValue(ctx, '+', 0, label, o.after, o.afterUnknown, '');
    else diffAttr(ctx, 0, label, o.before, o.after, o.afterUnknown, null);
  }
  return ctx.out;
}
