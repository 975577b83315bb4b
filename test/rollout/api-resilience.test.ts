import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { deploy } from '../../src/rollout/blue-green.js';
import { isRolloutFailure } from '../../src/rollout/failure.js';
import { createKube, KubeApiError, loadKubeConfig } from '../../src/rollout/kube.js';
import { APP, digest, harness, NS, servedImage, type Harness } from './harness.js';

const gets = (h: Harness, path: RegExp) =>
  h.fake.requests.filter((r) => r.method === 'GET' && path.test(r.path.split('?')[0] ?? ''));

describe('API errors during the readiness wait', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  afterEach(() => h.fake.api.faults.splice(0));
  after(() => h.close());

  it('a 429 with Retry-After is waited out as asked, not fatal', async () => {
    h.fake.fail({ method: 'GET', path: /\/pods$/, status: 429, retryAfterSeconds: 1 });
    const report = await deploy(h.options({ image: digest(1), readyTimeoutMs: 10_000 }), h.ports);
    assert.equal(report.outcome, 'bootstrapped');
    assert.equal(await servedImage(h.liveUrl), digest(1));
    const [throttled, next] = gets(h, /\/pods$/);
    assert.equal(throttled?.status, 429);
    const waited = (next?.at ?? 0) - (throttled?.at ?? 0);
    assert.ok(waited >= 950, `asked again after ${waited} ms, Retry-After said 1 s`);
    assert.ok(h.log.text().includes('HTTP 429 TooManyRequests'), 'the wait says why');
  });

  const transient = [
    { name: '503 ServiceUnavailable', fault: { status: 503 } },
    {
      name: '500 InternalError (etcd timeout)',
      fault: { status: 500, message: 'etcdserver: request timed out' },
    },
    { name: 'a connection dropped without an answer', fault: { reset: true } },
  ];
  for (const [i, { name, fault }] of transient.entries()) {
    it(`${name}, twice in a row, is "not ready yet" with backoff`, async () => {
      const color = i % 2 === 0 ? 'green' : 'blue';
      h.fake.fail({
        method: 'GET',
        path: new RegExp(`/deployments/${APP}-${color}$`),
        after: 1, // the read that applies the color, before the wait
        times: 2,
        ...fault,
      });
      const report = await deploy(
        h.options({ image: digest(2 + i), readyTimeoutMs: 10_000 }),
        h.ports,
      );
      assert.equal(report.outcome, 'deployed');
      assert.equal(report.activeColor, color);
      assert.equal(await servedImage(h.liveUrl), digest(2 + i));
    });
  }

  it('errors that persist still end at the ready timeout, naming the API error', async () => {
    h.fake.fail({
      method: 'GET',
      path: new RegExp(`/deployments/${APP}-blue$`),
      after: 1,
      status: 503,
      times: 1000,
    });
    const started = Date.now();
    const error = await deploy(h.options({ image: digest(9), readyTimeoutMs: 700 }), h.ports).catch(
      (e: unknown) => e,
    );
    assert.ok(isRolloutFailure(error), String(error));
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    assert.equal(error.report.outcome, 'aborted-not-ready');
    assert.match(
      error.message,
      /web-blue did not become ready within 700 ms \(Kubernetes API: get Deployment shop\/web-blue failed: HTTP 503 ServiceUnavailable/,
    );
  });

  it('polls about once a second by default (not every 100 ms)', async () => {
    h.fake.script(digest(8), { neverReady: true });
    const before = gets(h, /\/deployments\/web-\w+$/).length;
    const options = { ...h.options({ image: digest(8), readyTimeoutMs: 2500 }), pollMs: undefined };
    const error = await deploy(options, h.ports).catch((e: unknown) => e);
    assert.ok(isRolloutFailure(error), String(error));
    const looks = gets(h, /\/deployments\/web-\w+$/).length - before;
    // One read to apply, one before the wait's first look, ~3 looks, one for the diagnostics.
    assert.ok(looks <= 8, `${looks} Deployment reads in a 2.5 s wait`);
  });
});

describe('every API request has a timeout', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.close());

  it('a request the server holds is abandoned after the timeout as "no answer"', async () => {
    const kube = createKube(loadKubeConfig({ path: h.fake.kubeconfigPath }), {
      requestTimeoutMs: 200,
    });
    h.fake.fail({ method: 'GET', path: /\/deployments\/slow$/, delayMs: 3000 });
    const started = Date.now();
    await assert.rejects(kube.getDeployment(NS, 'slow'), (e: unknown) => {
      assert.ok(e instanceof KubeApiError, String(e));
      assert.equal(e.status, 0);
      assert.match(
        e.message,
        /get Deployment shop\/slow failed: no response: no answer within 200 ms/,
      );
      return true;
    });
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    assert.equal(await kube.getDeployment(NS, 'slow'), undefined, 'the next request is answered');
  });
});
