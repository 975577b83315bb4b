import type { PlanModel, ResourceChange } from './plan-model.js';
import { isPlainObject, valuesEqual, type PlanObject, type PlanValue } from './plan-values.js';

/**
 * Which changes outside Terraform terraform itself shows. `resource_drift` lists every object
 * whose refreshed value differs from the state, noise included (e.g. `tags = null → {}` on
 * every AWS resource); terraform shows a drifted object only when an attribute the plan depends
 * on changed (`relevant_attributes`) or the object is gone, and only the relevant attributes —
 * and no drift at all for a plan without changes (unless it is applyable: refresh-only mode).
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

/** Mark each drift entry `relevant` the way terraform decides what it shows. */
export function markRelevantDrift(
  drift: ResourceChange[],
  relevant: Map<string, AttributePath[]>,
  showAny: boolean,
): void {
  for (const d of drift) {
    const paths = relevant.get(d.address) ?? [];
    d.relevant =
      showAny &&
      d.action !== 'no-op' &&
      (d.action === 'delete' ||
        d.after === null ||
        paths.some((p) => !valuesEqual(valueAt(d.before, p) ?? null, valueAt(d.after, p) ?? null)));
    if (d.relevant && paths.length) d.relevantPaths = paths;
  }
}

/** A drift entry as terraform shows it: only its relevant attributes changed. */
export function relevantView(d: ResourceChange): ResourceChange {
  if (!d.relevantPaths || d.after === null || !isPlainObject(d.before)) return d;
  let after: PlanValue = d.before;
  for (const p of d.relevantPaths) after = setAt(after, p, valueAt(d.after, p));
  return { ...d, after };
}

/** The drift entries terraform shows, as it shows them. */
export function shownDrift(model: PlanModel): ResourceChange[] {
  return model.drift.filter((d) => d.relevant).map(relevantView);
}
