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
