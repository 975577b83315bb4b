import { UserError } from '../shared/errors.js';
import { countChanges, hasPlannedChanges, summaryLine, type PlanCounts } from './plan-counts.js';
import { markRelevantDrift, relevantPaths } from './plan-drift.js';
import { checkResults, type CheckResult } from './plan-checks.js';
import { actionInvocations, collectActionSecrets, type ActionInvocation } from './plan-actions.js';
import { describeProblem } from '../shared/check.js';
import { planProblem, type RawPlan, type RawResourceChange } from './plan-schema.js';
import { collectMarked, collectSensitiveVariables, redactKnown, Secrets } from './plan-secrets.js';
import { redact, type PlanValue } from './plan-values.js';

export type { PlanCounts } from './plan-counts.js';
export type { CheckResult } from './plan-checks.js';
export type { ActionInvocation } from './plan-actions.js';
export { SensitiveValue, SENSITIVE_TEXT, UNKNOWN_TEXT, type PlanValue } from './plan-values.js';

export type ChangeAction = 'create' | 'update' | 'delete' | 'replace' | 'read' | 'no-op' | 'forget';

/** One resource instance's planned change (or drift), with sensitive values already redacted. */
export interface ResourceChange {
  address: string;
  /** Set when the resource moved (a `moved` block or a refactoring): the old address. */
  previousAddress?: string;
  moduleAddress?: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  /** A deposed object left over from a failed create-before-destroy. */
  deposed?: string;
  providerName: string;
  action: ChangeAction;
  replaceOrder?: 'delete-first' | 'create-first';
  /** `["create","forget"]`: replaced, and the old object is left in place, not destroyed. */
  forgetsPrevious?: boolean;
  actionReason?: string;
  replacePaths?: (string | number)[][];
  importing?: { id?: string; unknown?: boolean };
  before: PlanValue;
  after: PlanValue;
  /** terraform's after_unknown: true, or an object/array of the value's shape with true leaves. */
  afterUnknown: unknown;
  beforeSensitive: unknown;
  afterSensitive: unknown;
  /** Drift only: terraform shows it (gone, or changed in attributes the plan depends on). */
  relevant?: boolean;
  /** Drift only: the plan changes a drifted attribute again (see plan-drift.ts). */
  reverted?: boolean;
  /** Drift only: the attributes the review shows (relevant and reverted ones). */
  relevantPaths?: (string | number)[][];
}

export interface OutputChange {
  name: string;
  action: ChangeAction;
  /** The whole output is sensitive (either side). Nested sensitive parts are redacted too. */
  sensitive: boolean;
  before: PlanValue;
  after: PlanValue;
  afterUnknown: unknown;
}

export interface DeferredChange {
  reason: string;
  change: ResourceChange;
}

export interface PlanModel {
  formatVersion: string;
  toolVersion?: string;
  errored: boolean;
  /** Changes terraform plans, in the document's order (no-ops included). */
  resources: ResourceChange[];
  /** Changes made outside Terraform (`resource_drift`, all of it; see `relevant`). */
  drift: ResourceChange[];
  /** Root output changes, no-ops included, sorted by name. */
  outputs: OutputChange[];
  /** Checks that did not pass (fail, error, unknown). */
  checks: CheckResult[];
  deferred: DeferredChange[];
  /** Actions the apply will invoke (terraform ≥ 1.14), in the document's order. */
  actions: ActionInvocation[];
  counts: PlanCounts;
  /** terraform's own verdict: `plan -detailed-exitcode` would exit 2. */
  hasChanges: boolean;
  /** The sentence terraform prints: "Plan: 1 to add, …", or its "No changes." line. */
  summaryLine: string;
}

/**
 * Read a `terraform show -json <planfile>` (or `tofu show -json`) document into the model.
 * Throws UserError when the document is not a plan.
 */
