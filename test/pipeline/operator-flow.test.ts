import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeKube, type FakeKube } from '../support/fake-kube/index.js';
import { requireTool } from '../support/tools.js';
import { make } from './support/make.js';

/**
 * The operator's day, through Makefile.cicd only, against the Kubernetes fake (real pod HTTP
 * servers behind real Service proxies): bootstrap staging, ship a second image, look at it,
 * roll back, check health; then a release tag to production.
 */
const IMAGE_1 = `ghcr.io/acme/shop@sha256:${'1'.repeat(64)}`;
const IMAGE_2 = `ghcr.io/acme/shop@sha256:${'2'.repeat(64)}`;

let fake: FakeKube;
let env: NodeJS.ProcessEnv;
const urls = async (ns: string): Promise<string> =>
  [
    `--live-url ${await fake.serviceUrl(ns, 'shop')}`,
    `--preview-url ${await fake.serviceUrl(ns, 'shop-preview')}`,
    '--rollback-window 0 --ready-timeout 30s',
  ].join(' ');
const flags = async (ns: string): Promise<string> => `${await urls(ns)} --verify-window 200ms`;

before(async () => {
  fake = await startFakeKube();
  env = { KUBECONFIG: fake.kubeconfigPath, GANTRY_MIN_ROLLBACK_WINDOW_MS: '0' };
});
after(() => fake.close());

test('deploy-staging twice, diagnose, rollback, health-check', async (t) => {
  if (!requireTool(t, 'make', 'apt-get install -y make')) return;
  const common = ['APP=shop', `ROLLOUT_FLAGS=${await flags('shop-staging')}`];
  const first = await make(['deploy-staging', `IMAGE=${IMAGE_1}`, ...common], env);
  assert.equal(first.code, 0, first.err + first.out);
  assert.match(first.out, /^outcome\s+bootstrapped$/m);
  const second = await make(['deploy-staging', `IMAGE=${IMAGE_2}`, ...common], env);
  assert.equal(second.code, 0, second.err + second.out);
  assert.match(second.out, /^outcome\s+deployed$/m);

  const diagnose = await make(['diagnose', 'ENV=staging', 'APP=shop'], env);
  assert.equal(diagnose.code, 0, diagnose.err);
  assert.match(diagnose.out, /green\s+active\s+1\/1\s+sha256:222222222222/);
  assert.match(diagnose.out, /blue\s+previous\s+\S+\s+sha256:111111111111/);

  const back = await make(
    ['rollback', 'ENV=staging', 'APP=shop', `ROLLBACK_FLAGS=${await urls('shop-staging')}`],
    env,
  );
  assert.equal(back.code, 0, back.err + back.out);
  assert.match(back.out, /^active-color\s+blue$/m);
  const after = await make(['diagnose', 'ENV=staging', 'APP=shop'], env);
  assert.match(after.out, /blue\s+active\s+1\/1\s+sha256:111111111111/);

  const live = await fake.serviceUrl('shop-staging', 'shop');
  const health = await make(['health-check', `APP_URL=${live}`], env);
  assert.equal(health.code, 0, health.err);
  assert.match(health.out, /ok\s+\/ready\s+HTTP 200/);
});

test('deploy-production with a release tag deploys to the production namespace', async (t) => {
  if (!requireTool(t, 'make', 'apt-get install -y make')) return;
  const r = await make(
    [
      'deploy-production',
      'TAG=v1.2.3',
      `IMAGE=${IMAGE_2}`,
      'APP=shop',
      `ROLLOUT_FLAGS=${await flags('shop-production')}`,
    ],
    env,
  );
  assert.equal(r.code, 0, r.err + r.out);
  assert.match(r.out, /v1\.2\.3 is a release tag/);
  assert.match(r.out, /^outcome\s+bootstrapped$/m);
  assert.ok(fake.get('services', 'shop-production', 'shop'), 'the production Service exists');
});
