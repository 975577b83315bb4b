import type { OutputChange, ResourceChange } from './plan-model.js';

/**
 * Counts with terraform's own semantics (terraform 1.11 `jsonformat` renderer):
 * - a change is shown when its action is not no-op, or it moves, or it imports; deletes of data
 *   sources are never shown;
 * - add = create + replace (both orders), change = update, destroy = delete + replace
 *   (a replace counts once in add and once in destroy); a replace whose old object is forgotten
 *   (`["create","forget"]`) is in neither, exactly like terraform;
 * - moves and imports without other change count in none of add/change/destroy;
 * - read (data sources read during apply) and forget are not in terraform's "Plan:" line.
 */
export interface PlanCounts {
  add: number;
  change: number;
  destroy: number;
  replace: number;
  import: number;
  move: number;
  forget: number;
  read: number;
  /** Changes outside Terraform the review shows: terraform's own plus reverted (plan-drift.ts). */
  drift: number;
  /** Root outputs whose value changes. */
  outputs: number;
  /** Actions the apply will invoke (terraform ≥ 1.14: "Actions: N to invoke."). */
  actions: number;
}

/** Whether terraform would render this change in its plan output. */
export function isShownChange(r: ResourceChange): boolean {
  if (r.action === 'no-op' && r.previousAddress === undefined && r.importing === undefined) {
    return false;
  }
  return !(r.action === 'delete' && r.mode !== 'managed');
}

export function countChanges(
  resources: readonly ResourceChange[],
  drift: readonly ResourceChange[],
  outputs: readonly OutputChange[],
  actions = 0,
): PlanCounts {
  const c: PlanCounts = {
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    import: 0,
    move: 0,
    forget: 0,
    read: 0,
    drift: 0,
    outputs: 0,
    actions,
  };
  for (const r of resources) {
    if (!isShownChange(r)) continue;
    if (r.importing !== undefined) c.import++;
    if (r.previousAddress !== undefined) c.move++;
    switch (r.action) {
      case 'create':
        c.add++;
        break;
      case 'update':
        c.change++;
        break;
      case 'delete':
        c.destroy++;
        break;
      case 'replace':
        c.replace++;
        if (r.forgetsPrevious) {
          c.forget++;
        } else {
          c.add++;
          c.destroy++;
        }
        break;
      case 'forget':
        c.forget++;
        break;
      case 'read':
        c.read++;
        break;
      case 'no-op':
        break;
    }
  }
  c.drift = drift.filter((d) => d.relevant || d.reverted).length;
  c.outputs = outputs.filter((o) => o.action !== 'no-op').length;
  return c;
}

/** terraform's `Changes.Empty()` negated: what `plan -detailed-exitcode` reports as 2. */
export function hasPlannedChanges(
  resources: readonly ResourceChange[],
  outputs: readonly OutputChange[],
): boolean {
  return (
    resources.some(
      (r) => r.action !== 'no-op' || r.previousAddress !== undefined || r.importing !== undefined,
    ) || outputs.some((o) => o.action !== 'no-op')
  );
}

/**
 * The line printed after the resource changes, in the tool's exact wording. terraform 1.11 has
 * no forget count in it (checked against its output); OpenTofu appends ", N to forget".
 */
export function planLine(counts: PlanCounts, tool: 'terraform' | 'tofu' = 'terraform'): string {
  const forget = tool === 'tofu' && counts.forget > 0 ? `, ${counts.forget} to forget` : '';
  const actions = counts.actions > 0 ? ` Actions: ${counts.actions} to invoke.` : '';
  const base = `${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy${forget}.${actions}`;
  return counts.import > 0 ? `Plan: ${counts.import} to import, ${base}` : `Plan: ${base}`;
}

/**
 * What terraform says about the plan as a whole, in its order: the "Plan:" line when any
 * resource change is shown or any action invoked, the outputs-only sentence, then (nothing changes) "Planning failed."
 * for an errored plan, "No current changes." when changes were deferred, else "No changes.".
 */
export function summaryLine(
  resources: readonly ResourceChange[],
  counts: PlanCounts,
  plan: { errored: boolean; deferred: number },
): string {
  if (resources.some(isShownChange) || counts.actions > 0) return planLine(counts);
  if (counts.outputs > 0) {
    return 'You can apply this plan to save these new output values to the Terraform state, without changing any real infrastructure.';
  }
  if (plan.errored) {
    return 'Planning failed. Terraform encountered an error while generating this plan.';
  }
  if (plan.deferred > 0) {
    return 'No current changes. This plan requires another plan to be applied first.';
  }
  return 'No changes. Your infrastructure matches the configuration.';
}
