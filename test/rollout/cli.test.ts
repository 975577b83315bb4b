import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { startFakeKube, type FakeKube } from '../support/fake-kube/index.js';
import { digest, NS, servedImage } from './harness.js';

async function gantry(
  argv: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += String(c)));
  stderr.on('data', (c: Buffer) => (err += String(c)));
  const code = await main(argv, { stdout, stderr, env, signal: new AbortController().signal });
  return { code, out, err };
}

describe('gantry rollout / gantry rollback', () => {
  let fake: FakeKube;
  let env: Record<string, string>;
  let flags: string[];
  before(async () => {
    fake = await startFakeKube();
    env = { KUBECONFIG: fake.kubeconfigPath, GANTRY_MIN_ROLLBACK_WINDOW_MS: '0' };
    flags = [
      '--namespace',
      NS,
      '--app',
      'web',
      '--live-url',
      await fake.serviceUrl(NS, 'web'),
      '--preview-url',
      await fake.serviceUrl(NS, 'web-preview'),
      '--rollback-window',
      '0',
      '--ready-timeout',
      '5s',
    ];
  });
  after(() => fake.close());

  it('deploys twice and rolls back, printing the report', async () => {
    const first = await gantry(
      ['rollout', ...flags, '--image', digest(1), '--verify-window', '200ms'],
      env,
    );
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /^outcome\s+bootstrapped$/m);
    const second = await gantry(
      ['rollout', ...flags, '--image', digest(2), '--verify-window', '200ms', '--json'],
      env,
    );
    assert.equal(second.code, 0, second.err);
    const report = JSON.parse(second.out) as {
      outcome: string;
      activeColor: string;
      phases: { name: string }[];
    };
    assert.equal(report.outcome, 'deployed');
    assert.equal(report.activeColor, 'green');
    assert.match(second.err, /── \d\. Switch web to green/);
    const back = await gantry(['rollback', ...flags], env);
    assert.equal(back.code, 0, back.err);
    assert.match(back.out, /^outcome\s+rolled-back$/m);
    assert.match(back.out, /^active-color\s+blue$/m);
    assert.equal(await servedImage(await fake.serviceUrl(NS, 'web')), digest(1));
  });

  it('prints one line for a user mistake, and the pods with a failed rollout', async () => {
    const noImage = await gantry(['rollout', ...flags], env);
    assert.deepEqual(
      [noImage.code, noImage.err.trim()],
      [1, 'gantry rollout: --image is required. Pass name@sha256:<digest>.'],
    );
    const window = await gantry(
      ['rollout', ...flags, '--image', digest(3), '--rollback-window', '10s'],
      { ...env, GANTRY_MIN_ROLLBACK_WINDOW_MS: '' },
    );
    assert.match(
      window.err,
      /^gantry rollout: rollback-window 10000 ms is below the minimum of 30000 ms/m,
    );
    fake.script(digest(4), { neverReady: true });
    const failed = await gantry(
      ['rollout', ...flags, '--image', digest(4), '--ready-timeout', '500ms'],
      env,
    );
    assert.equal(failed.code, 1);
    assert.match(failed.err, /event Warning Unhealthy.*Readiness probe failed/);
    assert.match(failed.err, /^gantry rollout: web-green did not become ready within 500 ms/m);
    assert.doesNotMatch(failed.err, /at .*\.ts:\d+/, 'no stack trace');
  });

  it('has --help for both commands', async () => {
    const help = await gantry(['rollback', '--help'], env);
    assert.match(help.out, /^Usage: gantry rollback --namespace <ns> --app <name>/);
    const help2 = await gantry(['rollout', '--help'], env);
    assert.match(help2.out, /--smoke-command <cmd>/);
  });
});
