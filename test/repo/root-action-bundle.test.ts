import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { startFakeKube, type FakeKube } from '../support/fake-kube/index.js';
import { seedApp } from '../pipeline/support/app-fixture.js';
import { actionBundle } from '../support/plan-bundle.js';

/**
 * The root action as the runner runs it: the ncc bundle (built like `node scripts/build.mjs
 * gantry`, into a temp dir), every input's default in INPUT_*, outputs read from GITHUB_OUTPUT.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const rootAction = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs?: Record<string, { default?: string }>;
};

/** What the runner does for `uses: gantry-dev/gantry@v1`: every input's default into INPUT_*. */
function runnerDefaults(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(rootAction.inputs ?? {})) {
    if (input.default === undefined) continue;
    const value = String(input.default).replace('${{ github.token }}', 'ghs_faketoken');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

function runAction(
  entry: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; outputs: Record<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'gantry-root-'));
  const outputFile = join(dir, 'output');
  writeFileSync(outputFile, '');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, entry, {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_WORKSPACE: root,
        RUNNER_TEMP: dir,
        ...env,
      },
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += String(c)));
    child.stderr.on('data', (c: Buffer) => (stdout += String(c)));
    child.on('close', (code) => {
      const outputs: Record<string, string> = {};
      const text = readFileSync(outputFile, 'utf8');
      for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
        outputs[m[1] ?? ''] = m[3] ?? '';
      resolve({ code, stdout, outputs });
    });
  });
}

describe('the bundle as the runner runs it', () => {
  // The same ncc build as `node scripts/build.mjs gantry`, into a temp dir (test/support/plan-bundle.ts).
  let bundle = '';
  before(async () => {
    bundle = await actionBundle('gantry');
  });

  test('an unknown command fails with the list of valid ones', async () => {
    const r = await runAction([bundle], { INPUT_COMMAND: 'deploy' });
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /::error::Unknown command 'deploy'\. Valid commands: plan, apply, publish, rollout, rollback, status\./,
    );
  });

  test('an empty command fails the same way', async () => {
    const r = await runAction([bundle], { INPUT_COMMAND: '' });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /::error::The command input is empty\. Valid commands: plan, apply/);
  });
});

describe('commands through the bundle against the Kubernetes fake', () => {
  let bundle = '';
  let fake: FakeKube;
  before(async () => {
    [bundle, fake] = await Promise.all([actionBundle('gantry'), startFakeKube()]);
  });
  after(() => fake.close());

  test('rollout, rollout, rollback: the lazily loaded rollout code runs from the bundle', async () => {
    const ns = 'web-production';
    const env = {
      ...runnerDefaults(),
      INPUT_NAMESPACE: ns,
      INPUT_APP: 'web',
      INPUT_KUBECONFIG: readFileSync(fake.kubeconfigPath, 'utf8'),
      'INPUT_PREVIEW-URL': await fake.serviceUrl(ns, 'web-preview'),
      'INPUT_LIVE-URL': await fake.serviceUrl(ns, 'web'),
      'INPUT_ROLLBACK-WINDOW': '0s',
      'INPUT_VERIFY-WINDOW': '200ms',
      GANTRY_MIN_ROLLBACK_WINDOW_MS: '0',
    };
    const image = (n: number): string => `ghcr.io/acme/web@sha256:${String(n).repeat(64)}`;
    const first = await runAction([bundle], {
      ...env,
      INPUT_COMMAND: 'rollout',
      INPUT_IMAGE: image(1),
    });
    assert.equal(first.code, 0, first.stdout);
    assert.equal(first.outputs.outcome, 'bootstrapped');
    const second = await runAction([bundle], {
      ...env,
      INPUT_COMMAND: 'rollout',
      INPUT_IMAGE: image(2),
    });
    assert.equal(second.code, 0, second.stdout);
    assert.deepEqual(
      [second.outputs.outcome, second.outputs['active-color']],
      ['deployed', 'green'],
    );
    const back = await runAction([bundle], { ...env, INPUT_COMMAND: 'rollback' });
    assert.equal(back.code, 0, back.stdout);
    assert.deepEqual([back.outputs.outcome, back.outputs['active-color']], ['rolled-back', 'blue']);
    const status = await runAction([bundle], { ...env, INPUT_COMMAND: 'status' });
    assert.equal(status.code, 0, status.stdout);
    assert.equal(status.outputs['active-color'], 'blue');
    assert.equal(status.outputs.image, image(1));
  });
});

describe('command: status against the Kubernetes fake', () => {
  let fake: FakeKube;
  before(async () => {
    fake = await startFakeKube();
    await seedApp(fake, { namespace: 'shop-production' });
  });
  after(() => fake.close());

  test('sets the colors, the image and healthy, and the status JSON', async () => {
    const r = await runAction(['--import', 'tsx', 'src/actions/gantry/index.ts'], {
      INPUT_COMMAND: 'status',
      INPUT_NAMESPACE: 'shop-production',
      INPUT_APP: 'shop',
      INPUT_KUBECONFIG: readFileSync(fake.kubeconfigPath, 'utf8'),
    });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['active-color'], 'green');
    assert.equal(r.outputs['previous-color'], 'blue');
    assert.match(r.outputs.image ?? '', /^ghcr\.io\/acme\/shop@sha256:9e9e/);
    assert.equal(r.outputs.healthy, 'true');
    assert.equal(
      (JSON.parse(r.outputs['status-json'] ?? '{}') as { active?: string }).active,
      'green',
    );
    const printed = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    assert.doesNotMatch(printed, /fake-token-not-a-secret/);
    assert.match(r.stdout, /^::add-mask::fake-token-not-a-secret$/m);
  });

  test('a missing app fails before any API call', async () => {
    const before = fake.requests.length;
    const r = await runAction(['--import', 'tsx', 'src/actions/gantry/index.ts'], {
      INPUT_COMMAND: 'status',
      INPUT_NAMESPACE: 'shop-production',
      KUBECONFIG: fake.kubeconfigPath,
    });
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /::error::Input required and not supplied: app\. The status command needs namespace and app\.$/m,
    );
    assert.equal(fake.requests.length, before);
  });
});
