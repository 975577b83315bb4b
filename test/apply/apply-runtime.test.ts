import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireTool } from '../support/tools.js';
import { terraform } from '../support/terraform.js';
import {
  holdStateLock,
  makeWorkspace,
  planToArtifact,
  readState,
  runAction,
  startAction,
  STACK,
} from './harness.js';

/** What happens while applying: stale plans, locks, cancellation, re-plan, failures. */

const TF = 'terraform 1.x on PATH';

test('stale plan: someone applied between plan and apply → plan-stale, their state kept', async (t) => {
  if (!requireTool(t, 'terraform', TF)) return;
  const ws = await makeWorkspace();
  const { artifact } = await planToArtifact(ws);
  const other = terraform(
    ws.stack,
    ['apply', '-auto-approve', '-input=false', '-var=name=theirs'],
    ws.env,
  );
  assert.equal(other.status, 0, other.stderr);
  const before = await readState(ws.stack);
  const run = await runAction({ ws, inputs: { 'plan-dir': artifact, 'target-name': 'app' } });
  assert.equal(run.code, 1);
  assert.equal(run.outputs['failure-reason'], 'plan-stale');
  assert.match(run.stdout, /is stale: the state changed after it was planned/);
  assert.match(run.stdout, /Re-run the plan job/);
  assert.match(run.summary, /plan-stale/);
  const after = await readState(ws.stack);
  assert.equal(after?.serial, before?.serial, 'the state is exactly as the other run left it');
  assert.equal(after?.outputs.name?.value, 'theirs');
});

/** A stack whose state already exists (name=zero), with a plan to change it to `one`. */
async function appliedThenPlanned() {
  const ws = await makeWorkspace();
  const first = terraform(ws.stack, ['init', '-input=false'], ws.env);
  assert.equal(first.status, 0, first.stderr);
  const seed = terraform(
    ws.stack,
    ['apply', '-auto-approve', '-input=false', '-var=name=zero'],
    ws.env,
  );
  assert.equal(seed.status, 0, seed.stderr);
  const { artifact } = await planToArtifact(ws);
  return { ws, artifact };
}

test('lock held by another run, released within lock-timeout → applied', async (t) => {
  if (!requireTool(t, 'terraform', TF)) return;
  const { ws, artifact } = await appliedThenPlanned();
  const lock = await holdStateLock(ws);
  const started = Date.now();
  const action = await startAction({
    ws,
    inputs: { 'plan-dir': artifact, 'target-name': 'app', 'lock-timeout': '60s' },
  });
  await new Promise((r) => setTimeout(r, 3000));
  await lock.release();
  const run = await action.done;
  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.outputs.applied, 'true');
  assert.ok(Date.now() - started >= 3000, 'it waited for the lock');
  assert.equal((await readState(ws.stack))?.outputs.name?.value, 'one');
});

test('lock held past lock-timeout → state-locked with the holder and age', async (t) => {
  if (!requireTool(t, 'terraform', TF)) return;
  const { ws, artifact } = await appliedThenPlanned();
  const lock = await holdStateLock(ws);
  try {
    const info = JSON.parse(await readFile(join(ws.stack, '.terraform.tfstate.lock.info'), 'utf8'));
    const run = await runAction({
      ws,
      inputs: { 'plan-dir': artifact, 'target-name': 'app', 'lock-timeout': '2s' },
    });
    assert.equal(run.code, 1);
    assert.equal(run.outputs['failure-reason'], 'state-locked');
    assert.ok(run.stdout.includes(`locked by ${info.Who}`), run.stdout);
    assert.match(run.stdout, /held for \d+ s since/);
    assert.ok(run.stdout.includes(`lock ID ${info.ID}`));
    assert.match(run.stdout, /force-unlock/);
  } finally {
    await lock.release();
  }
  assert.equal((await readState(ws.stack))?.outputs.name?.value, 'zero', 'nothing was applied');
});

