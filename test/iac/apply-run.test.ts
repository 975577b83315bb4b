import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyPlanDir, type ApplyOptions } from '../../src/iac/apply-run.js';
import { runTool } from '../../src/iac/run-tool.js';
import { execProcess } from '../../src/shared/exec.js';
import { createMemoryLogger } from '../../src/shared/log.js';
import { UserError } from '../../src/shared/errors.js';
import { terraform, terraformTestEnv, writeStack } from '../support/terraform.js';
import { needTerraform, standIn } from './helpers.js';
import { plan } from './plan-support.js';

const STACK = {
  'main.tf': `
variable "key" {
  type      = string
  sensitive = true
  default   = "k3y-APPLY-SECRET-77"
}
resource "terraform_data" "a" { input = "alpha" }
output "name" { value = terraform_data.a.output }
output "key" {
  value     = var.key
  sensitive = true
}
`,
};

async function planned(files: Record<string, string> = STACK, out = '.gantry') {
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack(files);
  const outcome = await plan(dir, tfEnv, { out: join(dir, out) });
  assert.equal(outcome.status, 'changes', outcome.comment);
  return { dir, tfEnv, outDir: outcome.outDir, outcome };
}

async function apply(
  outDir: string,
  dir: string,
  tfEnv: Record<string, string>,
  options: ApplyOptions = {},
) {
  const log = createMemoryLogger();
  const outcome = await applyPlanDir(
    outDir,
    { root: dir, baseEnv: { ...process.env, ...tfEnv }, ...options },
    { exec: execProcess, log },
  );
  return { ...outcome, logText: log.text() };
}

test('apply: applies exactly the saved plan and returns outputs, sensitive ones flagged and masked', async (t) => {
  if (!needTerraform(t)) return;
  const { dir, tfEnv, outDir } = await planned();
  const result = await apply(outDir, dir, tfEnv);
  assert.equal(result.status, 'applied', result.output);
  assert.match(result.output, /Apply complete! Resources: 1 added, 0 changed, 0 destroyed/);
  assert.deepEqual(result.outputs?.name, { sensitive: false, type: 'string', value: 'alpha' });
  assert.equal(result.outputs?.key?.sensitive, true);
  assert.ok(!result.logText.includes('k3y-APPLY-SECRET-77'));
  const state = JSON.parse(await readFile(join(dir, 'terraform.tfstate'), 'utf8'));
  assert.equal(state.resources[0].type, 'terraform_data');
});

test('apply: refuses with a named reason when the plan folder is not what was planned', async (t) => {
  if (!needTerraform(t)) return;
  const fakeTerraform = await standIn('terraform', '1.99.0');
  const cases: Array<{
    name: string;
    arrange: (outDir: string) => Promise<void>;
    options?: ApplyOptions;
    reason: string;
    message: RegExp;
  }> = [
    {
      name: 'tampered plan file',
      arrange: (o) => appendFile(join(o, 'tfplan'), 'x'),
      reason: 'plan-hash-mismatch',
      message: /plan file was changed after planning/,
    },
    {
      name: 'plan file missing',
      arrange: (o) => rm(join(o, 'tfplan')),
      reason: 'plan-missing',
      message: /tfplan is missing/,
    },
    {
      name: 'manifest records another tool version',
      arrange: async (o) => {
        const m = JSON.parse(await readFile(join(o, 'manifest.json'), 'utf8'));
        await writeFile(join(o, 'manifest.json'), JSON.stringify({ ...m, toolVersion: '1.5.7' }));
      },
      reason: 'tool-mismatch',
      message: /made with terraform 1\.5\.7, but \d+\.\d+\.\d+ would apply it/,
    },
    {
      name: 'a different terraform binary (stand-in reporting 1.99.0)',
      arrange: async () => undefined,
      options: { bin: fakeTerraform.bin },
      reason: 'tool-mismatch',
      message: /but 1\.99\.0 would apply it/,
    },
    {
      name: 'not the reviewed digest',
      arrange: async () => undefined,
      options: { expect: { digest: 'f'.repeat(64) } },
      reason: 'digest-mismatch',
      message: /ffffffffffff… was reviewed/,
    },
    {
      name: 'manifest missing',
      arrange: (o) => rm(join(o, 'manifest.json')),
      reason: 'manifest-missing',
      message: /No plan manifest/,
    },
    {
      name: 'manifest corrupt',
      arrange: (o) => writeFile(join(o, 'manifest.json'), '{"manifestVersion": 1, "digest": 3}'),
      reason: 'manifest-corrupt',
      message: /manifest\.json is invalid: /,
    },
  ];
  const { dir, tfEnv, outDir } = await planned();
  const pristine = {
    plan: await readFile(join(outDir, 'tfplan')),
    manifest: await readFile(join(outDir, 'manifest.json')),
  };
  for (const c of cases) {
    await writeFile(join(outDir, 'tfplan'), pristine.plan);
    await writeFile(join(outDir, 'manifest.json'), pristine.manifest);
    await c.arrange(outDir);
    await assert.rejects(
      apply(outDir, dir, tfEnv, c.options),
      (e: unknown) => e instanceof UserError && e.reason === c.reason && c.message.test(e.message),
      c.name,
    );
  }
  assert.equal(terraform(dir, ['state', 'list'], tfEnv).stdout.trim(), '', 'nothing was applied');
});

