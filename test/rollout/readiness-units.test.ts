import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exactSelector } from '../../src/rollout/colors.js';
import { conditionLines, podLine } from '../../src/rollout/diagnostics.js';
import {
  KubeApiError,
  retryAfterMs,
  type V1Deployment,
  type V1Pod,
} from '../../src/rollout/kube.js';
import {
  isPodActive,
  MAX_BACKOFF_MS,
  READY_POLL_MS,
  retryDelay,
  stuckReason,
} from '../../src/rollout/readiness.js';

type Condition = { type: string; status: string; reason?: string; message?: string };

const deployment = (
  spec: Partial<NonNullable<V1Deployment['spec']>>,
  conditions: Condition[] = [],
  generation = { generation: 2, observed: 2 },
): V1Deployment => ({
  metadata: { name: 'web-green', generation: generation.generation },
  spec: { selector: {}, template: {}, replicas: 2, ...spec },
  status: { observedGeneration: generation.observed, conditions },
});

const pod = (status: V1Pod['status'], deleting = false): V1Pod => ({
  metadata: { name: 'web-green-abc-1', ...(deleting ? { deletionTimestamp: new Date() } : {}) },
  status,
});

describe('isPodActive: the pods the ReplicaSet controller counts', () => {
  const table: [string, V1Pod, boolean][] = [
    ['Running', pod({ phase: 'Running' }), true],
    ['Pending', pod({ phase: 'Pending' }), true],
    ['no status yet', pod(undefined), true],
    ['Failed (Evicted)', pod({ phase: 'Failed', reason: 'Evicted' }), false],
    ['Failed (node shutdown)', pod({ phase: 'Failed', reason: 'Terminated' }), false],
    ['Succeeded', pod({ phase: 'Succeeded' }), false],
    ['Running but being deleted', pod({ phase: 'Running' }, true), false],
  ];
  for (const [name, p, active] of table) {
    it(`${name} → ${active ? 'counts' : 'ignored'}`, () => assert.equal(isPodActive(p), active));
  }
});

describe('stuckReason: when waiting longer cannot help', () => {
  const pde: Condition = {
    type: 'Progressing',
    status: 'False',
    reason: 'ProgressDeadlineExceeded',
    message: 'ReplicaSet "web-green-5f7c" has timed out progressing.',
  };
  const table: [string, V1Deployment, RegExp | undefined][] = [
    [
      'progressing normally',
      deployment({}, [{ ...pde, status: 'True', reason: 'ReplicaSetUpdated' }]),
      undefined,
    ],
    [
      'ProgressDeadlineExceeded',
      deployment({ progressDeadlineSeconds: 600 }, [pde]),
      /^deployment web-green exceeded its progress deadline \(progressDeadlineSeconds: 600\): ReplicaSet "web-green-5f7c" has timed out progressing\.$/,
    ],
    [
      'a stale ProgressDeadlineExceeded (new generation not observed)',
      deployment({}, [pde], { generation: 3, observed: 2 }),
      undefined,
    ],
    [
      'scaled to zero',
      deployment({ replicas: 0 }),
      /^Deployment web-green was scaled to 0 replicas/,
    ],
    ['paused', deployment({ paused: true }), /^Deployment web-green was paused/],
  ];
  for (const [name, d, verdict] of table) {
    it(`${name} → ${verdict ? 'stuck' : 'keep waiting'}`, () => {
      const reason = stuckReason(d);
      if (verdict) assert.match(reason ?? '', verdict);
      else assert.equal(reason, undefined);
    });
  }
});