export function parsePlan(json: unknown): PlanModel {
  const raw = validate(json);
  const secrets = collectSecrets(raw, json as Record<string, unknown>);
  const toChange = (r: RawResourceChange): ResourceChange => toResourceChange(r, secrets);
  const clean = (value: unknown, marks: unknown): PlanValue =>
    redactKnown(redact(value, marks), secrets);
  const resources = (raw.resource_changes ?? []).map(toChange);
  const drift = (raw.resource_drift ?? []).map(toChange);
  const outputs = Object.entries(raw.output_changes ?? {})
    .map(([name, o]): OutputChange => {
      const sensitive = o.before_sensitive === true || o.after_sensitive === true;
      return {
        name,
        action: toAction(o.actions).action,
        sensitive,
        before: clean(o.before, sensitive ? true : o.before_sensitive),
        after: clean(o.after, sensitive ? true : o.after_sensitive),
        afterUnknown: o.after_unknown ?? false,
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const checks = checkResults(raw);
  const deferred = (raw.deferred_changes ?? []).map((d) => ({
    reason: d.reason,
    change: toChange(d.resource_change),
  }));
  const actions = actionInvocations(raw, secrets);
  const hasChanges =
    hasPlannedChanges(resources, outputs) || actions.length > 0 || raw.applyable === true;
  markRelevantDrift(drift, resources, relevantPaths(raw.relevant_attributes), hasChanges);
  const counts = countChanges(resources, drift, outputs, actions.length);
  const errored = raw.errored ?? false;
  const model: PlanModel = {
    formatVersion: raw.format_version,
    errored,
    resources,
    drift,
    outputs,
    checks,
    deferred,
    actions,
    counts,
    hasChanges,
    summaryLine: summaryLine(resources, counts, { errored, deferred: deferred.length }),
  };
  if (raw.terraform_version !== undefined) model.toolVersion = raw.terraform_version;
  return model;
}

function validate(json: unknown): RawPlan {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UserError('The document is not a terraform plan: expected a JSON object.', {
      reason: 'not-a-plan',
      hint: 'Produce one with `terraform show -json <planfile>`.',
    });
  }
  const doc = json as Record<string, unknown>;
  if (!('planned_values' in doc) && !('resource_changes' in doc)) {
    const what = 'values' in doc ? 'a state (show -json without a plan file)' : 'not a plan';
    throw new UserError(`The document is ${what}: it has no planned_values or resource_changes.`, {
      reason: 'not-a-plan',
      hint: 'Produce one with `terraform show -json <planfile>`.',
    });
  }
  const problem = planProblem(json);
  if (!problem) return json as RawPlan;
  throw new UserError(`The document is not a valid terraform plan: ${describeProblem(problem)}.`, {
    reason: 'not-a-plan',
    hint: 'Produce one with `terraform show -json <planfile>`.',
  });
}

function toAction(actions: readonly string[]): {
  action: ChangeAction;
  replaceOrder?: 'delete-first' | 'create-first';
  forgetsPrevious?: boolean;
} {
  const [first, second] = actions;
  if (second === undefined) return { action: first as ChangeAction };
  if (first === 'delete' && second === 'create') {
    return { action: 'replace', replaceOrder: 'delete-first' };
  }
  if (first === 'create' && second === 'delete') {
    return { action: 'replace', replaceOrder: 'create-first' };
  }
  if (first === 'create' && second === 'forget') {
    return { action: 'replace', replaceOrder: 'create-first', forgetsPrevious: true };
  }
  throw new UserError(`The plan has an unknown action pair ${JSON.stringify(actions)}.`, {
    reason: 'not-a-plan',
  });
}

/** Every value terraform marks sensitive anywhere in the document (see plan-secrets.ts). */
function collectSecrets(raw: RawPlan, doc: Record<string, unknown>): Secrets {
  const secrets = new Secrets();
  const all = [
    ...(raw.resource_changes ?? []),
    ...(raw.resource_drift ?? []),
    ...(raw.deferred_changes ?? []).map((d) => d.resource_change),
  ];
  for (const r of all) {
    collectMarked(r.change.before, r.change.before_sensitive, secrets);
    collectMarked(r.change.after, r.change.after_sensitive, secrets);
  }
  for (const o of Object.values(raw.output_changes ?? {})) {
    const whole = o.before_sensitive === true || o.after_sensitive === true;
    collectMarked(o.before, whole ? true : o.before_sensitive, secrets);
    collectMarked(o.after, whole ? true : o.after_sensitive, secrets);
  }
  collectActionSecrets(raw, secrets);
  collectSensitiveVariables(doc, secrets);
  return secrets;
}

function toResourceChange(r: RawResourceChange, secrets: Secrets): ResourceChange {
  const c = r.change;
  const out: ResourceChange = {
    address: r.address,
    mode: r.mode,
    type: r.type,
    name: r.name,
    providerName: r.provider_name,
    ...toAction(c.actions),
    before: redactKnown(redact(c.before, c.before_sensitive), secrets),
    after: redactKnown(redact(c.after, c.after_sensitive), secrets),
    afterUnknown: c.after_unknown ?? false,
    beforeSensitive: c.before_sensitive ?? false,
    afterSensitive: c.after_sensitive ?? false,
  };
  if (r.previous_address !== undefined && r.previous_address !== r.address) {
    out.previousAddress = r.previous_address;
  }
  if (r.module_address !== undefined) out.moduleAddress = r.module_address;
  if (r.index !== undefined) out.index = r.index;
  if (r.deposed !== undefined) out.deposed = r.deposed;
  if (r.action_reason !== undefined) out.actionReason = r.action_reason;
  if (c.replace_paths !== undefined) out.replacePaths = c.replace_paths;
  if (c.importing !== undefined) {
    out.importing = {};
    if (c.importing.id !== undefined) out.importing.id = c.importing.id;
    if (c.importing.unknown !== undefined) out.importing.unknown = c.importing.unknown;
  }
  return out;
}
