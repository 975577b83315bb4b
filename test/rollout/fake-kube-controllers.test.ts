import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ApiException } from '@kubernetes/client-node';
import { startFakeKube, type FakeKube, type FakeKubeOptions } from '../support/fake-kube/index.js';
import { clientsFor, testDeployment as deployment } from '../support/fake-kube/clients.js';

const NS = 'ns';
const REVISION = 'deployment.kubernetes.io/revision';

/** The Deployment, ReplicaSet, EndpointSlice and pod controllers, seen through client-node. */
describe('fake Kubernetes: the controllers a real cluster runs', () => {
  let fake: FakeKube | undefined;
  const clients = async (options: FakeKubeOptions = {}) => {
    fake = await startFakeKube(options);
    return { fake, ...clientsFor(fake) };
  };
  afterEach(() => fake?.close());

  it('one ReplicaSet per template, controlled by the Deployment, revision-annotated, owning its pods', async () => {
    const { fake, apps, core } = await clients();
    const d = await apps.createNamespacedDeployment({
      namespace: NS,
      body: deployment('rs', 'rs:1'),
    });
    const replicaSets = async () =>
      (await apps.listNamespacedReplicaSet({ namespace: NS, labelSelector: 'app=rs' })).items;
    await fake.until(() =>
      fake.list('pods', NS).some((p) => p.metadata.labels?.['pod-template-hash']),
    );
    const [first] = await replicaSets();
    const hash = first?.metadata?.labels?.['pod-template-hash'] ?? '';
    assert.equal(first?.metadata?.name, `rs-${hash}`);
    assert.deepEqual(first?.spec?.selector?.matchLabels, { app: 'rs', 'pod-template-hash': hash });
    assert.equal(first?.metadata?.annotations?.[REVISION], '1');
    assert.deepEqual(
      first?.metadata?.ownerReferences?.map((o) => [o.kind, o.name, o.uid, o.controller]),
      [['Deployment', 'rs', d.metadata?.uid, true]],
    );
    const [pod] = (await core.listNamespacedPod({ namespace: NS, labelSelector: 'app=rs' })).items;
    assert.equal(pod?.metadata?.ownerReferences?.[0]?.uid, first?.metadata?.uid);
    assert.equal(pod?.metadata?.ownerReferences?.[0]?.controller, true);

    await apps.patchNamespacedDeployment({
      namespace: NS,
      name: 'rs',
      body: [{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'rs:2' }],
    });
    await fake.until(() => fake.list('replicasets', NS).length === 2);
    await fake.until(
      () => fake.get('deployments', NS, 'rs')?.metadata.annotations?.[REVISION] === '2',
    );
    const byRevision = (await replicaSets()).map((rs) => [
      rs.metadata?.annotations?.[REVISION],
      rs.spec?.replicas,
      rs.spec?.template?.spec?.containers[0]?.image,
    ]);
    assert.deepEqual(byRevision.sort(), [
      ['1', 0, 'rs:1'],
      ['2', 1, 'rs:2'],
    ]);

    await apps.deleteNamespacedDeployment({ namespace: NS, name: 'rs' });
    await fake.until(() => fake.list('replicasets', NS).length === 0);
  });

  it('a mutating webhook rewrites the pod image, not the Deployment nor the ReplicaSet', async () => {
    const { fake, apps, core } = await clients({ podImageWebhook: (i) => `mirror.example/${i}` });
    await apps.createNamespacedDeployment({ namespace: NS, body: deployment('wh', 'wh:1') });
    await fake.until(
      () => (fake.list('pods', NS)[0]?.status as { phase?: string })?.phase === 'Running',
    );
    const [pod] = (await core.listNamespacedPod({ namespace: NS })).items;
    assert.equal(pod?.spec?.containers[0]?.image, 'mirror.example/wh:1');
    assert.equal(pod?.status?.containerStatuses?.[0]?.image, 'mirror.example/wh:1');
    const [rs] = (await apps.listNamespacedReplicaSet({ namespace: NS })).items;
    assert.equal(rs?.spec?.template?.spec?.containers[0]?.image, 'wh:1');
  });

  it('dual-stack: podIPs of both families, one EndpointSlice per family of a PreferDualStack Service', async () => {
    const { fake, apps, core, discovery } = await clients({ dualStack: true });
    await apps.createNamespacedDeployment({ namespace: NS, body: deployment('ds', 'ds:1') });
    const svc = await core.createNamespacedService({
      namespace: NS,
      body: {
        metadata: { name: 'ds' },
        spec: { ipFamilyPolicy: 'PreferDualStack', selector: { app: 'ds' }, ports: [{ port: 80 }] },
      },
    });
    assert.deepEqual(svc.spec?.ipFamilies, ['IPv4', 'IPv6']);
    assert.equal(svc.spec?.clusterIPs?.length, 2);
    const single = await core.createNamespacedService({
      namespace: NS,
      body: {
        metadata: { name: 'ds-single' },
        spec: { selector: { app: 'ds' }, ports: [{ port: 80 }] },
      },
    });
    assert.equal(single.spec?.ipFamilyPolicy, 'SingleStack');
    assert.deepEqual(single.spec?.ipFamilies, ['IPv4']);
    await fake.until(() => fake.list('endpointslices', NS).length === 3);
    await fake.until(() => fake.list('pods', NS).some((p) => fake?.controller.isReady(p)));
    const [pod] = (await core.listNamespacedPod({ namespace: NS })).items;
    const [v4, v6] = pod?.status?.podIPs?.map((p) => p.ip) ?? [];
    assert.equal(pod?.status?.podIP, v4);
    assert.match(v6 ?? '', /:/);
    const slices = async (service: string) =>
      (
        await discovery.listNamespacedEndpointSlice({
          namespace: NS,
          labelSelector: `kubernetes.io/service-name=${service}`,
        })
      ).items
        .map((s) => [s.addressType, (s.endpoints ?? []).flatMap((e) => e.addresses)])
        .sort();
    await fake.until(() => JSON.stringify(fake?.list('endpointslices', NS)).includes(v6 ?? '?'));
    assert.deepEqual(await slices('ds'), [
      ['IPv4', [v4]],
      ['IPv6', [v6]],
    ]);
    assert.deepEqual(await slices('ds-single'), [['IPv4', [v4]]]);
  });

  it('RequireDualStack is refused on a single-stack cluster; PreferDualStack gets IPv4 only', async () => {
    const { core } = await clients();
    const body = (name: string, ipFamilyPolicy: string) => ({
      metadata: { name },
      spec: { ipFamilyPolicy, selector: { app: name }, ports: [{ port: 80 }] },
    });
    await assert.rejects(
      core.createNamespacedService({ namespace: NS, body: body('req', 'RequireDualStack') }),
      (e: unknown) => e instanceof ApiException && e.code === 422,
    );
    const prefer = await core.createNamespacedService({
      namespace: NS,
      body: body('pref', 'PreferDualStack'),
    });
    assert.deepEqual(prefer.spec?.ipFamilies, ['IPv4']);
  });
});