test('cancel mid-apply (SIGINT to the action) → terraform stops gracefully, state saved, cancelled', async (t) => {
  if (!requireTool(t, 'terraform', TF)) return;
  const ws = await makeWorkspace();
  const { artifact } = await planToArtifact(ws, { vars: { slow_seconds: '60' } });
  const action = await startAction({ ws, inputs: { 'plan-dir': artifact, 'target-name': 'app' } });
  for (let i = 0; i < 300 && !/Provisioning with 'local-exec'/.test(action.stdoutSoFar()); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.match(action.stdoutSoFar(), /Provisioning with 'local-exec'/, 'apply reached the sleep');
  const signalled = Date.now();
  action.child.kill('SIGINT');
  const run = await action.done;
  assert.ok(Date.now() - signalled < 20_000, 'stopped well before the sleep would end');
  assert.equal(run.code, 1);
  assert.equal(run.outputs['failure-reason'], 'cancelled', run.stdout);
  assert.match(run.stdout, /Received SIGINT/);
  const state = await readState(ws.stack);
  const names = (state?.resources ?? []).map((r) => r.name);
  assert.ok(
    names.includes('a'),
    `the finished resource is saved in the state (${names.join(',')})`,
  );
});

test('timeout-minutes reached mid-apply → terraform stopped with SIGINT, state saved, timeout', async (t) => {
  if (!requireTool(t, 'terraform', TF)) return;
  const ws = await makeWorkspace();
  const { artifact } = await planToArtifact(ws, { vars: { slow_seconds: '60' } });
  const started = Date.now();
  const run = await runAction({
    ws,
    inputs: { 'plan-dir': artifact, 'target-name': 'app', 'timeout-minutes': '0.1' },
  });
  assert.ok(Date.now() - started < 30_000, 'stopped long before the 60 s sleep');
  assert.equal(run.outputs['failure-reason'], 'timeout', run.stdout);
  assert.match(run.stdout, /timed out; sent SIGINT/);
  assert.ok(
    (await readState(ws.stack))?.resources.some((r) => r.name === 'a'),
    'state saved',
  );
});

test('replan-and-compare, nothing changed since review → the new plan is applied', async (t) => {
  if (!requireTool(t, 'terraform', TF)) return;
  const ws = await makeWorkspace();
  const { outcome, artifact } = await planToArtifact(ws);
  const run = await runAction({
    ws,
    inputs: {
      'plan-dir': artifact,
      'target-name': 'app',
      mode: 'replan-and-compare',
      'expected-digest': outcome.digest ?? '',
    },
  });
  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.outputs.applied, 'true');
  assert.match(run.stdout, /Re-plan gives the approved change set/);
  assert.match(run.summary, /replan gives the approved changes/);
  assert.equal((await readState(ws.stack))?.outputs.name?.value, 'one');
});

test('replan-and-compare, the change set moved → plan-changed with a readable diff, nothing applied', async (t) => {
  if (!requireTool(t, 'terraform', TF)) return;
  const ws = await makeWorkspace();
  const { artifact } = await planToArtifact(ws);
  await writeFile(
    join(ws.stack, 'main.tf'),
    STACK['main.tf'].replace('default = "one"', 'default = "changed"') +
      '\nresource "terraform_data" "extra" {\n  input = 1\n}\n',
  );
  const run = await runAction({
    ws,
    inputs: { 'plan-dir': artifact, 'target-name': 'app', mode: 'replan-and-compare' },
  });
  assert.equal(run.code, 1);
  assert.equal(run.outputs['failure-reason'], 'plan-changed');
  assert.match(run.stdout, /Approved vs re-planned changes/);
  assert.match(run.stdout, /terraform_data\.extra/);
  assert.match(run.summary, /```diff[\s\S]*terraform_data\.extra[\s\S]*```/);
  assert.match(run.summary, /terraform_data\.a/);
  assert.equal(await readState(ws.stack), undefined, 'nothing was applied');
});

test("apply fails (provisioner exits 3) → apply-failed with terraform's error", async (t) => {
  if (!requireTool(t, 'terraform', TF)) return;
  const ws = await makeWorkspace({
    'main.tf': `
resource "terraform_data" "broken" {
  provisioner "local-exec" {
    command = "echo boom >&2; exit 3"
  }
}
`,
  });
  const { artifact } = await planToArtifact(ws);
  const run = await runAction({ ws, inputs: { 'plan-dir': artifact, 'target-name': 'app' } });
  assert.equal(run.code, 1);
  assert.equal(run.outputs['failure-reason'], 'apply-failed');
  assert.match(run.stdout, /local-exec provisioner error/);
  assert.match(run.summary, /apply-failed/);
});
