import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newestReplicaSet, podsOf } from '../../src/rollout/current-pods.js';
import { endpointMismatch } from '../../src/rollout/endpoints.js';
import type { V1EndpointSlice, V1Pod, V1ReplicaSet } from '../../src/rollout/kube.js';

const owner = (uid: string) => [
  { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web-blue', uid, controller: true },
];
const rs = (name: string, revision: string, ownerUid = 'd1'): V1ReplicaSet => ({
  metadata: {
    name,
    uid: `uid-${name}`,
    labels: { app: 'web', color: 'blue', 'pod-template-hash': name.split('-')[2] ?? '' },
    annotations: { 'deployment.kubernetes.io/revision': revision },
    ownerReferences: owner(ownerUid),
  },
});
const deployment = { metadata: { name: 'web-blue', uid: 'd1' } };

describe('newestReplicaSet: the one the Deployment controls with the highest revision', () => {
  const table: [string, V1ReplicaSet[], string | undefined][] = [
    ['none yet', [], undefined],
    ['one', [rs('web-blue-aaa', '1')], 'web-blue-aaa'],
    [
      'revision 10 beats 9 (numbers, not strings)',
      [rs('web-blue-aaa', '9'), rs('web-blue-bbb', '10')],
      'web-blue-bbb',
    ],
    [
      'another owner is ignored',
      [rs('web-blue-aaa', '1'), rs('web-blue-bbb', '5', 'other')],
      'web-blue-aaa',
    ],
  ];
  for (const [name, sets, want] of table) {
    it(`${name} → ${want ?? 'none'}`, () =>
      assert.equal(newestReplicaSet(deployment, sets)?.metadata?.name, want));
  }
});

describe('podsOf: pods owned by the ReplicaSet, whatever image their spec names', () => {
  const pod = (name: string, ownerUid?: string, hash?: string): V1Pod => ({
    metadata: {
      name,
      labels: hash ? { 'pod-template-hash': hash } : {},
      ...(ownerUid
        ? {
            ownerReferences: [
              {
                apiVersion: 'apps/v1',
                kind: 'ReplicaSet',
                name: 'x',
                uid: ownerUid,
                controller: true,
              },
            ],
          }
        : {}),
    },
    spec: { containers: [{ name: 'app', image: 'mirror.example/rewritten' }] },
  });
  const table: [string, V1Pod, boolean][] = [
    ['owned by uid', pod('a', 'uid-web-blue-bbb', 'bbb'), true],
    ['owned by the old ReplicaSet', pod('b', 'uid-web-blue-aaa', 'aaa'), false],
    ['no owner recorded, same pod-template-hash', pod('c', undefined, 'bbb'), true],
    ['no owner recorded, other hash', pod('d', undefined, 'aaa'), false],
  ];
  for (const [name, p, current] of table) {
    it(`${name} → ${current ? 'current' : 'not current'}`, () =>
      assert.equal(podsOf(rs('web-blue-bbb', '2'), [p]).length, current ? 1 : 0));
  }
});

describe('endpointMismatch: each slice against the pods addresses of its family', () => {
  const pod = (...ips: string[]): V1Pod => ({
    status: { podIP: ips[0], podIPs: ips.map((ip) => ({ ip })) },
  });
  const slice = (addressType: string, ...ips: string[]): V1EndpointSlice => ({
    addressType,
    endpoints: ips.map((ip) => ({ addresses: [ip], conditions: { ready: true } })),
  });
  const dual = [pod('10.0.0.1', 'fd00::1'), pod('10.0.0.2', 'fd00::2')];
  const table: [string, V1EndpointSlice[], V1Pod[], RegExp | undefined][] = [
    ['single stack, same', [slice('IPv4', '10.0.0.1')], [pod('10.0.0.1')], undefined],
    [
      'podIP only (no podIPs)',
      [slice('IPv4', '10.0.0.1')],
      [{ status: { podIP: '10.0.0.1' } }],
      undefined,
    ],
    [
      'dual stack, both families match',
      [slice('IPv4', '10.0.0.1', '10.0.0.2'), slice('IPv6', 'fd00::1', 'fd00::2')],
      dual,
      undefined,
    ],
    [
      'single-stack Service on dual-stack pods',
      [slice('IPv4', '10.0.0.1', '10.0.0.2')],
      dual,
      undefined,
    ],
    [
      'IPv6 slice still lists an old pod',
      [slice('IPv4', '10.0.0.1', '10.0.0.2'), slice('IPv6', 'fd00::1', 'fd00::9')],
      dual,
      /^Service web IPv6 endpoints \[fd00::1, fd00::9\] are not the new pods \[fd00::1, fd00::2\]$/,
    ],
    [
      'IPv4 slice lacks a pod',
      [slice('IPv4', '10.0.0.1')],
      [pod('10.0.0.1'), pod('10.0.0.2')],
      /^Service web endpoints \[10\.0\.0\.1\] are not the new pods/,
    ],
    [
      'no slice yet',
      [],
      [pod('10.0.0.1')],
      /^Service web endpoints \[\] are not the new pods \[10\.0\.0\.1\]$/,
    ],
    [
      'a pod without an IPv6 address',
      [slice('IPv4', '10.0.0.1'), slice('IPv6')],
      [pod('10.0.0.1')],
      /IPv6 endpoints \[\] are not the new pods \[\]/,
    ],
  ];
  for (const [name, slices, pods, verdict] of table) {
    it(`${name} → ${verdict ? 'mismatch' : 'same'}`, () => {
      const found = endpointMismatch('web', slices, pods);
      if (verdict) assert.match(found ?? '', verdict);
      else assert.equal(found, undefined);
    });
  }
});
