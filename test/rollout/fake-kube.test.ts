import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ApiException,
  type AppsV1Api,
  type CoreV1Api,
  PatchStrategy,
  setHeaderOptions,
  type V1Deployment,
} from '@kubernetes/client-node';
import { mergePatch, jsonPatch, strategicMergePatch } from '../support/fake-kube/patch.js';
import { parseSelector } from '../support/fake-kube/selectors.js';
import { startFakeKube, type FakeKube } from '../support/fake-kube/index.js';
import { clientsFor } from '../support/fake-kube/clients.js';

const deployment = (name: string, image: string): V1Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'app', image }] },
    },
  },
});

async function status(
  promise: Promise<unknown>,
): Promise<{ code: number; body: { reason?: string; message?: string } }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ApiException, String(error));
    return {
      code: error.code,
      body: JSON.parse(String(error.body)) as { reason?: string; message?: string },
    };
  }
  throw new Error('expected an API error');
}

describe('fake Kubernetes API, through @kubernetes/client-node', () => {
  let fake: FakeKube;
  let apps: AppsV1Api;
  let core: CoreV1Api;
  before(async () => {
    fake = await startFakeKube();
    ({ apps, core } = clientsFor(fake));
  });
  after(() => fake.close());

  it('creates, bumps resourceVersion and generation, and the controller catches up', async () => {
    const created = await apps.createNamespacedDeployment({
      namespace: 'ns',
      body: deployment('a', 'img:1'),
    });
    assert.equal(created.metadata?.generation, 1);
    const patched = await apps.patchNamespacedDeployment(
      { namespace: 'ns', name: 'a', body: { spec: { replicas: 3 } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    assert.equal(patched.metadata?.generation, 2);
    assert.ok(
      Number(patched.metadata?.resourceVersion) > Number(created.metadata?.resourceVersion),
    );
    await fake.until(() => {
      const d = fake.get('deployments', 'ns', 'a');
      const s = d?.status as
        { observedGeneration?: number; availableReplicas?: number } | undefined;
      return s?.observedGeneration === 2 && s.availableReplicas === 3;
    });
    const pods = await core.listNamespacedPod({ namespace: 'ns', labelSelector: 'app=a' });
    assert.equal(pods.items.filter((p) => !p.metadata?.deletionTimestamp).length, 3);
    assert.ok(pods.items.every((p) => p.status?.podIP?.startsWith('10.244.')));
  });

  it('answers Status objects: 404, 409 AlreadyExists, 409 Conflict, 422 immutable selector', async () => {
    const missing = await status(apps.readNamespacedDeployment({ namespace: 'ns', name: 'nope' }));
    assert.deepEqual(
      [missing.code, missing.body.reason, missing.body.message],
      [404, 'NotFound', 'deployments.apps "nope" not found'],
    );
    const exists = await status(
      apps.createNamespacedDeployment({ namespace: 'ns', body: deployment('a', 'img:1') }),
    );
    assert.deepEqual([exists.code, exists.body.reason], [409, 'AlreadyExists']);
    const current = await apps.readNamespacedDeployment({ namespace: 'ns', name: 'a' });
    await apps.replaceNamespacedDeployment({
      namespace: 'ns',
      name: 'a',
      body: { ...current, metadata: { ...current.metadata, annotations: { touched: '1' } } },
    });
    const stale = await status(
      apps.replaceNamespacedDeployment({ namespace: 'ns', name: 'a', body: current }),
    );
    assert.equal(stale.code, 409);
    assert.match(stale.body.message ?? '', /the object has been modified/);
    // The replace dropped the controller's revision annotation; it puts it back (one more write).
    await fake.until(
      () =>
        fake.get('deployments', 'ns', 'a')?.metadata.annotations?.[
          'deployment.kubernetes.io/revision'
        ] !== undefined,
    );
    const fresh = await apps.readNamespacedDeployment({ namespace: 'ns', name: 'a' });
    const edited = {
      ...fresh,
      spec: {
        ...fresh.spec!,
        selector: { matchLabels: { app: 'b' } },
        template: { ...fresh.spec!.template, metadata: { labels: { app: 'b' } } },
      },
    };
    const immutable = await status(
      apps.replaceNamespacedDeployment({ namespace: 'ns', name: 'a', body: edited }),
    );
    assert.equal(immutable.code, 422);
    assert.match(
      immutable.body.message ?? '',
      /spec\.selector: Invalid value: .*field is immutable/,
    );
  });

  it('applies JSON patch (client-node default), merge and strategic merge patches; serves /scale', async () => {
    await apps.patchNamespacedDeployment({
      namespace: 'ns',
      name: 'a',
      body: [{ op: 'replace', path: '/spec/replicas', value: 1 }],
    });
    assert.equal(
      (await apps.readNamespacedDeployment({ namespace: 'ns', name: 'a' })).spec?.replicas,
      1,
    );
    await apps.patchNamespacedDeployment(
      {
        namespace: 'ns',
        name: 'a',
        body: { spec: { template: { spec: { containers: [{ name: 'app', image: 'img:2' }] } } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    const d = await apps.readNamespacedDeployment({ namespace: 'ns', name: 'a' });
    assert.equal(d.spec?.template.spec?.containers[0]?.image, 'img:2');
    assert.equal(
      (await apps.readNamespacedDeploymentScale({ namespace: 'ns', name: 'a' })).spec?.replicas,
      1,
    );
    // The fake's controller writes the Deployment's status concurrently, as a real one does, so
    // a read-modify-write of /scale may meet 409 Conflict: re-read and retry, like kubectl.
    for (let attempt = 1; ; attempt++) {
      const scale = await apps.readNamespacedDeploymentScale({ namespace: 'ns', name: 'a' });
      try {
        await apps.replaceNamespacedDeploymentScale({
          namespace: 'ns',
          name: 'a',
          body: { ...scale, spec: { replicas: 0 } },
        });
        break;
      } catch (error) {
        if ((error as { code?: number }).code !== 409 || attempt >= 5) throw error;
      }
    }
    assert.equal(
      (await apps.readNamespacedDeployment({ namespace: 'ns', name: 'a' })).spec?.replicas,
      0,
    );
  });

  it('filters events by field selector and injects faults', async () => {
    const events = await core.listNamespacedEvent({
      namespace: 'ns',
      fieldSelector: 'involvedObject.kind=Deployment,involvedObject.name=a',
    });
    assert.ok(events.items.length > 0);
    assert.ok(
      events.items.every((e) => e.involvedObject.name === 'a' && e.reason === 'ScalingReplicaSet'),
    );
    fake.fail({ method: 'GET', path: /deployments\/a$/, status: 500, message: 'boom' });
    const failed = await status(apps.readNamespacedDeployment({ namespace: 'ns', name: 'a' }));
    assert.deepEqual([failed.code, failed.body.message], [500, 'boom']);
    await apps.readNamespacedDeployment({ namespace: 'ns', name: 'a' });
  });

  it('patch and selector semantics match the API server', () => {
    assert.deepEqual(mergePatch({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { b: null }, l: [3] }), {
      a: { c: 2 },
      l: [3],
    });
    assert.deepEqual(
      strategicMergePatch(
        {
          containers: [
            { name: 'app', image: '1' },
            { name: 's', image: 'x' },
          ],
        },
        { containers: [{ name: 'app', image: '2' }] },
      ),
      {
        containers: [
          { name: 'app', image: '2' },
          { name: 's', image: 'x' },
        ],
      },
    );
    assert.deepEqual(jsonPatch({ a: [1] }, [{ op: 'add', path: '/a/-', value: 2 }]), { a: [1, 2] });
    assert.throws(() => jsonPatch({}, [{ op: 'replace', path: '/x', value: 1 }]), /does not exist/);
    const sel = parseSelector('app=web,color in (blue,green),!canary,tier!=db');
    assert.equal(sel({ app: 'web', color: 'blue' }), true);
    assert.equal(sel({ app: 'web', color: 'red' }), false);
    assert.equal(sel({ app: 'web', color: 'blue', canary: 'y' }), false);
    assert.equal(sel({ app: 'web', color: 'blue', tier: 'db' }), false);
  });
});
