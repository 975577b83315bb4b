import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyStack, terraform, terraformTestEnv, writeStack } from '../support/terraform.js';
import { needTerraform, standIn } from './helpers.js';
import { gantry } from './cli-support.js';

const NETWORK = new URL('../../examples/stacks/network', import.meta.url).pathname;
const APP = new URL('../../examples/stacks/app', import.meta.url).pathname;

/** The TF_* variables of a test env (what the terraform() helper merges over process.env). */
function tfOnly(e: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(e).filter((kv): kv is [string, string] => kv[0].startsWith('TF_') && !!kv[1]),
  );
}

async function env() {
  return { ...process.env, ...(await terraformTestEnv()) };
}

test('gantry plan on the network example: files written, comment printed, exit 2 (or 0 with --no-detailed-exitcode)', async (t) => {
  if (!needTerraform(t)) return;
  const dir = await copyStack(NETWORK);
  const e = await env();
  const run = await gantry(['plan', '.', '--out', 'out', '--var', 'environment=prod'], {
    cwd: dir,
    env: e,
  });
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stdout, /Terraform plan for `[^`]+`/);
  assert.match(run.stdout, /Plan: 6 to add, 0 to change, 0 to destroy\./);
  assert.match(run.stdout, /prod-vpc/);
  assert.ok(!run.stdout.includes('demo-only-not-a-real-secret'));
  assert.deepEqual((await readdir(join(dir, 'out'))).sort(), [
    'comment.md',
    'manifest.json',
    'plan.json',
    'summary.md',
    'tfplan',
  ]);
  assert.equal(await readFile(join(dir, 'out', 'comment.md'), 'utf8'), run.stdout);
  const quiet = await gantry(['plan', '--no-detailed-exitcode'], { cwd: dir, env: e });
  assert.equal(quiet.code, 0, quiet.stderr);
  assert.ok(
    (await readdir(join(dir, '.gantry'))).includes('tfplan'),
    'default out is <dir>/.gantry',
  );
});

test('gantry plan on the app example (local module, moved block) plans without network', async (t) => {
  if (!needTerraform(t)) return;
  const dir = await copyStack(APP);
  const run = await gantry(['plan', dir, '--target-name', 'app'], { cwd: dir, env: await env() });
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stdout, /module\.api\.terraform_data\.deployment/);
  assert.match(run.stdout, /Plan: 6 to add/);
});

test('gantry plan: a broken stack exits 1 with the error and its place in the comment', async (t) => {
  if (!needTerraform(t)) return;
  const dir = await writeStack({ 'main.tf': 'resource "terraform_data" "x" {\n  input = \n' });
  const run = await gantry(['plan', dir], { cwd: dir, env: await env() });
  assert.equal(run.code, 1);
  assert.match(run.stdout, /main\.tf:\d+/);
  assert.match(run.log, /error: .*main\.tf|error: /);
});

test('gantry plan: user mistakes are one line on stderr, exit 1, nothing run', async () => {
  const dir = await writeStack({ 'main.tf': '' });
  const e = await env();
  const cases: Array<[string[], RegExp]> = [
    [['plan', 'nope'], /^gantry plan: Working directory \S+\/nope does not exist\.\n$/],
    [
      ['plan', '--tool', 'pulumi'],
      /^gantry plan: --tool must be terraform, tofu or auto, got 'pulumi'\.\n$/,
    ],
    [['plan', '--timeout=-3'], /^gantry plan: --timeout must be a positive number, got '-3'\.\n$/],
    [
      ['plan', '--timeout', 'soon'],
      /^gantry plan: --timeout must be a positive number, got 'soon'/,
    ],
    [['plan', '--var', 'novalue'], /^gantry plan: --var expects NAME=VALUE/],
    [['plan', '--plan-args=-refresh=false | tee x'], /^gantry plan: plan-args: .*contains '\|'/],
    [['plan', '--frobnicate'], /^gantry plan: Unknown option '--frobnicate'/],
    [['plan', 'a', 'b'], /^gantry plan: expected at most one directory/],
  ];
  for (const [argv, message] of cases) {
    const run = await gantry(argv, { cwd: dir, env: e });
    assert.equal(run.code, 1, argv.join(' '));
    assert.match(run.stderr, message, argv.join(' '));
    assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
    assert.equal(run.stdout, '');
  }
  assert.deepEqual(await readdir(dir), ['main.tf']);
});

test('gantry apply: refuses a tampered plan or another tool version; applies the untouched plan', async (t) => {
  if (!needTerraform(t)) return;
  const dir = await copyStack(NETWORK);
  const e = await env();
  assert.equal((await gantry(['plan', '--out', 'p'], { cwd: dir, env: e })).code, 2);
  const plan = await readFile(join(dir, 'p', 'tfplan'));

  await appendFile(join(dir, 'p', 'tfplan'), Buffer.from([0]));
  const tampered = await gantry(['apply', 'p'], { cwd: dir, env: e });
  assert.equal(tampered.code, 1);
  assert.match(
    tampered.stderr,
    /^gantry apply: refused \(plan-hash-mismatch\): The plan file's SHA-256 is [0-9a-f]{12}…/,
  );
  await writeFile(join(dir, 'p', 'tfplan'), plan);

  const other = await standIn('terraform', '1.99.0');
  const otherTool = await gantry(['apply', 'p'], {
    cwd: dir,
    env: { ...e, GANTRY_TERRAFORM_BIN: other.bin },
  });
  assert.equal(otherTool.code, 1);
  assert.match(
    otherTool.stderr,
    /^gantry apply: refused \(tool-mismatch\): The plan was made with terraform \S+, but 1\.99\.0 would apply it\./,
  );
  assert.equal(terraform(dir, ['state', 'list'], tfOnly(e)).stdout, '', 'nothing applied so far');

  const ok = await gantry(['apply', 'p'], { cwd: dir, env: e });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /^Applied \S+ \(digest [0-9a-f]{64}\)\./);
  assert.match(ok.stdout, /vpn_shared_key = \(sensitive\)/);
  assert.ok(!ok.stdout.includes('demo-only-not-a-real-secret'));
  assert.match(terraform(dir, ['state', 'list'], tfOnly(e)).stdout, /terraform_data\.vpn/);

  const again = await gantry(['apply', 'p'], { cwd: dir, env: e });
  assert.equal(again.code, 1);
  assert.match(again.stderr, /^gantry apply: failed \(plan-stale\): /);
});

test('every iac subcommand has --help', async () => {
  for (const name of ['plan', 'apply', 'runner']) {
    const run = await gantry([name, '--help'], { cwd: '/', env: process.env });
    assert.equal(run.code, 0);
    assert.match(run.stdout, new RegExp(`^Usage: gantry ${name}`));
    assert.match(run.stdout, /Exit codes/);
  }
});
