import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deploy } from '../../src/rollout/blue-green.js';
import { rollback } from '../../src/rollout/rollback.js';
import { APP, digest, harness, NS, servedImage, type Harness } from './harness.js';

const selectorOf = (h: Harness, name: string): unknown =>
  (h.fake.get('services', NS, name)?.spec as { selector?: unknown } | undefined)?.selector;

const endpoints = (h: Harness, service: string): number =>
  (
    h.fake
      .list('endpointslices', NS)
      .find((s) => s.metadata.labels?.['kubernetes.io/service-name'] === service)?.endpoints as
      unknown[] | undefined
  )?.length ?? 0;

describe('a Service whose selector has keys Gantry does not manage', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.close());

  it('adopting it leaves exactly app+color, so the live Service reaches the new pods', async () => {
    // The app's Service from before Gantry, selecting on one more key than Gantry does.
    h.fake.seed('services', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: APP, namespace: NS, uid: '', resourceVersion: '' },
      spec: {
        selector: { app: APP, tier: 'web' },
        ports: [{ name: 'http', port: 80, targetPort: 8080 }],
      },
    });
    const report = await deploy(h.options({ image: digest(1) }), h.ports);
    assert.equal(report.outcome, 'bootstrapped');
    assert.deepEqual(selectorOf(h, APP), { app: APP, color: 'blue' });
    await h.fake.until(() => endpoints(h, APP) === 1);
    assert.equal(await servedImage(h.liveUrl), digest(1));
    assert.match(
      h.log.text(),
      /warning: Service web selects on tier=web as well: the switch removes/,
    );
  });

  it('keys added later to the live and preview Services are removed by the next switch', async () => {
    for (const name of [APP, `${APP}-preview`]) {
      await h.kube.patchService(NS, name, { spec: { selector: { tier: 'web' } } });
    }
    const report = await deploy(h.options({ image: digest(2) }), h.ports);
    assert.equal(report.outcome, 'deployed');
    assert.deepEqual(selectorOf(h, APP), { app: APP, color: 'green' });
    assert.deepEqual(selectorOf(h, `${APP}-preview`), { app: APP, color: 'green' });
    assert.equal(await servedImage(h.liveUrl), digest(2));
  });

  it('a rollback also sets the selector exactly', async () => {
    await h.kube.patchService(NS, APP, { spec: { selector: { tier: 'web' } } });
    const report = await rollback(h.options(), h.ports);
    assert.equal(report.outcome, 'rolled-back');
    assert.deepEqual(selectorOf(h, APP), { app: APP, color: 'blue' });
    assert.equal(await servedImage(h.liveUrl), digest(1));
  });
});
