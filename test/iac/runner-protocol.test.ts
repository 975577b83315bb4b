import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { handleRunnerRequest, runnerArgs } from '../../src/iac/runner-protocol.js';
import { execProcess, type Exec } from '../../src/shared/exec.js';
import { createMemoryLogger } from '../../src/shared/log.js';
import { requireTool } from '../support/tools.js';
import { needTerraform, pathWith, tofuStandIn } from './helpers.js';
import { terraformTestEnv, writeStack } from '../support/terraform.js';

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const mustNotRun: Exec = () => {
  throw new Error('a bad request must not start any process');
};

test('runner protocol: bad requests run nothing and say what is wrong', async () => {
  const dir = await writeStack({ 'main.tf': '' });
  const good = { tool: 'terraform', work_dir: dir, command: 'validate' };
  const cases: Array<[string, string, RegExp]> = [
    ['malformed JSON', '{"tool": "terraform",', /not valid JSON/],
    ['not an object', '["terraform"]', /must be a JSON object/],
    ['empty input', '', /not valid JSON/],
    [
      'unknown tool',
      JSON.stringify({ ...good, tool: 'pulumi' }),
      /tool must be "terraform" or "tofu"/,
    ],
    [
      'unknown command',
      JSON.stringify({ ...good, command: 'import' }),
      /command must be one of init, plan, apply, destroy, validate, show, output/,
    ],
    [
      'missing work_dir',
      JSON.stringify({ tool: 'terraform', command: 'plan' }),
      /work_dir is required/,
    ],
    ['empty work_dir', JSON.stringify({ ...good, work_dir: '' }), /work_dir is required/],
    [
      'nonexistent work_dir',
      JSON.stringify({ ...good, work_dir: join(dir, 'nope') }),
      /work_dir .*nope does not exist/,
    ],
    [
      'non-numeric timeout',
      JSON.stringify({ ...good, timeout: 'ten' }),
      /timeout must be a number of minutes/,
    ],
    [
      'negative timeout',
      JSON.stringify({ ...good, timeout: -5 }),
      /timeout must be a positive number/,
    ],
    ['zero timeout', JSON.stringify({ ...good, timeout: 0 }), /timeout must be a positive number/],
    [
      'args not strings',
      JSON.stringify({ ...good, args: ['-json', 3] }),
      /args\.1: every entry of args must be a string/,
    ],
    [
      'args not an array',
      JSON.stringify({ ...good, args: '-json' }),
      /args must be an array of strings/,
    ],
    [
      'env_vars not strings',
      JSON.stringify({ ...good, env_vars: { A: 1 } }),
      /env_vars\.A: every env_vars value must be a string/,
    ],
    ['unknown field', JSON.stringify({ ...good, extra: true }), /Unrecognized key.*extra/i],
  ];
  for (const [name, body, message] of cases) {
    const response = await handleRunnerRequest(body, {
      exec: mustNotRun,
      log: createMemoryLogger(),
    });
    assert.equal(response.success, false, name);
    assert.equal(response.exit_code, -1, name);
    assert.match(response.error_msg, message, `${name}: ${response.error_msg}`);
    assert.doesNotMatch(response.error_msg, /\n|at .*\.ts:\d+/, `${name}: one line, no stack`);
    assert.equal(response.output, '');
    assert.match(response.started_at, RFC3339);
    assert.match(response.ended_at, RFC3339);
  }
});

test('runner protocol: apply and destroy are non-interactive; caller flags are not doubled', () => {
  const cases: Array<[Parameters<typeof runnerArgs>[0], string[]]> = [
    [{ command: 'init', args: [] }, ['init', '-input=false']],
    [{ command: 'plan', args: ['-out=p'] }, ['plan', '-input=false', '-out=p']],
    [{ command: 'apply', args: [] }, ['apply', '-auto-approve', '-input=false']],
    [
      { command: 'apply', args: ['-auto-approve', 'p'] },
      ['apply', '-input=false', '-auto-approve', 'p'],
    ],
    [{ command: 'destroy', args: ['-input=false'] }, ['destroy', '-auto-approve', '-input=false']],
    [{ command: 'validate', args: ['-json'] }, ['validate', '-json']],
    [{ command: 'show', args: [] }, ['show']],
    [{ command: 'output', args: ['-json'] }, ['output', '-json']],
  ];
  for (const [request, expected] of cases) assert.deepEqual(runnerArgs(request), expected);
});

