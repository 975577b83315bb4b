import type { KObject } from './store.js';
import type { PodServer } from './pod-script.js';

export interface PodRuntime {
  server: PodServer;
  ip: string;
  deployment: string;
  namespace: string;
  createdAt: number;
  startedAt?: number;
  terminatingSince?: number;
  lastWarningAt: number;
  restarts: number;
}

export const TERMINATION_GRACE_MS = 60;

export function isReady(pod: KObject): boolean {
  const conditions = (pod.status as { conditions?: { type: string; status: string }[] }).conditions;
  return conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
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
    podIP: started ? runtime.ip : undefined,
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
        image: runtime.server.image,
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
