import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deploy } from '../../src/rollout/blue-green.js';
import { rollback } from '../../src/rollout/rollback.js';
import { formatStatus, readStatus } from '../../src/rollout/status.js';
import { annotations, APP, digest, harness, NS, servedImage, type Harness } from './harness.js';

const replicasOf = (h: Harness, color: string): number =>
  (h.fake.get('deployments', NS, `${APP}-${color}`)?.spec as { replicas: number }).replicas;

describe('rollback', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
    await deploy(h.options({ image: digest(1) }), h.ports);
  });
  after(() => h.close());

  it('is refused when there is no previous color (bootstrap only)', async () => {
    await assert.rejects(
      rollback(h.options({ run: { id: 'rb-0' } }), h.ports),
      (e: Error & { reason?: string }) => {
        assert.equal(e.reason, 'no-previous');
        assert.match(e.message, /no known-good previous color/);
        return true;
      },
    );
    assert.equal(
      annotations(h.fake)['gantry.dev/lease'],
      undefined,
      'lease released after refusal',
    );
  });

  it('warm: during the rollback window it is one patch back to the previous color', async () => {
    const deploying = deploy(h.options({ image: digest(2), rollbackWindowMs: 1500 }), h.ports);
    await h.fake.until(
      () =>
        annotations(h.fake)['gantry.dev/active'] === 'green' &&
        !annotations(h.fake)['gantry.dev/lease'],
      5000,
    );
    assert.equal(replicasOf(h, 'blue'), 1, 'blue still warm');
    const patchesBefore = h.fake.requests.filter((r) => r.method === 'PATCH').length;
    const report = await rollback(h.options({ run: { id: 'rb-1' } }), h.ports);
    assert.equal(report.outcome, 'rolled-back');
    assert.equal(report.activeColor, 'blue');
    assert.equal(report.image, digest(1));
    assert.ok((report.rollbackMs ?? 99999) < 2000, `rollback took ${report.rollbackMs} ms`);
    assert.equal(await servedImage(h.liveUrl), digest(1));
    // Exactly one write moved traffic: the selector patch of the live Service.
    const flips = h.fake.requests
      .filter((r) => r.method === 'PATCH')
      .slice(patchesBefore)
      .filter((r) => r.path.endsWith(`/services/${APP}`) && r.body?.includes('"selector"'));
    assert.equal(flips.length, 1);
    assert.match(flips[0]?.body ?? '', /"color":"blue"/);
    const deployed = await deploying;
    assert.equal(deployed.outcome, 'deployed');
    assert.equal(replicasOf(h, 'blue'), 1, 'the deploy run left the rolled-back-to color alone');
    await h.fake.until(() => replicasOf(h, 'green') === 0);
  });

  it('cold: scales the previous color up, waits for readiness, then flips', async () => {
    assert.equal(replicasOf(h, 'green'), 0);
    const report = await rollback(h.options({ run: { id: 'rb-2' } }), h.ports);
    assert.equal(report.outcome, 'rolled-back');
    assert.equal(report.activeColor, 'green');
    assert.ok(report.phases.some((p) => /Scale web-green up/.test(p.name)));
    assert.ok(report.phases.some((p) => /Wait until web-green is ready/.test(p.name)));
    assert.equal(await servedImage(h.liveUrl), digest(2));
    const status = await readStatus(h.kube, NS, APP);
    assert.equal(status.active, 'green');
    assert.equal(status.previous, 'blue');
    assert.equal(status.switchedBy, 'rollback');
    assert.match(formatStatus(status), /^green +active +1\/1 +.*0002$/m);
    assert.deepEqual(
      status.colors.map((c) => [c.color, c.role, c.image]),
      [
        ['blue', 'previous', digest(1)],
        ['green', 'active', digest(2)],
      ],
    );
  });

  it('a re-run of the same workflow run does not flip again', async () => {
    const run = { id: 'o/r#77.1', url: 'https://github.com/o/r/actions/runs/77' };
    const first = await rollback(h.options({ run }), h.ports);
    assert.equal(first.changed, true);
    const live = await servedImage(h.liveUrl);
    const again = await rollback(h.options({ run: { ...run, id: 'o/r#77.2' } }), h.ports);
    assert.equal(again.outcome, 'rolled-back');
    assert.equal(again.changed, false);
    assert.equal(again.activeColor, first.activeColor);
    assert.equal(await servedImage(h.liveUrl), live);
    // Put traffic back where the next test expects it (green, digest 2).
    await rollback(h.options({ run: { id: 'rb-back' } }), h.ports);
    assert.equal(await servedImage(h.liveUrl), digest(2));
  });

  it('is refused onto a color marked failed', async () => {
    h.fake.script(digest(3), { paths: { '/health': 500 } });
    await deploy(
      h.options({
        image: digest(3),
        smoke: { path: '/smoke', expectStatus: 200, retries: 0, timeoutMs: 2000 },
      }),
      h.ports,
    ).catch(() => undefined);
    assert.equal(annotations(h.fake)['gantry.dev/failed-blue'], digest(3));
    await assert.rejects(
      rollback(h.options({ run: { id: 'rb-3' } }), h.ports),
      (e: Error & { reason?: string }) => {
        assert.equal(e.reason, 'previous-failed');
        assert.match(e.message, /Refusing to roll back web onto blue: it is marked failed/);
        return true;
      },
    );
    assert.equal(await servedImage(h.liveUrl), digest(2));
    const status = await readStatus(h.kube, NS, APP);
    assert.equal(status.colors.find((c) => c.color === 'blue')?.failed, digest(3));
  });
});

describe('rollback onto a previous color that readiness calls stuck', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
    await deploy(h.options({ image: digest(1) }), h.ports);
  });
  after(() => h.close());

  it('a paused previous color is refused, left scaled, and traffic stays', async () => {
    const deploying = deploy(h.options({ image: digest(2), rollbackWindowMs: 2000 }), h.ports);
    await h.fake.until(
      () =>
        annotations(h.fake)['gantry.dev/active'] === 'green' &&
        !annotations(h.fake)['gantry.dev/lease'],
      5000,
    );
    await h.kube.patchDeployment(NS, `${APP}-blue`, { spec: { paused: true } });
    await assert.rejects(
      rollback(h.options({ run: { id: 'rb-paused' } }), h.ports),
      (e: Error & { reason?: string }) => {
        assert.equal(e.reason, 'previous-stuck');
        assert.match(
          e.message,
          /^Refusing to roll back web onto blue: Deployment web-blue was paused/,
        );
        return true;
      },
    );
    assert.equal(replicasOf(h, 'blue'), 1, 'not scaled to zero by the refusal');
    assert.equal(await servedImage(h.liveUrl), digest(2));
    assert.equal(annotations(h.fake)['gantry.dev/active'], 'green');
    await deploying;
  });
});
