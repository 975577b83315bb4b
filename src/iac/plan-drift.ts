import type { PlanModel, ResourceChange } from './plan-model.js';
import { isPlainObject, valuesEqual, type PlanObject, type PlanValue } from './plan-values.js';

/**
 * Which changes outside Terraform the review shows. `resource_drift` lists every object whose
 * refreshed value differs from the state, noise included (e.g. `tags = null → {}` on every AWS
 * resource). terraform prints a drifted object only when an attribute the plan depends on
 * changed (`relevant_attributes`) or the object is gone, and only those attributes; and no drift
 * at all for a plan without changes (unless it is applyable: refresh-only mode).
 */
export type AttributePath = (string | number)[];

export function relevantPaths(
  raw: readonly { resource: string; attribute: AttributePath }[] | undefined,
): Map<string, AttributePath[]> {
  const map = new Map<string, AttributePath[]>();
  for (const r of raw ?? []) {
    const list = map.get(r.resource);
    if (list) list.push(r.attribute);
    else map.set(r.resource, [r.attribute]);
  }
  return map;
}

export function valueAt(value: PlanValue | undefined, path: AttributePath): PlanValue | undefined {
  let v: PlanValue | undefined = value;
  for (const step of path) {
    if (Array.isArray(v) && typeof step === 'number') v = v[step];
    else if (isPlainObject(v) && typeof step === 'string') v = (v as PlanObject)[step];
    else return undefined;
  }
  return v;
}

function setAt(target: PlanValue, path: AttributePath, value: PlanValue | undefined): PlanValue {
  const [step, ...rest] = path;
  if (step === undefined) return value ?? null;
  if (Array.isArray(target) && typeof step === 'number') {
    const copy = target.slice();
    copy[step] = setAt(target[step] ?? null, rest, value);
    return copy;
  }
  if (isPlainObject(target) && typeof step === 'string') {
    const copy = { ...(target as PlanObject) };
    const next = setAt(copy[step] ?? null, rest, value);
    if (value === undefined && rest.length === 0) delete copy[step];
    else copy[step] = next;
    return copy;
  }
  return target;
}

/** Top-level attributes whose value differs between two sides (or is unknown after). */
function changedKeys(before: PlanValue, after: PlanValue, afterUnknown: unknown): Set<string> {
  const keys = new Set<string>();
  const b = isPlainObject(before) ? (before as PlanObject) : {};
  const a = isPlainObject(after) ? (after as PlanObject) : {};
  for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (!valuesEqual(b[k] ?? null, a[k] ?? null)) keys.add(k);
  }
  if (isPlainObject(afterUnknown)) {
    for (const [k, v] of Object.entries(afterUnknown)) if (v === true) keys.add(k);
  }
  return keys;
}

/**
 * Mark what the review shows of each drift entry:
 * - `relevant`: terraform's own rule (the object is gone, or an attribute the plan depends on
 *   changed) — exactly the drift terraform prints;
 * - `reverted`: beyond terraform, a drifted attribute that this plan changes again (someone
 *   edited it outside Terraform and the plan puts it back). terraform shows only the update;
 *   the review also says it was changed outside. Provider noise (an attribute that drifts and
 *   that the plan leaves alone, e.g. `tags = null → {}`) stays hidden either way.
 */
export function markRelevantDrift(
  drift: ResourceChange[],
  resources: readonly ResourceChange[],
  relevant: Map<string, AttributePath[]>,
  showAny: boolean,
): void {
  const planned = new Map(resources.map((r) => [r.address, r]));
  for (const d of drift) {
    if (!showAny || d.action === 'no-op') continue;
    const paths = relevant.get(d.address) ?? [];
    d.relevant =
      d.action === 'delete' ||
      d.after === null ||
      paths.some((p) => !valuesEqual(valueAt(d.before, p) ?? null, valueAt(d.after, p) ?? null));
    const plan = planned.get(d.address);
    const drifted = changedKeys(d.before, d.after, undefined);
    const replanned =
      plan && (plan.action === 'update' || plan.action === 'replace')
        ? changedKeys(plan.before, plan.after, plan.afterUnknown)
        : new Set<string>();
    const reverted = [...drifted].filter((k) => replanned.has(k));
    if (reverted.length) d.reverted = true;
    const shownPaths = [
      ...(d.relevant ? paths : []),
      ...reverted.filter((k) => !paths.some((p) => p.length === 1 && p[0] === k)).map((k) => [k]),
    ];
    if (shownPaths.length && d.after !== null) d.relevantPaths = shownPaths;
  }
}

/** Whether the review shows a drift entry (see markRelevantDrift). */
export function isShownDrift(d: ResourceChange): boolean {
  return d.relevant === true || d.reverted === true;
}

/** A drift entry as the review shows it: only its relevant and reverted attributes changed. */
export function relevantView(d: ResourceChange): ResourceChange {
  if (!d.relevantPaths || d.after === null || !isPlainObject(d.before)) return d;
  let after: PlanValue = d.before;
  for (const p of d.relevantPaths) after = setAt(after, p, valueAt(d.after, p));
  return { ...d, after };
}

/** The drift entries the review shows, as it shows them. */
export function shownDrift(model: PlanModel): ResourceChange[] {
  return model.drift.filter(isShownDrift).map(relevantView);
}
