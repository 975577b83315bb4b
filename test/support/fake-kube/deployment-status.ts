/** The API server's default for `spec.progressDeadlineSeconds`. */
export const DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

/** When a Deployment's rollout last made progress (the Progressing condition's lastUpdateTime). */
export interface Progress {
  hash: string;
  updated: number;
  ready: number;
  at: number;
}

export interface StatusInput {
  name: string;
  hash: string;
  generation: number;
  desired: number;
  /** Active pods of the current template (the fake has one ReplicaSet per template). */
  updated: number;
  ready: number;
  /** `spec.progressDeadlineSeconds` (undefined: the API default). */
  progressDeadlineSeconds: number | undefined;
  /** The ReplicaSet's last pod create refusal (quota, admission), if creating failed. */
  failedCreate?: string;
  now: number;
}

/**
 * Progress as the deployment controller counts it (util.DeploymentProgressing): a new
 * ReplicaSet, or more updated or ready replicas than last time. A complete rollout also resets.
 */
export function nextProgress(prior: Progress | undefined, input: StatusInput): Progress {
  const { hash, updated, ready, now } = input;
  const complete = updated === input.desired && ready >= input.desired;
  const moved =
    !prior || prior.hash !== hash || updated > prior.updated || ready > prior.ready || complete;
  return moved ? { hash, updated, ready, at: now } : { ...prior, updated, ready };
}

/**
 * The Deployment status the controller writes: counts, Available, Progressing (with
 * ProgressDeadlineExceeded once no progress was made for progressDeadlineSeconds, as
 * syncRolloutStatus does) and ReplicaFailure copied from the ReplicaSet when creates fail.
 */
export function deploymentStatus(input: StatusInput, progress: Progress): Record<string, unknown> {
  const { name, hash, desired, updated, ready } = input;
  const rs = `${name}-${hash}`;
  const available = ready >= desired;
  const complete = updated === desired && available;
  const deadline = input.progressDeadlineSeconds ?? DEFAULT_PROGRESS_DEADLINE_SECONDS;
  const timedOut = !complete && input.now - progress.at > deadline * 1000;
  const progressing = complete
    ? {
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${rs}" has successfully progressed.`,
      }
    : timedOut
      ? {
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${rs}" has timed out progressing.`,
        }
      : {
          status: 'True',
          reason: 'ReplicaSetUpdated',
          message: `ReplicaSet "${rs}" is progressing.`,
        };
  return {
    observedGeneration: input.generation,
    replicas: updated,
    updatedReplicas: updated,
    readyReplicas: ready,
    availableReplicas: ready,
    unavailableReplicas: Math.max(0, desired - ready),
    conditions: [
      {
        type: 'Available',
        status: available ? 'True' : 'False',
        reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
        message: available
          ? 'Deployment has minimum availability.'
          : 'Deployment does not have minimum availability.',
      },
      { type: 'Progressing', ...progressing },
      ...(input.failedCreate
        ? [
            {
              type: 'ReplicaFailure',
              status: 'True',
              reason: 'FailedCreate',
              message: input.failedCreate,
            },
          ]
        : []),
    ],
  };
}
