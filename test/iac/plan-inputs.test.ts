import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { terraform, terraformTestEnv, writeStack } from '../support/terraform.js';
import { plan } from './plan-support.js';
import { needTerraform, pathWith, tofuStandIn } from './helpers.js';
import { UserError } from '../../src/shared/errors.js';

const SECRET_STACK = {
  'main.tf': `
variable "db_password" {
  type      = string
  sensitive = true
}
variable "api_token" {
  type      = string
  sensitive = true
}
variable "region" {
  type = string
}
resource "terraform_data" "db" {
  input = { password = var.db_password, region = var.region }
}
resource "terraform_data" "api" {
  input = var.api_token
}
output "connection" {
  value     = "postgres://app:\${var.db_password}@db"
  sensitive = true
}
`,
  'prod.tfvars': 'api_token = "tok-FROM-VARFILE-9f8e7d"\n',
};

test('sensitive values never reach comment.md, summary.md, manifest.json, plan.json or the log', async (t) => {
  if (!needTerraform(t)) return;
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack(SECRET_STACK);
  const outcome = await plan(dir, tfEnv, {
    vars: { db_password: 'pw-SECRET-1c2b3a', region: 'eu-west-1' },
    varFiles: ['prod.tfvars'],
  });
  assert.equal(outcome.status, 'changes', outcome.comment);
  assert.match(outcome.comment, /terraform_data\.db/);
  assert.match(outcome.comment, /eu-west-1/, 'a non-sensitive value is shown');
  assert.match(outcome.comment, /\(sensitive value\)/);
  const files = ['comment.md', 'summary.md', 'manifest.json', 'plan.json'];
  for (const name of files) {
    const text = await readFile(join(outcome.outDir, name), 'utf8');
    for (const secret of ['pw-SECRET-1c2b3a', 'tok-FROM-VARFILE-9f8e7d']) {
      assert.ok(!text.includes(secret), `${name} holds ${secret}`);
    }
  }
  assert.ok(!outcome.logText.includes('pw-SECRET-1c2b3a'), 'log holds the -var value');
  assert.match(outcome.logText, /-var=db_password=\*\*\*/);
  const manifest = JSON.parse(await readFile(join(outcome.outDir, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.varFiles, ['prod.tfvars']);
});

test('a syntax error fails the plan with file and line in the diagnostics and the comment', async (t) => {
  if (!needTerraform(t)) return;
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack({
    'main.tf': 'resource "terraform_data" "ok" {}\n',
    'broken.tf': 'resource "terraform_data" "bad" {\n  input = "x"\n  input2 = \n}\n',
  });
  const outcome = await plan(dir, tfEnv);
  assert.equal(outcome.status, 'failed');
  assert.equal(outcome.exitCode, 1);
  assert.equal(outcome.failure?.phase, 'init');
  assert.equal(outcome.failure?.reason, 'init-failed');
  const error = outcome.diagnostics.find((d) => d.severity === 'error' && d.file);
  assert.ok(error, JSON.stringify(outcome.diagnostics));
  assert.equal(error.file, 'broken.tf');
  assert.equal(error.line, 3);
  assert.match(outcome.comment, /broken\.tf:3/);
  assert.match(outcome.comment, new RegExp(error.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.deepEqual((await readdir(outcome.outDir)).sort(), ['comment.md', 'summary.md']);
  assert.match(outcome.logText, /error: Argument definition required|error: Invalid expression/);
});

test('a variable validation failure is reported from plan with the variable file and line', async (t) => {
  if (!needTerraform(t)) return;
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack({
    'main.tf':
      'variable "size" {\n  type = number\n  validation {\n    condition     = var.size < 10\n    error_message = "size must be below 10."\n  }\n}\n',
  });
  const outcome = await plan(dir, tfEnv, { vars: { size: '42' } });
  assert.equal(outcome.failure?.phase, 'plan');
  const d = outcome.diagnostics.find((x) => x.severity === 'error');
  assert.equal(d?.file, 'main.tf');
  assert.match(d?.detail ?? '', /size must be below 10/);
  assert.match(outcome.comment, /size must be below 10/);
});

test('workspaces: a missing workspace is created, the target name and manifest record it', async (t) => {
  if (!needTerraform(t)) return;
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack({
    'main.tf': 'resource "terraform_data" "a" { input = terraform.workspace }\n',
  });
  const outcome = await plan(dir, tfEnv, { workspace: 'staging' });
  assert.equal(outcome.status, 'changes', outcome.comment);
  assert.equal(outcome.target, `${dir.split('/').pop()}/staging`);
  assert.equal(outcome.manifest?.workspace, 'staging');
  assert.match(outcome.comment, /"staging"/);
  const list = terraform(dir, ['workspace', 'list'], tfEnv);
  assert.match(list.stdout, /\* staging/);
  const again = await plan(dir, tfEnv, { workspace: 'staging', targetName: 'net (staging)' });
  assert.equal(again.status, 'changes', 'selecting an existing workspace works too');
  assert.equal(again.targetId, 'net-staging');
  const implicit = await plan(dir, tfEnv);
  assert.equal(implicit.manifest?.workspace, 'staging', 'the selected workspace is recorded');
  assert.match(implicit.target, /\/staging$/);
});

test('hostile strings in values and addresses reach the comment inert', async (t) => {
  if (!needTerraform(t)) return;
  const tfEnv = await terraformTestEnv();
  const hostile = [
    '</details><script>alert(1)</script>',
    '```\n# injected heading\n```',
    '@octocat please approve #123',
    '<img src=x onerror=alert(1)>',
  ];
  const dir = await writeStack({
    'main.tf': `resource "terraform_data" "h" {\n  for_each = toset(${JSON.stringify(['</details>@admin #1'])})\n  input = ${JSON.stringify(hostile)}\n}\n`,
  });
  const outcome = await plan(dir, tfEnv);
  assert.equal(outcome.status, 'changes', outcome.comment);
  for (const doc of [outcome.comment, outcome.summary]) {
    // Inside fenced blocks and code spans GitHub renders text literally; outside, nothing live.
    const prose = outsideCode(doc);
    assert.equal(prose.match(/<details>/g)?.length, prose.match(/<\/details>/g)?.length);
    for (const live of ['<script', '<img', '@octocat', '@admin', '#123', '# injected heading']) {
      assert.ok(!prose.includes(live), `'${live}' is live outside code`);
    }
  }
  assert.ok(outcome.comment.includes('</details><script>alert(1)</script>'), 'shown as code');
});

test('a 5,000-resource plan keeps the comment within 65,536 characters', async (t) => {
  if (!needTerraform(t)) return;
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack({
    'main.tf':
      'resource "terraform_data" "n" {\n  count = 5000\n  input = { index = count.index, name = "node-${count.index}" }\n}\n',
  });
  const outcome = await plan(dir, tfEnv, { parallelism: 50 });
  assert.equal(outcome.model?.counts.add, 5000);
  assert.ok(outcome.comment.length <= 65_536, `comment is ${outcome.comment.length} chars`);
  assert.ok(Buffer.byteLength(outcome.summary) <= 1_048_576);
  assert.match(outcome.comment, /Plan: 5000 to add, 0 to change, 0 to destroy/);
  assert.match(outcome.comment, /more/);
});

test('tofu stand-in (OpenTofu is not installable here): *.tofu files make a tofu plan', async (t) => {
  if (!needTerraform(t)) return;
  const standIn = await tofuStandIn('1.8.5');
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack({ 'main.tf': 'resource "terraform_data" "a" {}\n' });
  await writeFile(join(dir, '.opentofu-version'), '1.8.5\n');
  const outcome = await plan(dir, { ...tfEnv, PATH: pathWith(standIn.dir) });
  assert.equal(outcome.tool, 'tofu');
  assert.equal(outcome.toolVersion, '1.8.5');
  assert.equal(outcome.manifest?.tool, 'tofu');
  assert.match(outcome.comment, /OpenTofu|tofu/);
  assert.match(outcome.logText, new RegExp(`${standIn.bin} plan`));
});

test('bad input is refused before anything runs', async () => {
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack({ 'main.tf': '' });
  const cases: Array<[string, Parameters<typeof plan>[2], RegExp]> = [
    ['missing dir', { dir: join(dir, 'nope') }, /does not exist/],
    [
      'shell operator in plan-args',
      { planArgs: '-refresh=false; rm -rf /' },
      /plan-args: .*contains ';'/,
    ],
    ['bad workspace', { workspace: 'a b' }, /Workspace name 'a b' is not valid/],
    ['bad variable name', { vars: { 'a-b c': '1' } }, /Variable name/],
    ['missing binary', { tool: 'terraform', bin: join(dir, 'no-terraform') }, /not found/],
  ];
  for (const [name, options, message] of cases) {
    await assert.rejects(
      plan(dir, tfEnv, options),
      (e: unknown) => e instanceof UserError && message.test(e.message),
      name,
    );
  }
  assert.deepEqual(await readdir(dir), ['main.tf'], 'nothing was written or initialised');
});

/** The document without fenced code blocks (any fence length) and inline code spans. */
function outsideCode(doc: string): string {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of doc.split('\n')) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1]!.startsWith(fence[0]!) && m[1]!.length >= fence.length && line.trim() === m[1])
        fence = undefined;
      continue;
    }
    if (m) {
      fence = m[1];
      continue;
    }
    lines.push(line.replace(/(`+)[\s\S]*?\1/g, ''));
  }
  return lines.join('\n');
}

test('the output folder is never wiped: only the files a previous plan wrote are replaced', async (t) => {
  if (!needTerraform(t)) return;
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack({
    'main.tf': 'resource "terraform_data" "a" {}\n',
    'notes.txt': 'mine',
  });
  await writeFile(join(dir, 'summary.md'), 'stale summary');
  const outcome = await plan(dir, tfEnv, { out: dir });
  assert.equal(outcome.status, 'changes', outcome.comment);
  assert.equal(await readFile(join(dir, 'notes.txt'), 'utf8'), 'mine');
  assert.notEqual(await readFile(join(dir, 'summary.md'), 'utf8'), 'stale summary');
  assert.ok((await readdir(dir)).includes('main.tf'));
});