test('apply: a plan made before another apply is stale (plan-stale)', async (t) => {
  if (!needTerraform(t)) return;
  const { dir, tfEnv, outDir } = await planned();
  const second = await plan(dir, tfEnv, { out: join(dir, 'second') });
  assert.equal((await apply(outDir, dir, tfEnv)).status, 'applied');
  const stale = await apply(second.outDir, dir, tfEnv);
  assert.equal(stale.status, 'failed');
  assert.equal(stale.failure?.reason, 'plan-stale');
  assert.match(stale.failure?.message ?? '', /Plan again/);
});

test('apply: a state held by another run fails as state-locked, naming the holder', async (t) => {
  if (!needTerraform(t)) return;
  const { dir, tfEnv, outDir } = await planned({
    'main.tf': 'resource "terraform_data" "a" {}\n',
    'slow.tf': '',
  });
  // Another run holds the lock: an apply of a slow resource in the same directory.
  await writeFile(
    join(dir, 'slow.tf'),
    'resource "terraform_data" "slow" {\n  provisioner "local-exec" { command = "sleep 30" }\n}\n',
  );
  const controller = new AbortController();
  const busy = runTool(
    {
      bin: 'terraform',
      args: ['apply', '-auto-approve', '-input=false'],
      cwd: dir,
      baseEnv: { ...process.env, ...tfEnv },
      signal: controller.signal,
      graceMs: 20_000,
    },
    { exec: execProcess, log: createMemoryLogger() },
  );
  try {
    await waitFor(() => readFile(join(dir, '.terraform.tfstate.lock.info'), 'utf8'));
    const locked = await apply(outDir, dir, tfEnv, { lockTimeout: 0 });
    assert.equal(locked.status, 'failed');
    assert.equal(locked.failure?.reason, 'state-locked', locked.output);
    assert.match(locked.failure?.lock?.id ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(locked.failure?.lock?.operation, 'OperationTypeApply');
    assert.match(locked.failure?.message ?? '', /held by .+ for OperationTypeApply/);
  } finally {
    controller.abort();
    const stopped = await busy;
    assert.equal(stopped.escalation, 'SIGINT');
  }
});

async function waitFor<T>(probe: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

test('apply: a plan made in a workspace is applied in that workspace', async (t) => {
  if (!needTerraform(t)) return;
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack({
    'main.tf': 'resource "terraform_data" "a" { input = terraform.workspace }\n',
  });
  const planned = await plan(dir, tfEnv, { workspace: 'blue' });
  terraform(dir, ['workspace', 'select', 'default'], tfEnv);
  const result = await apply(planned.outDir, dir, tfEnv);
  assert.equal(result.status, 'applied', result.output);
  const state = JSON.parse(
    await readFile(join(dir, 'terraform.tfstate.d', 'blue', 'terraform.tfstate'), 'utf8'),
  );
  assert.equal(state.resources[0].instances[0].attributes.input.value, 'blue');
});
