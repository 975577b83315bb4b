import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS } from '../../src/actions/rollout/inputs.js';
import { startFakeKube, type FakeKube } from '../support/fake-kube/index.js';
import { digest, NS } from './harness.js';

const root = new URL('../..', import.meta.url).pathname;

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

describe('actions/rollout/action.yml', () => {
  const yml = parse(readFileSync(join(root, 'actions/rollout/action.yml'), 'utf8')) as ActionYml;

  it('declares exactly the inputs of the inputs.ts table, with the same text and defaults', () => {
    assert.deepEqual(Object.keys(yml.inputs).sort(), Object.keys(INPUTS).sort());
    for (const [name, spec] of Object.entries(INPUTS)) {
      const declared = yml.inputs[name];
      assert.equal(declared?.description, spec.description, name);
      assert.equal(declared?.required ?? false, spec.required, name);
      if (!spec.required) assert.equal(declared?.default, spec.default, name);
    }
  });

  it('declares exactly the outputs of the table and runs the rollout bundle on node24', () => {
    assert.deepEqual(Object.keys(yml.outputs).sort(), Object.keys(OUTPUTS).sort());
    for (const [name, spec] of Object.entries(OUTPUTS)) {
      assert.equal(yml.outputs[name]?.description, spec.description, name);
    }
    assert.deepEqual(yml.runs, { using: 'node24', main: '../../dist/rollout/index.js' });
  });
});

function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] ?? ''] = m[3] ?? '';
  return out;
}

async function runAction(
  fake: FakeKube,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<{
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: dir,
    GANTRY_MIN_ROLLBACK_WINDOW_MS: '0',
    INPUT_KUBECONFIG: fake.kubeconfig(),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(env, extraEnv);
  const child = spawn(process.execPath, [join(root, 'dist/rollout/index.js')], { env });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += String(c)));
  child.stderr.on('data', (c: Buffer) => (stdout += String(c)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    outputs: readOutputs(outputFile),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

describe('the rollout action bundle, run as the runner runs it', () => {
  let fake: FakeKube;
  let urls: Record<string, string>;
  before(async () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', 'rollout'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(
      build.status,
      0,
      `node scripts/build.mjs rollout failed:\n${build.stderr.slice(-2000)}`,
    );
    fake = await startFakeKube();
    urls = {
      'live-url': await fake.serviceUrl(NS, 'web'),
      'preview-url': await fake.serviceUrl(NS, 'web-preview'),
    };
  });
  after(() => fake?.close());

  const base = () => ({
    namespace: NS,
    app: 'web',
    'ready-timeout': '5s',
    'verify-window': '300ms',
    'rollback-window': '0',
    ...urls,
  });

  it('bootstraps, then switches, with outputs, a summary of phases and the kubeconfig masked', async () => {
    const first = await runAction(fake, { ...base(), image: digest(1) });
    assert.equal(first.code, 0, first.stdout);
    assert.equal(first.outputs.outcome, 'bootstrapped');
    const second = await runAction(fake, { ...base(), image: digest(2) });
    assert.equal(second.code, 0, second.stdout);
    assert.deepEqual(
      { ...second.outputs, 'switched-at': '', 'switch-ms': '' },
      {
        'active-color': 'green',
        'previous-color': 'blue',
        image: digest(2),
        'switched-at': '',
        'switch-ms': '',
        'rollback-ms': '',
        outcome: 'deployed',
      },
    );
    assert.match(second.outputs['switch-ms'] ?? '', /^\d+$/);
    assert.match(second.summary, /Gantry deploy: shop\/web — deployed/);
    assert.match(second.summary, /\| \d\. Switch web to green \| \d+ ms \| ✓ \|/);
    assert.match(second.stdout, /::group::\d\. Wait until web-green is ready/);
    const annotations = fake.get('services', NS, 'web')?.metadata.annotations ?? {};
    assert.equal(
      annotations['gantry.dev/run-url'],
      'https://github.com/octo/shop/actions/runs/4242',
    );
    // The runner hides masked values; the only occurrence is the mask command itself.
    assert.match(second.stdout, /^::add-mask::fake-token-not-a-secret$/m);
    const shown = second.stdout.replace(/^::add-mask::.*$/gm, '') + second.summary;
    assert.doesNotMatch(shown, /fake-token-not-a-secret/);
  });

  it('rollback and status through the same action', async () => {
    const rb = await runAction(fake, { ...base(), action: 'rollback' });
    assert.equal(rb.code, 0, rb.stdout);
    assert.equal(rb.outputs.outcome, 'rolled-back');
    assert.equal(rb.outputs['active-color'], 'blue');
    assert.equal(rb.outputs.image, digest(1));
    const status = await runAction(fake, { ...base(), action: 'status' });
    assert.equal(status.code, 0, status.stdout);
    assert.equal(status.outputs['active-color'], 'blue');
    assert.match(status.stdout, /blue\s+active\s+1\/1/);
  });

  it('fails a never-ready rollout with outcome, pod events in the summary, live untouched', async () => {
    fake.script(digest(3), { crashLoop: true });
    const run = await runAction(fake, { ...base(), image: digest(3), 'ready-timeout': '700ms' });
    assert.equal(run.code, 1);
    assert.equal(run.outputs.outcome, 'aborted-not-ready');
    assert.equal(run.outputs['active-color'], 'blue');
    assert.match(run.stdout, /::error::web-green did not become ready within 700 ms/);
    assert.match(run.summary, /BackOff.*Back-off restarting failed container/);
    assert.match(run.summary, /waiting=CrashLoopBackOff/);
  });

  it('rejects bad input before touching the cluster', async () => {
    const cases: [Record<string, string>, Record<string, string>, RegExp][] = [
      [
        { image: 'shop/web:latest' },
        {},
        /::error::The image 'shop\/web:latest' is a mutable tag, not a digest/,
      ],
      [
        { action: 'promote' },
        {},
        /::error::action must be deploy, rollback or status, not 'promote'/,
      ],
      [
        { image: digest(4), 'verify-window': 'soon' },
        {},
        /::error::verify-window: 'soon' is not a duration/,
      ],
      [
        { image: digest(4), 'rollback-window': '5s' },
        { GANTRY_MIN_ROLLBACK_WINDOW_MS: '' },
        /::error::rollback-window 5000 ms is below the minimum of 30000 ms/,
      ],
    ];
    for (const [inputs, env, message] of cases) {
      const count = fake.requests.length;
      const run = await runAction(fake, { ...base(), ...inputs }, env);
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, message);
      assert.equal(fake.requests.length, count, `no API call for ${JSON.stringify(inputs)}`);
    }
  });
});
