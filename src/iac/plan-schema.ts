import {
  anything,
  arrayOf,
  isBoolean,
  isString,
  oneOf,
  optional,
  recordOf,
  shape,
  stringOrNumber,
  type Problem,
} from '../shared/check.js';

/**
 * The parts of `terraform show -json <planfile>` (format 1.x) Gantry reads, checked at the
 * boundary. Attribute values stay `unknown` (any JSON); everything else is checked. Unknown keys
 * are allowed so newer terraform/tofu versions still parse.
 *
 * Plain checks, not a schema library: `gantry plan` checks one document per run, cold, and the
 * library's start-up alone cost more than the check (test/iac/plan-schema.test.ts holds these
 * rules equal to a zod schema of the same document on thousands of mutated plans).
 */
export type RawAction = 'no-op' | 'create' | 'read' | 'update' | 'delete' | 'forget';

interface RawValues {
  before?: unknown;
  after?: unknown;
  after_unknown?: unknown;
  before_sensitive?: unknown;
  after_sensitive?: unknown;
}

export interface RawChange extends RawValues {
  actions: RawAction[];
  replace_paths?: (string | number)[][];
  importing?: { id?: string; unknown?: boolean };
  generated_config?: string;
}

export interface RawResourceChange {
  address: string;
  previous_address?: string;
  module_address?: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  deposed?: string;
  provider_name: string;
  change: RawChange;
  action_reason?: string;
}

export interface RawOutputChange extends RawValues {
  actions: RawAction[];
}

interface RawCheckAddress {
  kind?: string;
  to_display?: string;
}

export interface RawCheck {
  address: RawCheckAddress;
  status: string;
  instances?: {
    address?: RawCheckAddress;
    status: string;
    problems?: { message: string }[];
  }[];
}

/** terraform 1.2's condition results (format 1.1); 1.3 replaced them with `checks`. */
export interface RawConditionResult {
  address: string;
  condition_type?: string;
  result?: boolean;
  unknown?: boolean;
  error_message?: string;
}

/** terraform ≥ 1.14: an action the apply will invoke (every field is omitted when empty). */
export interface RawActionInvocation {
  address?: string;
  type?: string;
  name?: string;
  provider_name?: string;
  config_values?: unknown;
  config_sensitive?: unknown;
  config_unknown?: unknown;
  lifecycle_action_trigger?: {
    triggering_resource_address?: string;
    action_trigger_event?: string;
    on_failure?: string;
  };
  invoke_action_trigger?: { calling_resource_address?: string };
}

export interface RawPlan {
  format_version: string;
  terraform_version?: string;
  planned_values?: unknown;
  resource_changes?: RawResourceChange[];
  resource_drift?: RawResourceChange[];
  output_changes?: Record<string, RawOutputChange>;
  deferred_changes?: { reason: string; resource_change: RawResourceChange }[];
  checks?: RawCheck[];
  condition_results?: RawConditionResult[];
  action_invocations?: RawActionInvocation[];
  relevant_attributes?: { resource: string; attribute: (string | number)[] }[];
  errored?: boolean;
  applyable?: boolean;
  complete?: boolean;
  timestamp?: string;
}

const actions = arrayOf(oneOf('no-op', 'create', 'read', 'update', 'delete', 'forget'), 1, 2);
const values = {
  before: anything,
  after: anything,
  after_unknown: anything,
  before_sensitive: anything,
  after_sensitive: anything,
};
const resourceChange = shape({
  address: isString,
  previous_address: optional(isString),
  module_address: optional(isString),
  mode: oneOf('managed', 'data'),
  type: isString,
  name: isString,
  index: optional(stringOrNumber),
  deposed: optional(isString),
  provider_name: isString,
  change: shape({
    actions,
    ...values,
    replace_paths: optional(arrayOf(arrayOf(stringOrNumber))),
    importing: optional(shape({ id: optional(isString), unknown: optional(isBoolean) })),
    generated_config: optional(isString),
  }),
  action_reason: optional(isString),
});
const checkAddress = shape({ kind: optional(isString), to_display: optional(isString) });
const plan = shape({
  format_version: isString,
  terraform_version: optional(isString),
  resource_changes: optional(arrayOf(resourceChange)),
  resource_drift: optional(arrayOf(resourceChange)),
  output_changes: optional(recordOf(shape({ actions, ...values }))),
  deferred_changes: optional(arrayOf(shape({ reason: isString, resource_change: resourceChange }))),
  checks: optional(
    arrayOf(
      shape({
        address: checkAddress,
        status: isString,
        instances: optional(
          arrayOf(
            shape({
              address: optional(checkAddress),
              status: isString,
              problems: optional(arrayOf(shape({ message: isString }))),
            }),
          ),
        ),
      }),
    ),
  ),
  condition_results: optional(
    arrayOf(
      shape({
        address: isString,
        condition_type: optional(isString),
        result: optional(isBoolean),
        unknown: optional(isBoolean),
        error_message: optional(isString),
      }),
    ),
  ),
  action_invocations: optional(
    arrayOf(
      shape({
        address: optional(isString),
        type: optional(isString),
        name: optional(isString),
        provider_name: optional(isString),
        config_values: anything,
        config_sensitive: anything,
        config_unknown: anything,
        lifecycle_action_trigger: optional(
          shape({
            triggering_resource_address: optional(isString),
            action_trigger_event: optional(isString),
            on_failure: optional(isString),
          }),
        ),
        invoke_action_trigger: optional(shape({ calling_resource_address: optional(isString) })),
      }),
    ),
  ),
  relevant_attributes: optional(
    arrayOf(shape({ resource: isString, attribute: arrayOf(stringOrNumber) })),
  ),
  errored: optional(isBoolean),
  applyable: optional(isBoolean),
  complete: optional(isBoolean),
  timestamp: optional(isString),
});

/** What is wrong with a plan document (the first problem, with its path); undefined when valid. */
export function planProblem(doc: unknown): Problem | undefined {
  return plan(doc);
}
