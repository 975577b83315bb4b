import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deploy } from '../../src/rollout/blue-green.js';
import { rollback } from '../../src/rollout/rollback.js';
import { APP, digest, harness, NS, servedImage, type Harness } from './harness.js';

const MIRROR = 'mirror.internal.example/';
const podImages = (h: Harness, color: string): string[] =>
  h.fake
    .list('pods', NS)
    .filter((p) => p.metadata.labels?.color === color && !p.metadata.deletionTimestamp)
    .map((p) => (p.spec as { containers: { image: string }[] }).containers[0]?.image ?? '');

describe('a mutating webhook rewrites pod images (registry mirror)', () => {
  let h: Harness;
  before(async () => {
    h = await harness({ podImageWebhook: (image) => `${MIRROR}${image}` });
  });
  after(() => h.close());

  it('the new pods are found through their ReplicaSet: the deploy is ready and switches', async () => {
    const first = await deploy(h.options({ image: digest(1) }), h.ports);
    assert.equal(first.outcome, 'bootstrapped');
    assert.deepEqual(podImages(h, 'blue'), [`${MIRROR}${digest(1)}`], 'the webhook rewrote it');
    const second = await deploy(h.options({ image: digest(2), run: { id: 'run-2' } }), h.ports);
    assert.equal(second.outcome, 'deployed');
    assert.equal(await servedImage(h.liveUrl), digest(2));
  });

  it('a rerun of the live digest is a no-op', async () => {
    const report = await deploy(h.options({ image: digest(2), run: { id: 'run-3' } }), h.ports);
    assert.equal(report.changed, false);
    assert.match(h.log.text(), /is already live on green: nothing to do/);
  });

  it('a cold rollback waits for the mirrored pods and flips', async () => {
    const report = await rollback(h.options({ run: { id: 'rb-1' } }), h.ports);
    assert.equal(report.outcome, 'rolled-back');
    assert.ok(report.phases.some((p) => /Scale web-blue up/.test(p.name)));
    assert.equal(await servedImage(h.liveUrl), digest(1));
  });

  it('a Deployment whose template someone else changed is not "already live"', async () => {
    await h.kube.patchDeployment(NS, `${APP}-blue`, {
      spec: { template: { spec: { containers: [{ name: 'app', image: digest(9) }] } } },
    });
    const report = await deploy(h.options({ image: digest(1), run: { id: 'run-4' } }), h.ports);
    assert.equal(report.changed, true);
    assert.match(
      h.log.text(),
      new RegExp(`recorded live on blue but Deployment web-blue runs ${digest(9)}, not`),
    );
    assert.equal(await servedImage(h.liveUrl), digest(1));
  });
});

describe('a dual-stack cluster and a PreferDualStack live Service', () => {
  let h: Harness;
  before(async () => {
    h = await harness({ dualStack: true });
    await h.kube.createService(NS, {
      metadata: { name: APP, namespace: NS },
      spec: {
        ipFamilyPolicy: 'PreferDualStack',
        selector: { app: APP },
        ports: [{ name: 'http', port: 80, targetPort: 8080 }],
      },
    });
  });
  after(() => h.close());

  it('the live Service has an IPv4 and an IPv6 slice, and a rerun is a no-op', async () => {
    const first = await deploy(h.options({ image: digest(1) }), h.ports);
    assert.equal(first.outcome, 'bootstrapped');
    const families = h.fake
      .list('endpointslices', NS)
      .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === APP)
      .map((s) => s.addressType)
      .sort();
    assert.deepEqual(families, ['IPv4', 'IPv6']);
    const again = await deploy(h.options({ image: digest(1), run: { id: 'run-2' } }), h.ports);
    assert.equal(again.changed, false, h.log.text());
    assert.equal(h.fake.get('deployments', NS, `${APP}-green`), undefined, 'nothing deployed');
  });

  it('a switch waits for both families of endpoints', async () => {
    const report = await deploy(h.options({ image: digest(2), run: { id: 'run-3' } }), h.ports);
    assert.equal(report.outcome, 'deployed');
    assert.equal(await servedImage(h.liveUrl), digest(2));
    const again = await deploy(h.options({ image: digest(2), run: { id: 'run-4' } }), h.ports);
    assert.equal(again.changed, false);
  });
});
