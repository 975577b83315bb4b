import type { RawPlan } from './plan-schema.js';

export interface CheckResult {
  /** e.g. `check.health`, `terraform_data.b`, `var.size`. */
  address: string;
  kind: string;
  status: 'fail' | 'error' | 'unknown';
  /** Failing instances with their messages (already redacted by terraform). */
  instances: { address: string; status: string; messages: string[] }[];
}

/**
 * The checks that did not pass: `checks` (terraform ≥ 1.3, OpenTofu), or terraform 1.2's
 * `condition_results` (one per precondition/postcondition, `result: false` failed, `unknown`
 * decided only at apply) when the document has no `checks`.
 */
export function checkResults(raw: RawPlan): CheckResult[] {
  if (raw.checks) return fromChecks(raw.checks);
  return (raw.condition_results ?? []).flatMap((c): CheckResult[] => {
    const status = c.unknown ? 'unknown' : c.result === false ? 'fail' : undefined;
    if (!status) return [];
    const messages = status === 'fail' && c.error_message ? [c.error_message] : [];
    return [
      {
        address: c.address,
        kind: conditionKind(c.condition_type),
        status,
        instances: [{ address: c.address, status, messages }],
      },
    ];
  });
}

/** terraform 1.2's condition types named like the `kind` of a 1.3+ check address. */
function conditionKind(type: string | undefined): string {
  if (type?.startsWith('Resource')) return 'resource';
  if (type?.startsWith('Output')) return 'output_value';
  return 'check';
}

function fromChecks(checks: NonNullable<RawPlan['checks']>): CheckResult[] {
  return checks.flatMap((c): CheckResult[] => {
    if (c.status !== 'fail' && c.status !== 'error' && c.status !== 'unknown') return [];
    const address = c.address.to_display ?? '(unnamed check)';
    return [
      {
        address,
        kind: c.address.kind ?? 'check',
        status: c.status,
        instances: (c.instances ?? [])
          .filter((i) => i.status !== 'pass')
          .map((i) => ({
            address: i.address?.to_display ?? address,
            status: i.status,
            messages: (i.problems ?? []).map((p) => p.message),
          })),
      },
    ];
  });
}
