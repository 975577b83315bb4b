import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { terraformTestEnv, writeStack } from '../support/terraform.js';
import { needTerraform } from './helpers.js';
import { plan } from './plan-support.js';
import { createMemoryLogger } from '../../src/shared/log.js';

// A plan that takes several seconds even on a fast machine: many resources, one at a time.
const SLOW_PLAN = {
  'main.tf': 'resource "terraform_data" "n" {\n  count = 10000\n  input = count.index\n}\n',
};

test('planTarget: a timeout stops the plan with SIGINT and fails with reason timeout', async (t) => {
  if (!needTerraform(t)) return;
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack(SLOW_PLAN);
  const outcome = await plan(dir, tfEnv, { timeoutMinutes: 1 / 60, parallelism: 1 });
  assert.equal(outcome.status, 'failed');
  assert.equal(outcome.exitCode, 1);
  assert.equal(outcome.stopped, 'timeout');
  assert.equal(outcome.escalation, 'SIGINT');
  assert.deepEqual(outcome.failure && [outcome.failure.phase, outcome.failure.reason], [
    'plan',
    'timeout',
  ]);
  assert.match(outcome.failure?.message ?? '', /timed out; stopped with SIGINT/);
  assert.equal(
    existsSync(join(outcome.outDir, 'manifest.json')),
    false,
    'no manifest for a stopped plan',
  );
  assert.match(outcome.comment, /plan/i);
});

test('planTarget: cancelling through the AbortSignal stops the plan gracefully', async (t) => {
  if (!needTerraform(t)) return;
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack(SLOW_PLAN);
  const controller = new AbortController();
  // Cancel shortly after the plan phase itself has started (not on a timer from the start, so a
  // fast init cannot let the plan finish first).
  const log = createMemoryLogger();
  const group = log.group.bind(log);
  log.group = (name, fn) => {
    if (/ plan$/.test(name)) setTimeout(() => controller.abort(), 300);
    return group(name, fn);
  };
  const outcome = await plan(dir, tfEnv, { parallelism: 1 }, controller.signal, log);
  assert.equal(outcome.status, 'failed');
  assert.equal(outcome.stopped, 'cancelled');
  assert.equal(outcome.escalation, 'SIGINT');
  assert.equal(outcome.failure?.reason, 'cancelled');
});
