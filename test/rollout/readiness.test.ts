import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { deploy } from '../../src/rollout/blue-green.js';
import { isRolloutFailure, type RolloutFailure } from '../../src/rollout/failure.js';
import { defaultTemplate } from '../../src/rollout/manifests.js';
import { annotations, APP, digest, harness, NS, servedImage, type Harness } from './harness.js';

/** The built-in template with extra Deployment spec fields (YAML lines under `spec:`). */
function templateWith(specLines: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gantry-template-')), 'web.yaml');
  writeFileSync(
    file,
    defaultTemplate('/health').replace(
      'replicas: {{replicas}}',
      `replicas: {{replicas}}\n  ${specLines}`,
    ),
  );
  return file;
}

async function failure(promise: Promise<unknown>): Promise<RolloutFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(isRolloutFailure(error), `expected a RolloutFailure, got ${String(error)}`);
  return error;
}

const phaseOf = (h: Harness, name: string): string | undefined =>
  (h.fake.get('pods', NS, name)?.status as { phase?: string } | undefined)?.phase;

describe('readiness against cluster states a real cluster produces', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.close());

  it('a pod evicted during the wait does not hold the rollout: its replacement counts', async () => {
    h.fake.script(digest(1), { readyAfterMs: 300 });
    const rollout = deploy(h.options({ image: digest(1), readyTimeoutMs: 5000 }), h.ports);
    await h.fake.until(() => h.fake.list('pods', NS).some((p) => p.status !== undefined));
    const first = h.fake.list('pods', NS)[0]?.metadata.name ?? '';
    await h.fake.evict(NS, first);
    const report = await rollout;
    assert.equal(report.outcome, 'bootstrapped');
    assert.equal(await servedImage(h.liveUrl), digest(1));
    assert.equal(phaseOf(h, first), 'Failed', 'the evicted pod is still listed with the labels');
  });

  it('a live pod evicted later: a rerun of the live digest is still a no-op', async () => {
    const running = h.fake.list('pods', NS).find((p) => phaseOf(h, p.metadata.name) === 'Running');
    await h.fake.evict(NS, running?.metadata.name ?? '');
    // The ReplicaSet replaces it; wait until the replacement serves and the status says so.
    await h.fake.until(() => {
      const d = h.fake.get('deployments', NS, `${APP}-blue`);
      const replacement = h.fake
        .list('pods', NS)
        .find((p) => p.metadata.name !== running?.metadata.name && h.fake.controller.isReady(p));
      const slice = h.fake.get('endpointslices', NS, `${APP}-fk8s`);
      const ips = ((slice?.endpoints ?? []) as { addresses: string[] }[]).flatMap(
        (e) => e.addresses,
      );
      const ip = (replacement?.status as { podIP?: string } | undefined)?.podIP;
      return (
        Boolean(ip && ips.includes(ip)) &&
        JSON.stringify(d?.status).includes('"availableReplicas":1')
      );
    });
    const report = await deploy(h.options({ image: digest(1), run: { id: 'run-2' } }), h.ports);
    assert.equal(report.changed, false);
    assert.equal(h.fake.get('deployments', NS, `${APP}-green`), undefined, 'nothing deployed');
  });

  it('ProgressDeadlineExceeded fails at once, naming the deadline, not at the ready timeout', async () => {
    h.fake.script(digest(2), { neverReady: true });
    const started = Date.now();
    const error = await failure(
      deploy(
        h.options({
          image: digest(2),
          manifests: templateWith('progressDeadlineSeconds: 1'),
          readyTimeoutMs: 30_000,
        }),
        h.ports,
      ),
    );
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
    assert.equal(error.report.outcome, 'aborted-not-ready');
    assert.match(
      error.message,
      /^deployment web-green exceeded its progress deadline \(progressDeadlineSeconds: 1\): ReplicaSet "web-green-\w+" has timed out progressing\.$/,
    );
    assert.ok(
      error.report.diagnostics.some((l) => /Progressing=False ProgressDeadlineExceeded/.test(l)),
      error.report.diagnostics.join('\n'),
    );
    assert.equal(await servedImage(h.liveUrl), digest(1), 'live untouched');
  });

  it('a paused template is refused before any API call', async () => {
    const count = h.fake.requests.length;
    await assert.rejects(
      deploy(h.options({ image: digest(3), manifests: templateWith('paused: true') }), h.ports),
      (e: Error & { reason?: string }) => {
        assert.equal(e.reason, 'bad-manifests');
        assert.match(e.message, /sets spec\.paused: true, so it would never roll out/);
        return true;
      },
    );
    assert.equal(h.fake.requests.length, count);
  });

  it('the color scaled to zero during the wait fails at once with a clear message', async () => {
    h.fake.script(digest(4), { readyAfterMs: 60_000 });
    const started = Date.now();
    const rollout = failure(
      deploy(h.options({ image: digest(4), readyTimeoutMs: 30_000 }), h.ports),
    );
    // Once Gantry has applied the color with the new image and its pod exists, someone (or an
    // autoscaler) scales it to zero.
    await h.fake.until(() => {
      const d = h.fake.get('deployments', NS, `${APP}-green`);
      const applied = JSON.stringify(d?.spec).includes(digest(4));
      return applied && (d?.status as { replicas?: number } | undefined)?.replicas === 1;
    });
    await h.kube.patchDeployment(NS, `${APP}-green`, { spec: { replicas: 0 } });
    const error = await rollout;
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
    assert.equal(error.report.outcome, 'aborted-not-ready');
    assert.match(
      error.message,
      /Deployment web-green was scaled to 0 replicas while Gantry waited/,
    );
    assert.equal(annotations(h.fake)['gantry.dev/active'], 'blue');
  });
});

describe('readiness diagnostics: a ResourceQuota refusing the new pods', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
    await deploy(h.options({ image: digest(1) }), h.ports);
  });
  after(() => h.close());

  it('shows ReplicaFailure=True FailedCreate with the quota message, in the error and diagnostics', async () => {
    h.fake.seed('resourcequotas', {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'compute', namespace: NS, uid: '', resourceVersion: '' },
      spec: { hard: { pods: '1' } },
    });
    const error = await failure(
      deploy(h.options({ image: digest(2), readyTimeoutMs: 800 }), h.ports),
    );
    assert.equal(error.report.outcome, 'aborted-not-ready');
    const quota =
      /pods "web-green-\w+-" is forbidden: exceeded quota: compute, requested: pods=1, used: pods=1, limited: pods=1/;
    assert.match(error.message, quota);
    const line = error.report.diagnostics.find((l) => l.includes('ReplicaFailure'));
    assert.match(line ?? '', /^Deployment web-green: ReplicaFailure=True FailedCreate: /);
    assert.match(line ?? '', quota);
    assert.equal(await servedImage(h.liveUrl), digest(1));
  });
});
