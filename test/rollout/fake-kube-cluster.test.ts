import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApiException, type AppsV1Api, type CoreV1Api } from '@kubernetes/client-node';
import { startFakeKube, type FakeKube } from '../support/fake-kube/index.js';
import { clientsFor, testDeployment as deployment } from '../support/fake-kube/clients.js';

const NS = 'ns';

type Condition = { type: string; status: string; reason?: string; message?: string };
type Status = { availableReplicas?: number; replicas?: number; conditions?: Condition[] };

describe('fake Kubernetes: cluster behaviours a real cluster has', () => {
  let fake: FakeKube;
  let apps: AppsV1Api;
  let core: CoreV1Api;
  const status = (name: string): Status =>
    (fake.get('deployments', NS, name)?.status ?? {}) as Status;
  const condition = (name: string, type: string): Condition | undefined =>
    status(name).conditions?.find((c) => c.type === type);

  const running = (): number =>
    fake.list('pods', NS).filter((p) => (p.status as { phase?: string }).phase !== 'Failed').length;

  before(async () => {
    fake = await startFakeKube();
    ({ apps, core } = clientsFor(fake));
  });
  after(() => fake.close());

  it('an evicted pod stays listed (phase Failed, IP kept), is no endpoint and is replaced', async () => {
    await apps.createNamespacedDeployment({ namespace: NS, body: deployment('ev') });
    await core.createNamespacedService({
      namespace: NS,
      body: { metadata: { name: 'ev' }, spec: { selector: { app: 'ev' }, ports: [{ port: 80 }] } },
    });
    await fake.until(() => status('ev').availableReplicas === 1);
    const [first] = (await core.listNamespacedPod({ namespace: NS, labelSelector: 'app=ev' }))
      .items;
    await fake.evict(NS, first?.metadata?.name ?? '');
    await fake.until(
      () => status('ev').availableReplicas === 1 && fake.list('pods', NS).length === 2,
    );
    const pods = (await core.listNamespacedPod({ namespace: NS, labelSelector: 'app=ev' })).items;
    const evicted = pods.find((p) => p.metadata?.name === first?.metadata?.name);
    assert.equal(evicted?.status?.phase, 'Failed');
    assert.equal(evicted?.status?.reason, 'Evicted');
    assert.equal(evicted?.status?.podIP, first?.status?.podIP);
    assert.equal(evicted?.metadata?.deletionTimestamp, undefined);
    const slice = fake.get('endpointslices', NS, 'ev-fk8s');
    const ips = ((slice?.endpoints ?? []) as { addresses: string[] }[]).flatMap((e) => e.addresses);
    assert.deepEqual(ips, [pods.find((p) => p !== evicted)?.status?.podIP]);
  });

  it('Progressing=False ProgressDeadlineExceeded once no progress is made for the deadline', async () => {
    fake.script('pde:1', { neverReady: true });
    const body = deployment('pde', 'pde:1', { progressDeadlineSeconds: 1 });
    body.spec!.template.spec!.containers[0]!.image = 'pde:1';
    await apps.createNamespacedDeployment({ namespace: NS, body });
    await fake.until(() => condition('pde', 'Progressing')?.reason === 'ReplicaSetUpdated');
    await fake.until(() => condition('pde', 'Progressing')?.status === 'False', 3000);
    assert.match(
      condition('pde', 'Progressing')?.message ?? '',
      /^ReplicaSet "pde-\w+" has timed out progressing\.$/,
    );
  });

  it('a ResourceQuota refuses pods: FailedCreate event, ReplicaFailure=True on the Deployment', async () => {
    fake.seed('resourcequotas', {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'compute', namespace: NS, uid: '', resourceVersion: '' },
      // Exactly the pods running now: the evicted one (phase Failed) does not count.
      spec: { hard: { pods: String(running()) } },
    });
    await apps.createNamespacedDeployment({ namespace: NS, body: deployment('quota') });
    await fake.until(() => condition('quota', 'ReplicaFailure') !== undefined);
    assert.deepEqual(
      { ...condition('quota', 'ReplicaFailure'), message: undefined },
      { type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: undefined },
    );
    assert.match(
      condition('quota', 'ReplicaFailure')?.message ?? '',
      /^pods "quota-\w+-" is forbidden: exceeded quota: compute, requested: pods=1, used: pods=\d+, limited: pods=\d+$/,
    );
    const events = await core.listNamespacedEvent({
      namespace: NS,
      fieldSelector: 'involvedObject.kind=ReplicaSet',
    });
    assert.ok(events.items.some((e) => e.reason === 'FailedCreate' && e.type === 'Warning'));
  });

  it('a 429 carries Retry-After and details.retryAfterSeconds; a reset answers nothing', async () => {
    fake.fail({ method: 'GET', path: /\/pods$/, status: 429, retryAfterSeconds: 2 });
    const error = await core.listNamespacedPod({ namespace: NS }).catch((e: unknown) => e);
    assert.ok(error instanceof ApiException, String(error));
    assert.equal(error.code, 429);
    assert.equal((error.headers as Record<string, string>)['retry-after'], '2');
    const body = JSON.parse(String(error.body)) as { reason: string; details: unknown };
    assert.deepEqual([body.reason, body.details], ['TooManyRequests', { retryAfterSeconds: 2 }]);
    fake.fail({ method: 'GET', path: /\/pods$/, reset: true });
    const reset = await core.listNamespacedPod({ namespace: NS }).catch((e: unknown) => e);
    assert.ok(!(reset instanceof ApiException) && reset instanceof Error, String(reset));
    assert.equal((await core.listNamespacedPod({ namespace: NS })).kind, 'PodList');
  });
});
