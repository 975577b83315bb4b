import { createHash } from 'node:crypto';
import type { ActionInvocation, ChangeAction, PlanModel, ResourceChange } from './plan-model.js';
import { isShownChange } from './plan-counts.js';
import { canonicalJson, isPlainObject, valuesEqual, type PlanValue } from './plan-values.js';

/**
 * The plan digest: SHA-256 over a canonical form of the planned changes only. Two plans of the
 * same change set digest the same (document order, timestamps, tool version, drift, checks and
 * unchanged resources don't enter); any difference in a planned change changes it, and so does
 * an errored (incomplete) plan. Sensitive values enter only as their fingerprint (a hash), never
 * as text.
 */

export interface CanonicalResource {
  address: string;
  deposed?: string;
  previousAddress?: string;
  action: ChangeAction;
  replaceOrder?: 'delete-first' | 'create-first';
  forgetsPrevious?: boolean;
  actionReason?: string;
  replacePaths?: (string | number)[][];
  importing?: { id?: string; unknown?: boolean };
  before: PlanValue;
  after: PlanValue;
  afterUnknown: unknown;
}

export interface CanonicalOutput {
  name: string;
  action: ChangeAction;
  sensitive: boolean;
  before: PlanValue;
  after: PlanValue;
  afterUnknown: unknown;
}

/** An action invocation with keys in sorted order (canonical JSON as it stands). */
export interface CanonicalAction {
  address: string;
  config: PlanValue;
  configUnknown: unknown;
  providerName?: string;
  trigger: ActionInvocation['trigger'];
  type: string;
}

export interface CanonicalChanges {
  resources: CanonicalResource[];
  outputs: CanonicalOutput[];
  /** Actions the apply will invoke, in terraform's order (it is the order they run in). */
  actions: CanonicalAction[];
  /** The tool stopped with an error while planning: the change set is incomplete. */
  errored: boolean;
}

function key(r: { address: string; deposed?: string }): string {
  return r.deposed ? `${r.address} (deposed ${r.deposed})` : r.address;
}

/** Keys are added in sorted order, so an all-plain resource is canonical JSON as it stands. */
function canonicalResource(r: ResourceChange): CanonicalResource {
  const c = { action: r.action } as CanonicalResource;
  if (r.actionReason !== undefined) c.actionReason = r.actionReason;
  c.address = r.address;
  c.after = r.after;
  c.afterUnknown = r.afterUnknown;
  c.before = r.before;
  if (r.deposed !== undefined) c.deposed = r.deposed;
  if (r.forgetsPrevious) c.forgetsPrevious = true;
  if (r.importing !== undefined) c.importing = r.importing;
  if (r.previousAddress !== undefined) c.previousAddress = r.previousAddress;
  if (r.replaceOrder !== undefined) c.replaceOrder = r.replaceOrder;
  if (r.replacePaths?.length) {
    c.replacePaths = r.replacePaths
      .map((p) => ({ p, k: JSON.stringify(p) }))
      .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
      .map((x) => x.p);
  }
  return c;
}

const byKey = (a: { k: string }, b: { k: string }): number => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0);

/** The normalized change set: shown resource changes sorted by address, changed outputs by name. */
export function canonicalChanges(model: PlanModel): CanonicalChanges {
  const resources = model.resources
    .filter(isShownChange)
    .map((r) => ({ k: key(r), c: canonicalResource(r) }))
    .sort(byKey)
    .map((x) => x.c);
  const outputs = model.outputs
    .filter((o) => o.action !== 'no-op')
    .map((o) => ({
      k: o.name,
      c: {
        action: o.action,
        after: o.after,
        afterUnknown: o.afterUnknown,
        before: o.before,
        name: o.name,
        sensitive: o.sensitive,
      },
    }))
    .sort(byKey)
    .map((x) => x.c);
  const actions = model.actions.map((a): CanonicalAction => ({
    address: a.address,
    config: a.config,
    configUnknown: a.configUnknown,
    ...(a.providerName !== undefined ? { providerName: a.providerName } : {}),
    trigger: a.trigger,
    type: a.type,
  }));
  return { resources, outputs, actions, errored: model.errored };
}

/** The action's key for diffChanges: one action can run for several resources and events. */
function actionKey(a: CanonicalAction): string {
  const t = a.trigger;
  return t.kind === 'invoke'
    ? `${a.address} (invoked)`
    : `${a.address} (${t.event} of ${t.resource})`;
}

