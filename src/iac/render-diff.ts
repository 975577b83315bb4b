import type { ActionInvocation, OutputChange, ResourceChange } from './plan-model.js';
import {
  diffAttr,
  diffObject,
  emit,
  keyText,
  maxKeyWidth,
  MAX_LINE,
  writeValue,
  type Ctx,
  type Marker,
  type Path,
} from './render-values.js';
import { isPlainObject, type PlanObject, type PlanValue } from './plan-values.js';

/** Resource-level diff: terraform's headline comments, the resource header and its body. */

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
/**
 * Append the diff lines of one resource change to `out` (or, with `out` null, only count them:
 * the same walk without building text). Returns the number of lines.
 */
export function resourceDiff(r: ResourceChange, cause: DiffCause, out: string[] | null): number {
  const ctx: Ctx = {
    out,
    count: 0,
    forces: r.replacePaths?.length ? new Set(r.replacePaths.map((p) => JSON.stringify(p))) : null,
  };
  for (const line of headline(r, cause)) {
    ctx.count++;
    out?.push(line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)} …` : line);
  }
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
  return ctx.count;
}

function writeBody(ctx: Ctx, marker: Marker, v: PlanObject | null, unknown: unknown): void {
  if (!v) return;
  const inner: Ctx = { out: ctx.out ? [] : null, count: 0, forces: null };
  writeValue(inner, marker, 1, '', v, unknown, '');
  // writeValue wraps the object in `{`/`}`; the resource header already opened it.
  if (inner.count <= 1) return;
  ctx.count += inner.count - 2;
  const lines = inner.out;
  if (ctx.out && lines) for (let i = 1; i < lines.length - 1; i++) ctx.out.push(lines[i] as string);
}

/** Diff lines for the root output changes (no-ops skipped), names aligned like terraform. */
export function outputDiff(outputs: readonly OutputChange[]): string[] {
  const shown = outputs.filter((o) => o.action !== 'no-op');
  const width = maxKeyWidth(shown.map((o) => o.name));
  const ctx: Ctx = { out: [], count: 0, forces: null };
  for (const o of shown) {
    const label = `${keyText(o.name).padEnd(width)} = `;
    if (o.action === 'delete') writeValue(ctx, '-', 0, label, o.before, undefined, '');
    else if (o.action === 'create') writeValue(ctx, '+', 0, label, o.after, o.afterUnknown, '');
    else diffAttr(ctx, 0, label, o.before, o.after, o.afterUnknown, null);
  }
  return ctx.out ?? [];
}

/** What triggers an action, in terraform's words where it has them. */
function actionTrigger(a: ActionInvocation): string {
  if (a.trigger.kind === 'invoke') {
    const from = a.trigger.callingResource ? ` (called from ${a.trigger.callingResource})` : '';
    return `will be invoked${from}`;
  }
  const onFailure = a.trigger.onFailure ? `, on failure: ${a.trigger.onFailure}` : '';
  return `will be invoked on ${a.trigger.event} of ${a.trigger.resource}${onFailure}`;
}

/** Diff lines for the actions the apply will invoke, each with its configuration. */
export function actionDiff(actions: readonly ActionInvocation[]): string[] {
  const out: string[] = [];
  const ctx: Ctx = { out, count: 0, forces: null };
  for (const a of actions) {
    if (out.length) out.push('');
    const headline = `# ${a.address} ${actionTrigger(a)}`;
    out.push(headline.length > MAX_LINE ? `${headline.slice(0, MAX_LINE)} …` : headline);
    emit(ctx, '+', 0, `action ${JSON.stringify(a.type)} ${JSON.stringify(a.name)} {`);
    if (a.config !== null) writeValue(ctx, '+', 1, 'config = ', a.config, a.configUnknown, '');
    emit(ctx, '+', 0, '}');
  }
  return out;
}
