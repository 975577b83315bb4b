import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { V1Deployment } from '../../src/rollout/kube.js';
import { isWarm } from '../../src/rollout/rollback.js';

type Condition = { type: string; status: string; reason?: string; message?: string };

const complete = { observedGeneration: 2, replicas: 2, updatedReplicas: 2, availableReplicas: 2 };
const deployment = (
  spec: Partial<NonNullable<V1Deployment['spec']>> = {},
  status: NonNullable<V1Deployment['status']> = complete,
  conditions: Condition[] = [],
): V1Deployment => ({
  metadata: { name: 'web-blue', generation: 2 },
  spec: { selector: {}, template: {}, replicas: 2, ...spec },
  status: { ...status, conditions },
});

describe('isWarm: one patch away, by the same Deployment checks as readiness', () => {
  const pde: Condition = {
    type: 'Progressing',
    status: 'False',
    reason: 'ProgressDeadlineExceeded',
    message: 'ReplicaSet "web-blue-5f7c" has timed out progressing.',
  };
  const table: [string, V1Deployment | undefined, boolean][] = [
    ['all replicas updated and available', deployment(), true],
    ['missing', undefined, false],
    ['scaled to zero', deployment({ replicas: 0 }, { observedGeneration: 2 }), false],
    [
      'status about an older generation',
      deployment({}, { ...complete, observedGeneration: 1 }),
      false,
    ],
    ['one replica unavailable', deployment({}, { ...complete, availableReplicas: 1 }), false],
    ['an old replica still counted', deployment({}, { ...complete, replicas: 3 }), false],
    ['paused', deployment({ paused: true }), false],
    ['ProgressDeadlineExceeded', deployment({}, complete, [pde]), false],
  ];
  for (const [name, d, warm] of table) {
    it(`${name} → ${warm ? 'warm' : 'not warm'}`, () => assert.equal(isWarm(d), warm));
  }
});
