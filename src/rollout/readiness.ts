import {
  isTransient,
  type Kube,
  type KubeApiError,
  type V1Deployment,
  type V1Pod,
} from './kube.js';
import { newestReplicaSet, podsOf, templateImage } from './current-pods.js';
import { endpointMismatch } from './endpoints.js';
import type { Clock } from './types.js';

/**
 * How often the readiness gate looks in production: four API reads per look, so 1 s keeps a
 * rollout of many apps polite to the API server (tests pass a shorter `pollMs`).
 */
export const READY_POLL_MS = 1000;
/** The longest pause between looks after API errors in a row (without a Retry-After). */
export const MAX_BACKOFF_MS = 30_000;

export interface ReadyTarget {
  namespace: string;
  deployment: string;
  /** The Service whose endpoints must be exactly the new pods (the preview). */
  service: string;
  selector: Record<string, string>;
  image: string;
}

export interface Readiness {
  ready: boolean;
  /** Why not (yet): the last unmet condition. */
  waiting: string;
  /** Set when waiting longer cannot help (someone must act): the message to fail with. */
  stuck?: string;
}

const podReady = (pod: V1Pod): boolean =>
  pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

/**
 * A pod the ReplicaSet controller counts (IsPodActive): not in phase Failed or Succeeded (evicted,
 * killed by a node shutdown) and not being deleted. Such pods keep their labels until removed.
 */
export const isPodActive = (pod: V1Pod): boolean =>
  pod.status?.phase !== 'Failed' &&
  pod.status?.phase !== 'Succeeded' &&
  !pod.metadata?.deletionTimestamp;

/**
 * Why the Deployment will not become ready however long we wait, if so: scaled to zero (by
 * someone or an autoscaler), paused (`kubectl rollout pause`), or Progressing=False
 * ProgressDeadlineExceeded — the verdict `kubectl rollout status` fails on, once the status is
 * about the current generation.
 */
export function stuckReason(d: V1Deployment): string | undefined {
  const name = d.metadata?.name ?? '?';
  if (d.spec?.replicas === 0) {
    return `Deployment ${name} was scaled to 0 replicas while Gantry waited for it (by hand or by an autoscaler); it cannot become ready.`;
  }
  if (d.spec?.paused) {
    return `Deployment ${name} was paused while Gantry waited for it (spec.paused: true); it does not roll out until resumed.`;
  }
  if ((d.status?.observedGeneration ?? 0) < (d.metadata?.generation ?? 1)) return undefined;
  const progressing = d.status?.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason !== 'ProgressDeadlineExceeded') return undefined;
  const deadline = d.spec?.progressDeadlineSeconds;
  return (
    `deployment ${name} exceeded its progress deadline` +
    `${deadline !== undefined ? ` (progressDeadlineSeconds: ${deadline})` : ''}` +
    `${progressing.message ? `: ${progressing.message}` : ''}`
  );
}

/** The ReplicaFailure condition's message (pods cannot be created: quota, admission), if any. */
const replicaFailure = (d: V1Deployment): string =>
  (d.status?.conditions ?? [])
    .filter((c) => c.type === 'ReplicaFailure' && c.status === 'True')
    .map((c) => `; ReplicaFailure ${c.reason ?? ''}: ${c.message ?? ''}`)
    .join('');

/**
 * What the Deployment object alone says, when it is not done: stuck (see stuckReason), status
 * not yet about the current generation, or not every replica updated and available.
 */
export function deploymentWaiting(d: V1Deployment): Readiness | undefined {
  const stuck = stuckReason(d);
  if (stuck) return { ready: false, waiting: stuck, stuck };
  const want = d.spec?.replicas ?? 1;
  const s = d.status ?? {};
  if ((s.observedGeneration ?? 0) < (d.metadata?.generation ?? 1)) {
    return {
      ready: false,
      waiting: `observedGeneration ${s.observedGeneration ?? 0} < generation ${d.metadata?.generation ?? 1}`,
    };
  }
  const counts = {
    updated: s.updatedReplicas ?? 0,
    available: s.availableReplicas ?? 0,
    total: s.replicas ?? 0,
  };
  if (counts.updated !== want || counts.available !== want || counts.total !== want) {
    return {
      ready: false,
      waiting: `${counts.available}/${want} available, ${counts.updated}/${want} updated, ${counts.total} total${replicaFailure(d)}`,
    };
  }
  return undefined;
}

/**
 * One look at the gate: the Deployment (its status, and its template still carrying the image),
 * the pods of its newest ReplicaSet — found as the Deployment controller finds them, not by the
 * pods' image, which admission webhooks and registry mirrors rewrite — and the Service endpoints.
 */
export async function checkReady(kube: Kube, target: ReadyTarget): Promise<Readiness> {
  const d = await kube.getDeployment(target.namespace, target.deployment);
  if (!d) return { ready: false, waiting: `Deployment ${target.deployment} does not exist` };
  const image = templateImage(d);
  if (image !== target.image) {
    return {
      ready: false,
      waiting: `Deployment ${target.deployment} runs ${image ?? 'no container "app"'}, not ${target.image}`,
    };
  }
  const notDone = deploymentWaiting(d);
  if (notDone) return notDone;
  const want = d.spec?.replicas ?? 1;
  const replicaSets = await kube.listReplicaSets(target.namespace, target.selector);
  const pods = (await kube.listPods(target.namespace, target.selector)).filter(isPodActive);
  const current = podsOf(newestReplicaSet(d, replicaSets), pods);
  if (current.length !== want || pods.length !== want || !current.every(podReady)) {
    return {
      ready: false,
      waiting: `${current.filter(podReady).length}/${want} pods with the new image ready (${pods.length} pods)`,
    };
  }
  const slices = await kube.listEndpointSlices(target.namespace, target.service);
  const mismatch = endpointMismatch(target.service, slices, current);
  if (mismatch) return { ready: false, waiting: mismatch };
  return { ready: true, waiting: '' };
}

/**
 * The pause before the next look after `failures` API errors in a row: what Retry-After asks
 * (never below the poll interval), else exponential backoff from the poll interval, capped.
 */
export function retryDelay(error: KubeApiError, failures: number, pollMs: number): number {
  if (error.retryAfterMs !== undefined) return Math.max(error.retryAfterMs, pollMs);
  return Math.min(pollMs * 2 ** failures, Math.max(MAX_BACKOFF_MS, pollMs));
}

/**
 * Polls the gate until it holds, turns out stuck, or the timeout passes; never a fixed sleep.
 * An API error worth retrying (429, 5xx, no answer) is "not ready yet" with backoff; any
 * other error ends the wait.
 */
export async function waitReady(
  kube: Kube,
  target: ReadyTarget,
  options: { timeoutMs: number; pollMs: number; clock: Clock; onProgress?: (w: string) => void },
): Promise<Readiness> {
  const { clock, pollMs } = options;
  const deadline = clock.now() + options.timeoutMs;
  let last = '';
  let failures = 0;
  for (;;) {
    let state: Readiness;
    let pause = pollMs;
    try {
      state = await checkReady(kube, target);
      failures = 0;
    } catch (error) {
      if (!isTransient(error)) throw error;
      pause = retryDelay(error, ++failures, pollMs);
      state = { ready: false, waiting: `${error.message} (retrying in ${pause} ms)` };
    }
    if (state.ready || state.stuck) return state;
    if (state.waiting !== last) options.onProgress?.(state.waiting);
    last = state.waiting;
    if (clock.now() >= deadline) return state;
    await clock.sleep(Math.min(pause, Math.max(1, deadline - clock.now())));
  }
}
