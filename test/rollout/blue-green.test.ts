import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deploy } from '../../src/rollout/blue-green.js';
import { isRolloutFailure } from '../../src/rollout/failure.js';
import { annotations, APP, digest, harness, NS, servedImage, type Harness } from './harness.js';

describe('blue-green deploy against the fake cluster', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.close());

  it('bootstraps: first deploy creates blue and points the Service at it (not a switch)', async () => {
    const report = await deploy(h.options({ image: digest(1) }), h.ports);
    assert.equal(report.outcome, 'bootstrapped');
    assert.equal(report.activeColor, 'blue');
    assert.equal(report.previousColor, undefined);
    assert.equal(await servedImage(h.liveUrl), digest(1));
    const a = annotations(h.fake);
    assert.equal(a['gantry.dev/active'], 'blue');
    assert.equal(a['gantry.dev/image-blue'], digest(1));
    assert.equal(a['gantry.dev/lease'], undefined, 'lease released');
  });

  it('switches to green once it is ready and smoke-tested, keeping blue', async () => {
    const report = await deploy(h.options({ image: digest(2), run: { id: 'run-2' } }), h.ports);
    assert.equal(report.outcome, 'deployed');
    assert.equal(report.activeColor, 'green');
    assert.equal(report.previousColor, 'blue');
    assert.equal(await servedImage(h.liveUrl), digest(2));
    assert.deepEqual(h.fake.get('services', NS, APP)?.spec, {
      ...(h.fake.get('services', NS, APP)?.spec as object),
      selector: { app: APP, color: 'green' },
    });
    assert.ok(report.phases.every((p) => p.ok));
    assert.ok(report.switchMs !== undefined);
  });

  it('a rerun of the live digest changes nothing', async () => {
    const before = h.fake.get('services', NS, APP)?.metadata.annotations;
    const report = await deploy(h.options({ image: digest(2), run: { id: 'run-3' } }), h.ports);
    assert.equal(report.outcome, 'deployed');
    assert.equal(report.changed, false);
    const afterA = h.fake.get('services', NS, APP)?.metadata.annotations;
    assert.equal(afterA?.['gantry.dev/switched-at'], before?.['gantry.dev/switched-at']);
    assert.equal(afterA?.['gantry.dev/active'], 'green');
  });

  it('never ready: aborts, live untouched, idle scaled to zero, events in the error', async () => {
    h.fake.script(digest(3), { neverReady: true });
    const error = await deploy(h.options({ image: digest(3), readyTimeoutMs: 600 }), h.ports).catch(
      (e: unknown) => e,
    );
    assert.ok(isRolloutFailure(error), String(error));
    assert.equal(error.report.outcome, 'aborted-not-ready');
    assert.match(error.message, /web-blue did not become ready/);
    assert.ok(
      error.report.diagnostics.some((l) => /Unhealthy.*Readiness probe failed/.test(l)),
      error.report.diagnostics.join('\n'),
    );
    assert.equal(await servedImage(h.liveUrl), digest(2));
    assert.equal(
      (h.fake.get('deployments', NS, `${APP}-blue`)?.spec as { replicas: number }).replicas,
      0,
    );
    assert.equal(annotations(h.fake)['gantry.dev/active'], 'green');
  });
});

