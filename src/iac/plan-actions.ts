import type { RawPlan } from './plan-schema.js';
import { collectMarked, redactKnown, type Secrets } from './plan-secrets.js';
import { redact, type PlanValue } from './plan-values.js';

/**
 * An action the apply will invoke (terraform ≥ 1.14 `action_invocations`): run because a
 * resource changes (`lifecycle`, e.g. `AfterCreate` of `aws_instance.web`) or because the plan
 * was made with `-invoke` (`invoke`). Its configuration is redacted like any planned value.
 */
export interface ActionInvocation {
  address: string;
  type: string;
  name: string;
  providerName?: string;
  trigger:
    | { kind: 'lifecycle'; resource: string; event: string; onFailure?: string }
    | { kind: 'invoke'; callingResource?: string };
  config: PlanValue;
  configUnknown: unknown;
}

export function collectActionSecrets(raw: RawPlan, secrets: Secrets): void {
  for (const a of raw.action_invocations ?? [])
    collectMarked(a.config_values, a.config_sensitive, secrets);
}

/** The plan's action invocations in the document's order (terraform's own order). */
export function actionInvocations(raw: RawPlan, secrets: Secrets): ActionInvocation[] {
  return (raw.action_invocations ?? []).map((a) => {
    const lifecycle = a.lifecycle_action_trigger;
    const trigger: ActionInvocation['trigger'] = lifecycle
      ? {
          kind: 'lifecycle',
          resource: lifecycle.triggering_resource_address ?? '(unknown resource)',
          event: lifecycle.action_trigger_event ?? '(unknown event)',
          ...(lifecycle.on_failure ? { onFailure: lifecycle.on_failure } : {}),
        }
      : {
          kind: 'invoke',
          ...(a.invoke_action_trigger?.calling_resource_address
            ? { callingResource: a.invoke_action_trigger.calling_resource_address }
            : {}),
        };
    const out: ActionInvocation = {
      address: a.address ?? `action.${a.type ?? '(unknown)'}.${a.name ?? '(unknown)'}`,
      type: a.type ?? '(unknown)',
      name: a.name ?? '(unknown)',
      trigger,
      config: redactKnown(redact(a.config_values ?? null, a.config_sensitive), secrets),
      configUnknown: a.config_unknown ?? false,
    };
    if (a.provider_name !== undefined) out.providerName = a.provider_name;
    return out;
  });
}
