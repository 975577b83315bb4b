import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/log.js';
import { isConflict, type Kube, type V1Service } from './kube.js';
import { ANNOTATION, foreignLease, leaseValue, readState } from './state.js';
import type { Clock, RunInfo } from './types.js';

export interface LeaseTarget {
  namespace: string;
  service: string;
  run: RunInfo;
  ttlMs: number;
}

const ATTEMPTS = 3;

/**
 * Takes the app's lease: an annotation on the live Service with this run's id and an expiry,
 * written with the Service's resourceVersion so two runs cannot both win (409 → re-read). A
 * live lease held by another run is a clear error naming that run. With `create`, a missing
 * Service is created already holding the lease (the bootstrap case).
 */
export async function acquireLease(
  kube: Kube,
  target: LeaseTarget,
  clock: Clock,
  create?: () => V1Service,
): Promise<V1Service> {
  const { namespace, service, run } = target;
  for (let attempt = 1; ; attempt++) {
    const lease = leaseValue({
      runId: run.id,
      expiresAt: new Date(clock.now() + target.ttlMs).toISOString(),
    });
    try {
      const current = await kube.getService(namespace, service);
      if (!current) {
        if (!create) {
          throw new UserError(
            `Service ${namespace}/${service} does not exist: nothing is deployed.`,
            {
              reason: 'not-deployed',
              hint: 'Run a deploy first (action: deploy).',
            },
          );
        }
        const body = create();
        body.metadata = {
          ...body.metadata,
          annotations: { ...body.metadata?.annotations, [ANNOTATION.lease]: lease },
        };
        return await kube.createService(namespace, body);
      }
      const other = foreignLease(readState(current.metadata?.annotations), run.id, clock.now());
      if (other) {
        throw new UserError(
          `Another rollout of ${namespace}/${service} is in progress: run ${other.runId} holds the lease until ${other.expiresAt}.`,
          {
            reason: 'locked',
            hint: 'Wait for that run to finish (or for the lease to expire) and run again.',
          },
        );
      }
      return await kube.patchService(namespace, service, {
        metadata: {
          resourceVersion: current.metadata?.resourceVersion,
          annotations: { [ANNOTATION.lease]: lease },
        },
      });
    } catch (error) {
      if (!isConflict(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** Gives the lease back if this run still holds it; a failure only warns (the lease expires). */
export async function releaseLease(
  kube: Kube,
  target: Omit<LeaseTarget, 'ttlMs'>,
  log: Logger,
): Promise<void> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const current = await kube.getService(target.namespace, target.service);
      if (readState(current?.metadata?.annotations).lease?.runId !== target.run.id) return;
      await kube.patchService(target.namespace, target.service, {
        metadata: {
          resourceVersion: current?.metadata?.resourceVersion,
          annotations: { [ANNOTATION.lease]: null },
        },
      });
      return;
    } catch (error) {
      if (isConflict(error) && attempt < ATTEMPTS) continue;
      log.warn(`Could not release the lease (it will expire): ${(error as Error).message}`);
      return;
    }
  }
}