describe('conditionLines: the Deployment conditions a user sees', () => {
  const table: [Condition, string | undefined][] = [
    [{ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' }, undefined],
    [
      { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' },
      'Available=False MinimumReplicasUnavailable',
    ],
    [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: 'x' }, undefined],
    [{ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }, undefined],
    [
      {
        type: 'Progressing',
        status: 'False',
        reason: 'ProgressDeadlineExceeded',
        message: 'timed out.',
      },
      'Progressing=False ProgressDeadlineExceeded: timed out.',
    ],
    [
      { type: 'Progressing', status: 'Unknown', reason: 'DeploymentPaused' },
      'Progressing=Unknown DeploymentPaused',
    ],
    [
      {
        type: 'ReplicaFailure',
        status: 'True',
        reason: 'FailedCreate',
        message: 'pods "web-green-5f7c-" is forbidden: exceeded quota: compute',
      },
      'ReplicaFailure=True FailedCreate: pods "web-green-5f7c-" is forbidden: exceeded quota: compute',
    ],
  ];
  for (const [condition, line] of table) {
    it(`${condition.type}=${condition.status} ${condition.reason ?? ''} → ${line ? 'shown' : 'hidden'}`, () => {
      const lines = conditionLines(deployment({}, [condition]));
      assert.deepEqual(lines, line ? [`Deployment web-green: ${line}`] : []);
    });
  }
});

describe('podLine: one pod in the diagnostics', () => {
  const table: [string, V1Pod, string][] = [
    [
      'a condition with status Unknown reads Unknown',
      pod({
        phase: 'Running',
        conditions: [
          { type: 'Ready', status: 'Unknown', reason: 'NodeLost' },
          { type: 'PodScheduled', status: 'True' },
        ],
      }),
      'Pod web-green-abc-1: phase=Running; Ready=Unknown (NodeLost)',
    ],
    [
      'an evicted pod says why',
      pod({
        phase: 'Failed',
        reason: 'Evicted',
        message: 'The node was low on resource: memory. ',
        containerStatuses: [
          {
            name: 'app',
            image: 'i',
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { terminated: { exitCode: 137, reason: 'Error' } },
          },
        ],
        conditions: [{ type: 'Ready', status: 'False', reason: 'PodFailed' }],
      }),
      'Pod web-green-abc-1: phase=Failed (Evicted: The node was low on resource: memory.); app ready=false restarts=0 terminated=Error; Ready=False (PodFailed)',
    ],
    [
      'a crash-looping container',
      pod({
        phase: 'Running',
        containerStatuses: [
          {
            name: 'app',
            image: 'i',
            imageID: '',
            ready: false,
            restartCount: 7,
            state: { waiting: { reason: 'CrashLoopBackOff' } },
          },
        ],
        conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }],
      }),
      'Pod web-green-abc-1: phase=Running; app ready=false restarts=7 waiting=CrashLoopBackOff; Ready=False (ContainersNotReady)',
    ],
  ];
  for (const [name, p, line] of table) {
    it(name, () => assert.equal(podLine(p), line));
  }
});

describe('retries inside the readiness wait', () => {
  const error = (status: number, retryAfter?: number) =>
    new KubeApiError('get', { kind: 'Deployment', namespace: 'shop' }, status, '', 'x', retryAfter);
  const table: [string, KubeApiError, number, number, number][] = [
    ['429 Retry-After 1 s', error(429, 1000), 1, 20, 1000],
    ['Retry-After below the poll interval', error(429, 0), 1, READY_POLL_MS, READY_POLL_MS],
    ['first 503: twice the poll interval', error(503), 1, READY_POLL_MS, 2 * READY_POLL_MS],
    ['third 503 in a row', error(503), 3, READY_POLL_MS, 8 * READY_POLL_MS],
    ['many errors: capped', error(0), 20, READY_POLL_MS, MAX_BACKOFF_MS],
  ];
  for (const [name, e, failures, pollMs, ms] of table) {
    it(`${name} → ${ms} ms`, () => assert.equal(retryDelay(e, failures, pollMs), ms));
  }

  const headers: [string | undefined, number | undefined, number | undefined][] = [
    ['1', undefined, 1000],
    ['0', undefined, 0],
    [undefined, 2, 2000],
    ['', 3, 3000],
    ['Thu, 01 Jan 1970 00:00:05 GMT', undefined, 5000],
    ['soon', undefined, undefined],
  ];
  for (const [header, details, ms] of headers) {
    it(`Retry-After ${JSON.stringify(header)} details ${details} → ${ms} ms`, () =>
      assert.equal(retryAfterMs(header, details, 0), ms));
  }
});

describe('exactSelector: the selector patch that leaves exactly what Gantry selects', () => {
  const table: [Record<string, string> | undefined, Record<string, string | null>][] = [
    [undefined, { app: 'web', color: 'green' }],
    [
      { app: 'web', color: 'blue' },
      { app: 'web', color: 'green' },
    ],
    [
      { app: 'web', tier: 'web' },
      { app: 'web', color: 'green', tier: null },
    ],
    [
      { app: 'web', color: 'blue', tier: 'web', 'team.io/x': 'y' },
      { app: 'web', color: 'green', tier: null, 'team.io/x': null },
    ],
  ];
  for (const [current, patch] of table) {
    it(`${JSON.stringify(current)} → ${JSON.stringify(patch)}`, () =>
      assert.deepEqual(exactSelector(current, { app: 'web', color: 'green' }), patch));
  }
});
