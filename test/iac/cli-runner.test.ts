import { test } from 'node:test';
import assert from 'node:assert/strict';
import { terraformTestEnv, writeStack } from '../support/terraform.js';
import { needTerraform } from './helpers.js';
import { gantryChild } from './cli-support.js';

test('gantry runner (child process): a good request runs terraform, one JSON response on stdout', async (t) => {
  if (!needTerraform(t)) return;
  const env = { ...process.env, ...(await terraformTestEnv()) };
  const dir = await writeStack({ 'main.tf': 'output "x" { value = "y" }\n' });
  const request = { tool: 'terraform', work_dir: dir, command: 'validate', args: ['-no-color'] };
  const run = await gantryChild(['runner'], { cwd: dir, env, stdin: JSON.stringify(request) });
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, 1, 'exactly one JSON document on stdout');
  const response = JSON.parse(lines[0]!);
  assert.deepEqual(Object.keys(response).sort(), [
    'ended_at',
    'error_msg',
    'exit_code',
    'output',
    'started_at',
    'success',
  ]);
  assert.equal(response.success, true);
  assert.equal(response.exit_code, 0);
  assert.match(response.output, /Success! The configuration is valid/);
});

test('gantry runner (child process): a bad request exits non-zero with a clear error_msg, no stack', async () => {
  const dir = await writeStack({});
  const run = await gantryChild(['runner'], {
    cwd: dir,
    env: process.env,
    stdin: '{"tool":"terraform","command":"plan","work_dir":',
  });
  assert.equal(run.code, 1);
  const response = JSON.parse(run.stdout);
  assert.equal(response.success, false);
  assert.equal(response.exit_code, -1);
  assert.match(response.error_msg, /^request is not valid JSON/);
  assert.doesNotMatch(run.stdout + run.stderr, /at .+\.(ts|js):\d+/);
});
