import { z } from 'zod';

/**
 * The rules of src/iac/plan-schema.ts written a second, independent way (a zod schema), as the
 * reference test/iac/plan-schema.test.ts holds the plan check to.
 */
const action = z.enum(['no-op', 'create', 'read', 'update', 'delete', 'forget']);

const change = z.object({
  actions: z.array(action).min(1).max(2),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  after_unknown: z.unknown().optional(),
  before_sensitive: z.unknown().optional(),
  after_sensitive: z.unknown().optional(),
  replace_paths: z.array(z.array(z.union([z.string(), z.number()]))).optional(),
  importing: z
    .object({ id: z.string().optional(), unknown: z.boolean().optional() })
    .loose()
    .optional(),
  generated_config: z.string().optional(),
});

const rawResourceChange = z.object({
  address: z.string(),
  previous_address: z.string().optional(),
  module_address: z.string().optional(),
  mode: z.enum(['managed', 'data']),
  type: z.string(),
  name: z.string(),
  index: z.union([z.string(), z.number()]).optional(),
  deposed: z.string().optional(),
  provider_name: z.string(),
  change,
  action_reason: z.string().optional(),
});

const outputChange = z.object({
  actions: z.array(action).min(1).max(2),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  after_unknown: z.unknown().optional(),
  before_sensitive: z.unknown().optional(),
  after_sensitive: z.unknown().optional(),
});

const checkAddress = z
  .object({ kind: z.string().optional(), to_display: z.string().optional() })
  .loose();

const check = z.object({
  address: checkAddress,
  status: z.string(),
  instances: z
    .array(
      z.object({
        address: checkAddress.optional(),
        status: z.string(),
        problems: z.array(z.object({ message: z.string() }).loose()).optional(),
      }),
    )
    .optional(),
});

export const rawPlan = z.object({
  format_version: z.string(),
  terraform_version: z.string().optional(),
  planned_values: z.unknown().optional(),
  resource_changes: z.array(rawResourceChange).optional(),
  resource_drift: z.array(rawResourceChange).optional(),
  output_changes: z.record(z.string(), outputChange).optional(),
  deferred_changes: z
    .array(z.object({ reason: z.string(), resource_change: rawResourceChange }))
    .optional(),
  checks: z.array(check).optional(),
  condition_results: z
    .array(
      z.object({
        address: z.string(),
        condition_type: z.string().optional(),
        result: z.boolean().optional(),
        unknown: z.boolean().optional(),
        error_message: z.string().optional(),
      }),
    )
    .optional(),
  action_invocations: z
    .array(
      z.object({
        address: z.string().optional(),
        type: z.string().optional(),
        name: z.string().optional(),
        provider_name: z.string().optional(),
        config_values: z.unknown(),
        config_sensitive: z.unknown(),
        config_unknown: z.unknown(),
        lifecycle_action_trigger: z
          .object({
            triggering_resource_address: z.string().optional(),
            action_trigger_event: z.string().optional(),
            on_failure: z.string().optional(),
          })
          .optional(),
        invoke_action_trigger: z
          .object({ calling_resource_address: z.string().optional() })
          .optional(),
      }),
    )
    .optional(),
  relevant_attributes: z
    .array(
      z.object({
        resource: z.string(),
        attribute: z.array(z.union([z.string(), z.number()])),
      }),
    )
    .optional(),
  errored: z.boolean().optional(),
  applyable: z.boolean().optional(),
  complete: z.boolean().optional(),
  timestamp: z.string().optional(),
});