test('runner protocol: good requests run the real terraform (init, plan, apply, output, show, destroy)', async (t) => {
  if (!requireTool(t, 'terraform', 'install terraform ≥ 1.9', ['version'])) return;
  const baseEnv = { ...process.env, ...(await terraformTestEnv()) };
  const dir = await writeStack({
    'main.tf': `variable "name" {}
resource "terraform_data" "x" { input = var.name }
output "name" { value = terraform_data.x.output }
`,
  });
  const log = createMemoryLogger();
  const send = (request: object) =>
    handleRunnerRequest(JSON.stringify({ tool: 'terraform', work_dir: dir, ...request }), {
      exec: execProcess,
      log,
      baseEnv,
    });
  const env_vars = { TF_VAR_name: 'hello-from-env' };

  const init = await send({ command: 'init' });
  assert.equal(init.success, true, init.error_msg);
  assert.equal(init.exit_code, 0);
  assert.match(init.output, /Terraform has been successfully initialized/);
  assert.ok(!init.output.includes('\u001b['), 'output is ANSI-free');

  const plan = await send({ command: 'plan', args: ['-detailed-exitcode'], env_vars, timeout: 5 });
  assert.equal(
    plan.success,
    true,
    'exit code 2 with -detailed-exitcode means changes, not failure',
  );
  assert.equal(plan.exit_code, 2);
  assert.match(plan.output, /Plan: 1 to add, 0 to change, 0 to destroy/);

  const missingVar = await send({ command: 'plan' });
  assert.equal(
    missingVar.success,
    false,
    'no -input: a missing variable fails instead of prompting',
  );
  assert.equal(missingVar.exit_code, 1);
  assert.match(missingVar.error_msg, /terraform plan failed with exit code 1/);
  assert.match(missingVar.output, /No value for required variable/);

  const apply = await send({ command: 'apply', env_vars });
  assert.equal(apply.success, true, apply.output);
  assert.match(apply.output, /Apply complete! Resources: 1 added/);

  const output = await send({ command: 'output', args: ['-json'] });
  assert.equal(JSON.parse(output.output).name.value, 'hello-from-env');

  const show = await send({ command: 'show', args: ['-json'] });
  assert.equal(show.success, true);
  assert.ok(JSON.parse(show.output).values.root_module.resources.length === 1);

  const destroy = await send({ command: 'destroy', env_vars });
  assert.equal(destroy.success, true, destroy.output);
  assert.match(destroy.output, /Destroy complete! Resources: 1 destroyed/);
  const state = JSON.parse(await readFile(join(dir, 'terraform.tfstate'), 'utf8'));
  assert.equal(state.resources.length, 0);
  assert.doesNotMatch(log.text(), /hello-from-env/, 'env_vars values are masked in the log');
  for (const r of [init, plan, apply, output, show, destroy]) {
    assert.match(r.started_at, RFC3339);
    assert.ok(Date.parse(r.ended_at) >= Date.parse(r.started_at));
  }
});

test('runner protocol: a timeout stops the tool and says so', async (t) => {
  if (!requireTool(t, 'terraform', 'install terraform ≥ 1.9', ['version'])) return;
  const baseEnv = { ...process.env, ...(await terraformTestEnv()) };
  const dir = await writeStack({
    'main.tf':
      'resource "terraform_data" "s" {\n  provisioner "local-exec" { command = "sleep 30" }\n}\n',
  });
  const request = { tool: 'terraform', work_dir: dir, command: 'apply', timeout: 0.05 };
  const response = await handleRunnerRequest(JSON.stringify(request), {
    exec: execProcess,
    log: createMemoryLogger(),
    baseEnv,
  });
  assert.equal(response.success, false);
  assert.match(
    response.error_msg,
    /terraform apply timed out after 0\.05 minutes \(stopped with SIGINT\)/,
  );
});

test('runner protocol: tool "tofu" runs the tofu binary (stand-in: OpenTofu is not installable here)', async (t) => {
  if (!needTerraform(t)) return;
  const standIn = await tofuStandIn('1.8.5');
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack({ 'main.tf': 'output "x" { value = 1 }\n' });
  const request = JSON.stringify({ tool: 'tofu', work_dir: dir, command: 'version', args: [] });
  const bad = await handleRunnerRequest(request, { exec: mustNotRun, log: createMemoryLogger() });
  assert.match(bad.error_msg, /command must be one of/, 'version is not a protocol command');

  const validate = JSON.stringify({ tool: 'tofu', work_dir: dir, command: 'validate' });
  const log = createMemoryLogger();
  const ok = await handleRunnerRequest(validate, {
    exec: execProcess,
    log,
    baseEnv: { ...process.env, ...tfEnv, PATH: pathWith(standIn.dir) },
  });
  assert.equal(ok.success, true, ok.error_msg);
  assert.match(log.text(), new RegExp(`\\$ ${standIn.bin} validate`));

  const missing = await handleRunnerRequest(validate, {
    exec: mustNotRun,
    log,
    baseEnv: { PATH: pathWith() },
  });
  assert.equal(missing.success, false);
  assert.equal(missing.exit_code, -1);
  assert.match(
    missing.error_msg,
    /tofu was chosen \(the tool option\) but is not installed\. Install tofu/,
  );
});