/** 64 lowercase hex characters. */
export function planDigest(model: PlanModel): string {
  const hash = createHash('sha256').update('gantry-plan-digest-v1\n');
  const changes = canonicalChanges(model);
  // Hash resource by resource so a 50,000-resource plan never builds one giant string.
  hash.update(`resources ${changes.resources.length}\n`);
  for (const r of changes.resources) hash.update(canonicalJson(r)).update('\n');
  hash.update(`outputs ${changes.outputs.length}\n`);
  for (const o of changes.outputs) hash.update(canonicalJson(o)).update('\n');
  // Only when present, so every plan without them keeps the digest it always had.
  if (changes.actions.length) {
    hash.update(`actions ${changes.actions.length}\n`);
    for (const a of changes.actions) hash.update(canonicalJson(a)).update('\n');
  }
  if (changes.errored) hash.update('errored\n');
  return hash.digest('hex');
}

/** Top-level attribute names whose planned value differs between two changes (values hidden). */
function differingAttributes(a: CanonicalResource, b: CanonicalResource): string[] {
  const names = new Set<string>();
  for (const side of ['before', 'after'] as const) {
    const x = a[side];
    const y = b[side];
    if (isPlainObject(x) && isPlainObject(y)) {
      const xo = x as Record<string, PlanValue>;
      const yo = y as Record<string, PlanValue>;
      for (const k of new Set([...Object.keys(xo), ...Object.keys(yo)])) {
        if (!valuesEqual(xo[k] ?? null, yo[k] ?? null)) names.add(k);
      }
    } else if (!valuesEqual(x, y)) {
      names.add(`(${side})`);
    }
  }
  if (canonicalJson(a.afterUnknown) !== canonicalJson(b.afterUnknown))
    names.add('(known after apply)');
  return [...names].sort();
}

function describeAction(c: { action: ChangeAction; replaceOrder?: string }): string {
  return c.action === 'replace' ? `replace (${c.replaceOrder ?? 'delete-first'})` : c.action;
}

/**
 * What differs between two change sets (e.g. the approved plan and a new one), one line per
 * difference; '' when they are the same. Values are never printed, only attribute names.
 */
export function diffChanges(a: CanonicalChanges, b: CanonicalChanges): string {
  const lines: string[] = [];
  if (a.errored !== b.errored) {
    lines.push(b.errored ? '! planning now fails: incomplete plan' : '! planning no longer fails');
  }
  const left = new Map(a.resources.map((r) => [key(r), r]));
  const right = new Map(b.resources.map((r) => [key(r), r]));
  for (const [k, r] of left) {
    const other = right.get(k);
    if (!other) {
      lines.push(`- ${k}: ${describeAction(r)} is no longer planned`);
      continue;
    }
    if (canonicalJson(r) === canonicalJson(other)) continue;
    if (describeAction(r) !== describeAction(other)) {
      lines.push(`~ ${k}: action ${describeAction(r)} → ${describeAction(other)}`);
      continue;
    }
    const attrs = differingAttributes(r, other);
    const rest: string[] = [];
    for (const f of [
      'previousAddress',
      'actionReason',
      'replacePaths',
      'importing',
      'forgetsPrevious',
    ] as const) {
      if (canonicalJson(r[f]) !== canonicalJson(other[f])) rest.push(f);
    }
    lines.push(
      `~ ${k}: ${describeAction(r)} differs in ${[...attrs, ...rest].join(', ') || 'details'}`,
    );
  }
  for (const [k, r] of right) {
    if (!left.has(k)) lines.push(`+ ${k}: ${describeAction(r)} is newly planned`);
  }
  const lo = new Map(a.outputs.map((o) => [o.name, o]));
  const ro = new Map(b.outputs.map((o) => [o.name, o]));
  for (const [name, o] of lo) {
    const other = ro.get(name);
    if (!other) lines.push(`- output ${name}: ${o.action} is no longer planned`);
    else if (canonicalJson(o) !== canonicalJson(other)) {
      lines.push(
        o.action !== other.action
          ? `~ output ${name}: action ${o.action} → ${other.action}`
          : `~ output ${name}: ${o.sensitive || other.sensitive ? 'sensitive value' : 'value'} differs`,
      );
    }
  }
  for (const [name, o] of ro)
    if (!lo.has(name)) lines.push(`+ output ${name}: ${o.action} is newly planned`);
  const la = new Map(a.actions.map((x) => [actionKey(x), x]));
  const ra = new Map(b.actions.map((x) => [actionKey(x), x]));
  for (const [k, x] of la) {
    const other = ra.get(k);
    if (!other) lines.push(`- action ${k}: no longer invoked`);
    else if (canonicalJson(x) !== canonicalJson(other))
      lines.push(`~ action ${k}: configuration differs`);
  }
  for (const k of ra.keys()) if (!la.has(k)) lines.push(`+ action ${k}: newly invoked`);
  const order = (m: Map<string, CanonicalAction>): string => [...m.keys()].join('\n');
  if (!lines.length && order(la) !== order(ra)) lines.push('~ actions: invoked in another order');
  return lines.join('\n');
}
