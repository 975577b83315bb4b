import { isTerminal } from './pod-status.js';
import type { Store } from './store.js';

/**
 * ResourceQuota admission for the `pods` count: the refusal a pod create meets, worded as the API
 * server words it, or undefined when it is admitted. Terminal pods (Failed/Succeeded) do not count.
 */
export function podQuotaRefusal(
  store: Store,
  namespace: string,
  generateName: string,
): string | undefined {
  for (const quota of store.list('resourcequotas', namespace)) {
    const hard = (quota.spec as { hard?: Record<string, string> } | undefined)?.hard?.pods;
    if (hard === undefined) continue;
    const used = store.list('pods', namespace).filter((p) => !isTerminal(p)).length;
    if (used + 1 > Number(hard)) {
      return `pods "${generateName}" is forbidden: exceeded quota: ${quota.metadata.name}, requested: pods=1, used: pods=${used}, limited: pods=${hard}`;
    }
  }
  return undefined;
}
