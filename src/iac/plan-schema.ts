import { z } from 'zod';
import { isRecord } from '../shared/json.js';

/**
 * The parts of `terraform show -json <planfile>` (format 1.x) Gantry reads, validated at the
 * boundary. Attribute values stay `unknown` (any JSON); everything else is checked. Unknown keys
 * are allowed so newer terraform/tofu versions still parse.
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

export const rawResourceChange = z.object({
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

export type RawPlan = z.infer<typeof rawPlan>;
export type RawResourceChange = z.infer<typeof rawResourceChange>;

/*
 * The same rules as `rawPlan`, as plain predicates: a real plan is checked in about a tenth of
 * the time zod takes on a cold start (one CLI run). parsePlan uses zod only when this says no,
 * for its message. test/iac/plan-schema.test.ts holds the two equal on mutated documents.
 */
type Check = (v: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const anything: Check = () => true;
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const arrayOf =
  (check: Check, min = 0, max = Infinity): Check =>
  (v) =>
    Array.isArray(v) && v.length >= min && v.length <= max && v.every(check);
const shape = (fields: Record<string, Check>): Check => {
  const entries = Object.entries(fields);
  return (v) => isRecord(v) && entries.every(([key, check]) => check(v[key]));
};
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const stringOrNumber: Check = (v) => typeof v === 'string' || typeof v === 'number';

const actionsCheck = arrayOf(oneOf('no-op', 'create', 'read', 'update', 'delete', 'forget'), 1, 2);
const values = {
  before: anything,
  after: anything,
  after_unknown: anything,
  before_sensitive: anything,
  after_sensitive: anything,
};
const resourceChangeCheck = shape({
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
    actions: actionsCheck,
    ...values,
    replace_paths: optional(arrayOf(arrayOf(stringOrNumber))),
    importing: optional(shape({ id: optional(isString), unknown: optional(isBoolean) })),
    generated_config: optional(isString),
  }),
  action_reason: optional(isString),
});
const checkAddressCheck = shape({ kind: optional(isString), to_display: optional(isString) });
const planCheck = shape({
  format_version: isString,
  terraform_version: optional(isString),
  resource_changes: optional(arrayOf(resourceChangeCheck)),
  resource_drift: optional(arrayOf(resourceChangeCheck)),
  output_changes: optional(
    (v) => isRecord(v) && Object.values(v).every(shape({ actions: actionsCheck, ...values })),
  ),
  deferred_changes: optional(
    arrayOf(shape({ reason: isString, resource_change: resourceChangeCheck })),
  ),
  checks: optional(
    arrayOf(
      shape({
        address: checkAddressCheck,
        status: isString,
        instances: optional(
          arrayOf(
            shape({
              address: optional(checkAddressCheck),
              status: isString,
              problems: optional(arrayOf(shape({ message: isString }))),
            }),
          ),
        ),
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

/** True when `rawPlan` would accept the document (the fast path of parsePlan's validation). */
export function isRawPlan(doc: unknown): doc is RawPlan {
  return planCheck(doc);
}
