import type { KObject } from './store.js';
import type { PodServer } from './pod-script.js';

export interface PodRuntime {
  /** The app the pod serves (its template's image: a mirror serves the same content). */
  server: PodServer;
  /** The image in the pod's spec, after admission (what the kubelet pulled). */
  image: string;
  ip: string;
  /** The IPv6 address on a dual-stack cluster. */
  ipv6?: string;
  deployment: string;
  namespace: string;
  createdAt: number;
  startedAt?: number;
  terminatingSince?: number;
  /** Evicted by the kubelet: phase Failed, the server stopped, the object left in place. */
  evicted?: boolean;
  lastWarningAt: number;
  restarts: number;
}

export const TERMINATION_GRACE_MS = 60;

export function isReady(pod: KObject): boolean {
  const conditions = (pod.status as { conditions?: { type: string; status: string }[] }).conditions;
  return conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Phase Failed or Succeeded: no controller counts it, no Service routes to it (IsPodTerminal). */
export function isTerminal(pod: KObject): boolean {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  return phase === 'Failed' || phase === 'Succeeded';
}

/**
 * The status the kubelet leaves on a pod it evicted under node pressure: phase Failed, reason
 * Evicted, the IP kept, not ready, the container killed. The object stays until deleted.
 */
export function evictedStatus(runtime: PodRuntime, message: string): Record<string, unknown> {
  const notReady = { status: 'False', reason: 'PodFailed' };
  return {
    phase: 'Failed',
    reason: 'Evicted',
    message,
    ...podIps(runtime),
    conditions: [
      { type: 'DisruptionTarget', status: 'True', reason: 'TerminationByKubelet', message },
      { type: 'PodScheduled', status: 'True' },
      { type: 'Initialized', status: 'True' },
      { type: 'ContainersReady', ...notReady },
      { type: 'Ready', ...notReady },
    ],
    containerStatuses: [
      {
        name: 'app',
        image: runtime.image,
        ready: false,
        restartCount: runtime.restarts,
        state: { terminated: { exitCode: 137, reason: 'Error' } },
      },
    ],
  };
}

/** `status.podIP` (the primary address) and `status.podIPs` (one per family), as the kubelet sets. */
function podIps(runtime: PodRuntime): { podIP: string; podIPs: { ip: string }[] } {
  const ips = [runtime.ip, ...(runtime.ipv6 ? [runtime.ipv6] : [])];
  return { podIP: runtime.ip, podIPs: ips.map((ip) => ({ ip })) };
}

export function podKey(pod: KObject): string {
  return `${pod.metadata.namespace}/${pod.metadata.name}`;
}

export function podStatus(
  runtime: PodRuntime,
  ready: boolean,
  crashing: boolean,
): Record<string, unknown> {
  const started = runtime.startedAt !== undefined;
  const flag = ready ? 'True' : 'False';
  return {
    phase: started ? 'Running' : 'Pending',
    ...(started ? podIps(runtime) : {}),
    conditions: [
      { type: 'PodScheduled', status: 'True' },
      { type: 'Initialized', status: 'True' },
      { type: 'ContainersReady', status: flag, ...(ready ? {} : { reason: 'ContainersNotReady' }) },
      {
        type: 'Ready',
        status: flag,
        ...(ready
          ? {}
          : { reason: 'ContainersNotReady', message: 'containers with unready status: [app]' }),
      },
    ],
    containerStatuses: [
      {
        name: 'app',
        image: runtime.image,
        ready,
        restartCount: runtime.restarts,
        state: crashing
          ? {
              waiting: {
                reason: 'CrashLoopBackOff',
                message: 'back-off 10s restarting failed container',
              },
            }
          : { running: {} },
      },
    ],
  };
}