describe('blue-green deploy: failures before and after the switch', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
    await deploy(h.options({ image: digest(1) }), h.ports);
    await deploy(h.options({ image: digest(2) }), h.ports);
  });
  after(() => h.close());

  it('smoke failure through the preview aborts (aborted-smoke), live untouched', async () => {
    h.fake.script(digest(4), { paths: { '/health': 503 } });
    const error = await deploy(h.options({ image: digest(4) }), h.ports).catch((e: unknown) => e);
    assert.ok(isRolloutFailure(error), String(error));
    assert.equal(error.report.outcome, 'aborted-smoke');
    assert.match(error.message, /Smoke test of blue failed: GET .*\/health → 503/);
    assert.equal(await servedImage(h.liveUrl), digest(2));
    assert.equal(
      (h.fake.get('deployments', NS, `${APP}-blue`)?.spec as { replicas: number }).replicas,
      0,
    );
  });

  it('a smoke command gets PREVIEW_URL and its failure aborts', async () => {
    const ok = await deploy(
      h.options({
        image: digest(6),
        smoke: {
          path: '/',
          expectStatus: 200,
          retries: 0,
          timeoutMs: 5000,
          command: `node -e "fetch(process.env.PREVIEW_URL + '/health').then((r) => process.exit(r.ok ? 0 : 1))"`,
        },
      }),
      h.ports,
    );
    assert.equal(ok.outcome, 'deployed');
    const error = await deploy(
      h.options({
        image: digest(7),
        smoke: {
          path: '/',
          expectStatus: 200,
          retries: 0,
          timeoutMs: 5000,
          command: 'echo "checking $PREVIEW_URL"; exit 3',
        },
      }),
      h.ports,
    ).catch((e: unknown) => e);
    assert.ok(isRolloutFailure(error), String(error));
    assert.equal(error.report.outcome, 'aborted-smoke');
    assert.match(error.message, /exited 3: checking http:\/\/127\.0\.0\.1:\d+/);
  });

  it('verification failure after the switch reverts with one patch and marks the color failed', async () => {
    const live = await servedImage(h.liveUrl);
    const liveColor = annotations(h.fake)['gantry.dev/active'];
    h.fake.script(digest(5), { paths: { '/health': 500 } });
    const patchesBefore = h.fake.requests.filter(
      (r) => r.method === 'PATCH' && r.path.endsWith(`/services/${APP}`),
    ).length;
    const error = await deploy(
      h.options({
        image: digest(5),
        smoke: { path: '/smoke', expectStatus: 200, retries: 0, timeoutMs: 2000 },
      }),
      h.ports,
    ).catch((e: unknown) => e);
    assert.ok(isRolloutFailure(error), String(error));
    assert.equal(error.report.outcome, 'reverted-after-switch');
    assert.ok((error.report.rollbackMs ?? -1) >= 0);
    assert.equal(await servedImage(h.liveUrl), live, 'traffic is back on the old color');
    const a = annotations(h.fake);
    const failedColor = liveColor === 'blue' ? 'green' : 'blue';
    assert.equal(a['gantry.dev/active'], liveColor);
    assert.equal(a[`gantry.dev/failed-${failedColor}`], digest(5));
    assert.equal(a['gantry.dev/previous'], failedColor);
    // lease, switch, revert, lease release: the switch and the revert are one patch each.
    const patches = h.fake.requests.filter(
      (r) => r.method === 'PATCH' && r.path.endsWith(`/services/${APP}`),
    ).length;
    assert.equal(patches - patchesBefore, 4);
  });

  it('a mutable tag is refused before any API call', async () => {
    const count = h.fake.requests.length;
    await assert.rejects(
      deploy(h.options({ image: 'registry.example/shop/web:latest' }), h.ports),
      (e: Error & { reason?: string }) => {
        assert.equal(e.reason, 'mutable-tag');
        assert.match(e.message, /mutable tag, not a digest/);
        return true;
      },
    );
    assert.equal(h.fake.requests.length, count);
  });

  it('never edits a selector: every write kept it, and a foreign selector is refused', async () => {
    assert.equal(h.fake.requests.filter((r) => r.status === 422).length, 0);
    for (const color of ['blue', 'green']) {
      const d = h.fake.get('deployments', NS, `${APP}-${color}`);
      assert.deepEqual((d?.spec as { selector: unknown }).selector, {
        matchLabels: { app: APP, color },
      });
    }
    h.fake.seed('deployments', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api-blue', namespace: NS, uid: '', resourceVersion: '', generation: 1 },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'api' } },
        template: {
          metadata: { labels: { app: 'api' } },
          spec: { containers: [{ name: 'app', image: digest(9) }] },
        },
      },
    });
    const error = await deploy(h.options({ app: 'api', image: digest(8) }), h.ports).catch(
      (e: unknown) => e,
    );
    assert.match(String((error as Error).message), /api-blue exists with selector .*"app":"api"/);
    const d = h.fake.get('deployments', NS, 'api-blue');
    assert.deepEqual((d?.spec as { selector: unknown }).selector, { matchLabels: { app: 'api' } });
  });
});
