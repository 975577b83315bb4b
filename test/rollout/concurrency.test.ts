import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { deploy } from '../../src/rollout/blue-green.js';
import { isRolloutFailure } from '../../src/rollout/failure.js';
import { KubeApiError } from '../../src/rollout/kube.js';
import { annotations, APP, digest, harness, NS, servedImage, type Harness } from './harness.js';

describe('lease, conflicts and API errors', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.close());

  it('two runs at once: one deploys, the other gets a clear error naming the first', async () => {
    h.fake.script(digest(1), { readyAfterMs: 300 });
    const results = await Promise.allSettled([
      deploy(h.options({ image: digest(1), run: { id: 'run-A' } }), h.ports),
      deploy(h.options({ image: digest(1), run: { id: 'run-B' } }), h.ports),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(ok.length, 1);
    assert.equal(refused.length, 1);
    const error = refused[0]?.reason as Error & { reason?: string };
    assert.equal(error.reason, 'locked');
    assert.match(
      error.message,
      /Another rollout of shop\/web is in progress: run run-[AB] holds the lease until/,
    );
  });

  it('a run started while another waits for readiness is refused and changes nothing', async () => {
    h.fake.script(digest(2), { readyAfterMs: 600 });
    const first = deploy(h.options({ image: digest(2), run: { id: 'run-C' } }), h.ports);
    await h.fake.until(() => Boolean(h.fake.get('deployments', NS, `${APP}-green`)));
    const rv = h.fake.get('deployments', NS, `${APP}-green`)?.metadata.generation;
    await assert.rejects(
      deploy(h.options({ image: digest(3), run: { id: 'run-D' } }), h.ports),
      /run run-C holds the lease/,
    );
    assert.equal(h.fake.get('deployments', NS, `${APP}-green`)?.metadata.generation, rv);
    assert.equal((await first).outcome, 'deployed');
    assert.equal(annotations(h.fake)['gantry.dev/lease'], undefined);
  });

  it('a 409 on the lease write re-reads and retries', async () => {
    h.fake.fail({
      method: 'PATCH',
      path: /\/services\/web$/,
      status: 409,
      reason: 'Conflict',
      message: 'Operation cannot be fulfilled on services "web": the object has been modified',
    });
    const report = await deploy(h.options({ image: digest(4), run: { id: 'run-E' } }), h.ports);
    assert.equal(report.outcome, 'deployed');
    const statuses = h.fake.requests
      .filter((r) => r.method === 'PATCH' && r.path.endsWith('/services/web'))
      .map((r) => r.status);
    assert.ok(statuses.includes(409));
  });

  it('a 409 on the Deployment replace re-reads and retries once', async () => {
    h.fake.fail({
      method: 'PUT',
      path: /\/deployments\/web-/,
      status: 409,
      reason: 'Conflict',
      message: 'the object has been modified',
    });
    const report = await deploy(h.options({ image: digest(5), run: { id: 'run-F' } }), h.ports);
    assert.equal(report.outcome, 'deployed');
    assert.equal(await servedImage(h.liveUrl), digest(5));
  });

  it('a stale resourceVersion is a real 409 from the port', async () => {
    const svc = await h.kube.getService(NS, APP);
    await h.kube.patchService(NS, APP, { metadata: { annotations: { touched: 'yes' } } });
    await assert.rejects(
      h.kube.patchService(NS, APP, {
        metadata: {
          resourceVersion: svc?.metadata?.resourceVersion,
          annotations: { touched: 'again' },
        },
      }),
      (e: unknown) => {
        assert.ok(e instanceof KubeApiError);
        assert.equal(e.status, 409);
        assert.match(
          e.message,
          /patch Service shop\/web failed: HTTP 409 Conflict: Operation cannot be fulfilled/,
        );
        return true;
      },
    );
  });

  it('an injected 500 on the switch patch is surfaced with verb, object, status and the pods', async () => {
    const live = await servedImage(h.liveUrl);
    // Only the switch: the PATCH of the live Service that carries a selector.
    h.fake.fail({
      method: 'PATCH',
      path: /\/services\/web$/,
      body: /"selector"/,
      status: 500,
      message: 'etcdserver: request timed out',
    });
    const error = await deploy(
      h.options({ image: digest(6), run: { id: 'run-G' } }),
      h.ports,
    ).catch((e: unknown) => e);
    assert.ok(isRolloutFailure(error), String(error));
    assert.equal(error.report.outcome, 'failed');
    assert.equal(
      error.message,
      'Kubernetes API: patch Service shop/web failed: HTTP 500 InternalError: etcdserver: request timed out',
    );
    assert.ok(
      error.report.diagnostics.some((l) => /^Pod web-/.test(l)),

      error.report.diagnostics.join('\n'),
    );
    assert.equal(await servedImage(h.liveUrl), live);
    assert.equal(annotations(h.fake)['gantry.dev/lease'], undefined);
  });

  it('an unreachable API server names the call', async () => {
    const { createKube, loadKubeConfig } = await import('../../src/rollout/kube.js');
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const kube = createKube(
      loadKubeConfig({
        content: h.fake
          .kubeconfig()
          .replace(/server: http:\/\/127\.0\.0\.1:\d+/, `server: http://127.0.0.1:${port}`),
      }),
    );
    await assert.rejects(
      kube.getDeployment(NS, 'web-blue'),
      /get Deployment shop\/web-blue failed: no response: ECONNREFUSED/,
    );
  });
});
