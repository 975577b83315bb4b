import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runTool } from '../../src/iac/run-tool.js';
import { execProcess } from '../../src/shared/exec.js';
import { createMemoryLogger } from '../../src/shared/log.js';
import { requireTool } from '../support/tools.js';
import { terraform, terraformTestEnv, writeStack } from '../support/terraform.js';
import { SLOW_STACK } from './helpers.js';

async function slowApply(stop: { timeoutMs?: number; signal?: AbortSignal }) {
  const env = await terraformTestEnv();
  const dir = await writeStack(SLOW_STACK);
  assert.equal(terraform(dir, ['init', '-input=false'], env).status, 0);
  const log = createMemoryLogger();
  const result = await runTool(
    {
      bin: 'terraform',
      args: ['apply', '-auto-approve', '-input=false'],
      cwd: dir,
      env,
      graceMs: 25_000,
      ...stop,
    },
    { exec: execProcess, log },
  );
  return { dir, env, log, result };
}

function assertStoppedGracefully(
  run: Awaited<ReturnType<typeof slowApply>>,
  stopped: 'timeout' | 'cancelled',
) {
  const { result, dir, env } = run;
  assert.equal(result.stopped, stopped);
  assert.equal(result.escalation, 'SIGINT', 'SIGINT alone stopped terraform (no SIGTERM/SIGKILL)');
  assert.notEqual(result.exitCode, 0);
  assert.ok(
    result.durationMs < 20_000,
    `stopped in ${result.durationMs} ms, before the 30 s sleep`,
  );
  assert.match(result.output, /Interrupt received|execution halted/);
  assert.ok(!result.output.includes('\u001b['), 'captured output is ANSI-free');
  // State was persisted: the resource created before the stop is recorded ...
  const list = terraform(dir, ['state', 'list'], env);
  assert.equal(list.status, 0, list.stderr);
  assert.match(list.stdout, /terraform_data\.quick/);
  // ... and the lock was released: another locking command succeeds at once.
  assert.equal(existsSync(join(dir, '.terraform.tfstate.lock.info')), false);
  const plan = terraform(dir, ['plan', '-input=false', '-lock-timeout=0s'], env);
  assert.equal(plan.status, 0, plan.stderr);
}

test('timeout: SIGINT stops terraform gracefully, state persisted, lock released', async (t) => {
  if (!requireTool(t, 'terraform', 'install terraform ≥ 1.9', ['version'])) return;
  const run = await slowApply({ timeoutMs: 4_000 });
  assertStoppedGracefully(run, 'timeout');
  assert.match(run.log.text(), /timed out; sent SIGINT/);
});

test('cancel: aborting the signal sends SIGINT, state persisted, lock released', async (t) => {
  if (!requireTool(t, 'terraform', 'install terraform ≥ 1.9', ['version'])) return;
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 4_000);
  const run = await slowApply({ signal: controller.signal });
  assertStoppedGracefully(run, 'cancelled');
});

test('env values given to the runner are masked in the live log', async (t) => {
  if (!requireTool(t, 'terraform', 'install terraform ≥ 1.9', ['version'])) return;
  const env = await terraformTestEnv();
  const dir = await writeStack({
    'main.tf': 'variable "token" {}\noutput "echo" { value = "token is ${var.token}" }\n',
  });
  const log = createMemoryLogger();
  const result = await runTool(
    {
      bin: 'terraform',
      args: ['apply', '-auto-approve', '-input=false'],
      cwd: dir,
      env: { ...env, TF_VAR_token: 's3cr3t-t0ken-value' },
    },
    { exec: execProcess, log },
  );
  assert.equal(result.exitCode, 0, result.output);
  assert.match(result.output, /token is s3cr3t-t0ken-value/, 'the captured output is intact');
  assert.doesNotMatch(log.text(), /s3cr3t-t0ken-value/);
  assert.match(log.text(), /token is \*\*\*/);
});
