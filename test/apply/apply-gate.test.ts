import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../support/tools.js';
import { terraform } from '../support/terraform.js';
import { sha256File } from '../../src/shared/fs.js';
import { makeWorkspace, planToArtifact, readState, runAction, type Workspace } from './harness.js';

/**
 * The gate, as the runner runs the action: every refusal names its reason, says what to do, and
 * changes nothing (no state file is written).
 */

test('happy path: the reviewed plan is applied, outputs set, sensitive values masked', async (t) => {
  if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
  const ws = await makeWorkspace();
  const { outcome, artifact } = await planToArtifact(ws);
  assert.equal(await readState(ws.stack), undefined, 'planning writes no state');
  const run = await runAction({
    ws,
    inputs: { 'plan-dir': artifact, 'target-name': 'app', 'expected-digest': outcome.digest ?? '' },
  });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.applied, 'true');
  assert.equal(run.outputs['failure-reason'], '');
  assert.equal(run.outputs['plan-digest'], outcome.digest);
  const state = await readState(ws.stack);
  assert.equal(state?.outputs.name?.value, 'one', 'the state really changed');
  assert.deepEqual(JSON.parse(run.outputs['outputs-json'] ?? '{}'), {
    name: 'one',
    token: 'tok-one-s3cr3t',
  });
  assert.match(run.stdout, /::add-mask::tok-one-s3cr3t/, 'the sensitive output is masked');
  assert.match(run.summary, /Applied/);
  assert.match(run.summary, /1 to add/);
  assert.match(run.summary, /terraform_data\.a/);
  assert.match(run.summary, /\| `name` \| `"one"` \|/);
  assert.doesNotMatch(run.summary, /s3cr3t/, 'sensitive values never reach the summary');
  assert.match(run.summary, /`token` \| \*\(sensitive\)\*/);
});

interface Refusal {
  name: string;
  reason: string;
  /** Change something between plan and apply; returns extra inputs/env for the action. */
  arrange(ctx: {
    ws: Workspace;
    stack: string;
    artifact: string;
    digest: string;
  }): Promise<{ inputs?: Record<string, string>; env?: Record<string, string>; sha?: string }>;
  message: RegExp;
}

const REFUSALS: Refusal[] = [
  {
    name: 'tampered plan file',
    reason: 'digest-mismatch',
    arrange: async ({ artifact }) => {
      await appendFile(join(artifact, 'tfplan'), Buffer.from([0]));
      return {};
    },
    message: /plan file was changed after planning/,
  },
  {
    name: 'expected digest differs (another plan was reviewed)',
    reason: 'digest-mismatch',
    arrange: async () => ({ inputs: { 'expected-digest': 'f'.repeat(64) } }),
    message: /but ffffffffffff… was reviewed/,
  },
  {
    name: 'plan file swapped for another plan and the manifest hash rewritten to match',
    reason: 'digest-mismatch',
    arrange: async ({ artifact, ws }) => {
      const other = await planToArtifact(ws, { vars: { name: 'two' } });
      await cp(join(other.artifact, 'tfplan'), join(artifact, 'tfplan'));
      const file = join(artifact, 'manifest.json');
      const manifest = JSON.parse(await readFile(file, 'utf8'));
      manifest.planSha256 = await sha256File(join(artifact, 'tfplan'));
      await writeFile(file, JSON.stringify(manifest));
      return {};
    },
    message: /The plan file's changes have digest .*but the manifest \(and review\) say/,
  },
  {
    name: 'wrong commit',
    reason: 'commit-mismatch',
    arrange: async () => ({ sha: 'f'.repeat(40) }),
    message: /made at commit 1234567890ab, not ffffffffffff/,
  },
  {
    name: 'tool version differs (stand-in terraform on PATH)',
    reason: 'tool-mismatch',
    arrange: async () => {
      const bin = await mkdtemp(join(tmpdir(), 'gantry-fake-tf-'));
      const real = terraform('.', ['version', '-json'], {}).status === 0 ? 'terraform' : '';
      const script = join(bin, 'terraform');
      await writeFile(
        script,
        `#!/bin/sh\nif [ "$1" = version ]; then echo '{"terraform_version":"1.5.7"}'; exit 0; fi\nexec ${real} "$@"\n`,
      );
      await chmod(script, 0o755);
      return { env: { GANTRY_TERRAFORM_BIN: script } };
    },
    message: /made with terraform 1\.11\.\d+, but 1\.5\.7 would apply it/,
  },
  {
    name: 'provider lock file differs',
    reason: 'tool-mismatch',
    arrange: async ({ stack }) => {
      await writeFile(join(stack, '.terraform.lock.hcl'), '# provider locks changed\n');
      return {};
    },
    message: /provider lock file/,
  },
  {
    name: 'plan of another target',
    reason: 'plan-missing',
    arrange: async () => ({ inputs: { 'target-name': 'network' } }),
    message: /plan of target 'app', not 'network'/,
  },
  {
    name: 'no plan in the folder',
    reason: 'plan-missing',
    arrange: async ({ artifact }) => {
      await rm(join(artifact, 'manifest.json'));
      return {};
    },
    message: /No plan manifest/,
  },
];

for (const refusal of REFUSALS) {
  test(`refuses: ${refusal.name} → ${refusal.reason}, state untouched`, async (t) => {
    if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
    const ws = await makeWorkspace();
    const { outcome, artifact } = await planToArtifact(ws);
    const extra = await refusal.arrange({
      ws,
      stack: ws.stack,
      artifact,
      digest: outcome.digest ?? '',
    });
    const run = await runAction({
      ws,
      inputs: { 'plan-dir': artifact, 'target-name': 'app', ...extra.inputs },
      ...(extra.env ? { env: extra.env } : {}),
      ...(extra.sha ? { sha: extra.sha } : {}),
    });
    assert.equal(run.code, 1, 'the step fails');
    assert.equal(run.outputs['failure-reason'], refusal.reason, run.stdout);
    assert.equal(run.outputs.applied, 'false');
    assert.match(run.stdout, refusal.message);
    assert.equal(await readState(ws.stack), undefined, 'nothing was applied');
    assert.doesNotMatch(run.stdout, /at .*\.(ts|js):\d+/, 'no stack trace for a refusal');
  });
}

test('bad input fails before anything runs, with one clear line', async (t) => {
  if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
  const ws = await makeWorkspace();
  const run = await runAction({ ws, inputs: { 'plan-dir': ws.stack, mode: 'yolo' } });
  assert.equal(run.code, 1);
  assert.match(run.stdout, /::error::mode must be saved-plan or replan-and-compare, not 'yolo'/);
  assert.equal(run.outputs['failure-reason'], 'bad-input');
  assert.equal(await readState(ws.stack), undefined);
});

test('artifact-name outside a runner with an artifact service → plan-missing saying what to do', async (t) => {
  if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
  const ws = await makeWorkspace();
  const run = await runAction({ ws, inputs: { 'target-name': 'app' } });
  assert.equal(run.code, 1);
  assert.equal(run.outputs['failure-reason'], 'plan-missing');
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0] ?? '', /Cannot download the artifact 'gantry-plan-app'.*pass plan-dir/);
});
