import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { terraformTestEnv, writeStack, terraform } from '../support/terraform.js';
import { appliedStack, plan, type Files } from './plan-support.js';
import { needTerraform } from './helpers.js';
import { readManifest, verifyPlanDir } from '../../src/iac/manifest.js';

interface Scenario {
  name: string;
  before?: Files;
  after: Files;
  remove?: string[];
  counts: Partial<
    Record<'add' | 'change' | 'destroy' | 'replace' | 'import' | 'move' | 'forget', number>
  >;
  /** terraform's own sentence, as in its text output. */
  line: RegExp;
  comment: RegExp[];
  actions?: Array<[string, string, string?]>;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'create',
    after: { 'main.tf': 'resource "terraform_data" "a" { input = "one" }\n' },
    counts: { add: 1, change: 0, destroy: 0 },
    line: /Plan: 1 to add, 0 to change, 0 to destroy\./,
    comment: [/terraform_data\.a/, /\*\*Create\*\* \(1\)/],
    actions: [['terraform_data.a', 'create']],
  },
  {
    name: 'update in place',
    before: { 'main.tf': 'resource "terraform_data" "a" { input = "one" }\n' },
    after: { 'main.tf': 'resource "terraform_data" "a" { input = "two" }\n' },
    counts: { add: 0, change: 1, destroy: 0 },
    line: /Plan: 0 to add, 1 to change, 0 to destroy\./,
    comment: [/"one"/, /"two"/],
    actions: [['terraform_data.a', 'update']],
  },
  {
    name: 'replace, destroy first',
    before: { 'main.tf': 'resource "terraform_data" "a" { triggers_replace = ["v1"] }\n' },
    after: { 'main.tf': 'resource "terraform_data" "a" { triggers_replace = ["v2"] }\n' },
    counts: { add: 1, change: 0, destroy: 1, replace: 1 },
    line: /Plan: 1 to add, 0 to change, 1 to destroy\./,
    comment: [/terraform_data\.a/, /replace/i],
    actions: [['terraform_data.a', 'replace', 'delete-first']],
  },
  {
    name: 'replace, create first',
    before: {
      'main.tf':
        'resource "terraform_data" "a" {\n  triggers_replace = ["v1"]\n  lifecycle { create_before_destroy = true }\n}\n',
    },
    after: {
      'main.tf':
        'resource "terraform_data" "a" {\n  triggers_replace = ["v2"]\n  lifecycle { create_before_destroy = true }\n}\n',
    },
    counts: { add: 1, destroy: 1, replace: 1 },
    line: /Plan: 1 to add, 0 to change, 1 to destroy\./,
    comment: [/terraform_data\.a/],
    actions: [['terraform_data.a', 'replace', 'create-first']],
  },
  {
    name: 'delete',
    before: {
      'main.tf': 'resource "terraform_data" "a" {}\n',
      'b.tf': 'resource "terraform_data" "b" {}\n',
    },
    after: {},
    remove: ['b.tf'],
    counts: { add: 0, change: 0, destroy: 1 },
    line: /Plan: 0 to add, 0 to change, 1 to destroy\./,
    comment: [/terraform_data\.b/, /destroy/i],
    actions: [['terraform_data.b', 'delete']],
  },
  {
    name: 'move (moved block)',
    before: { 'main.tf': 'resource "terraform_data" "old" { input = "x" }\n' },
    after: {
      'main.tf':
        'resource "terraform_data" "new" { input = "x" }\nmoved {\n  from = terraform_data.old\n  to   = terraform_data.new\n}\n',
    },
    counts: { add: 0, change: 0, destroy: 0, move: 1 },
    line: /No changes|Plan: 0 to add, 0 to change, 0 to destroy\./,
    comment: [/terraform_data\.old/, /terraform_data\.new/],
  },
  {
    name: 'import (import block)',
    after: {
      'main.tf':
        'import {\n  to = terraform_data.imp\n  id = "existing-id"\n}\nresource "terraform_data" "imp" {}\n',
    },
    counts: { add: 0, import: 1 },
    line: /Plan: 1 to import, 0 to add, 0 to change, 0 to destroy\./,
    comment: [/terraform_data\.imp/, /1 to import/],
  },
  {
    name: 'forget (removed block, destroy = false)',
    before: {
      'main.tf': 'resource "terraform_data" "keep" {}\n',
      'gone.tf': 'resource "terraform_data" "gone" {}\n',
    },
    after: {
      'gone.tf': 'removed {\n  from = terraform_data.gone\n  lifecycle { destroy = false }\n}\n',
    },
    counts: { add: 0, destroy: 0, forget: 1 },
    line: /Plan: 0 to add, 0 to change, 0 to destroy\./,
    comment: [/terraform_data\.gone/, /forget/i],
    actions: [['terraform_data.gone', 'forget']],
  },
];

for (const s of SCENARIOS) {
  test(`plan with the real terraform: ${s.name}`, async (t) => {
    if (!needTerraform(t)) return;
    let dir: string;
    let tfEnv: Record<string, string>;
    if (s.before) ({ dir, tfEnv } = await appliedStack(s.before, s.after, s.remove));
    else {
      tfEnv = await terraformTestEnv();
      dir = await writeStack(s.after);
    }
    const outcome = await plan(dir, tfEnv);
    assert.equal(outcome.status, 'changes', outcome.comment);
    assert.equal(outcome.exitCode, 2);
    const model = outcome.model!;
    for (const [key, value] of Object.entries(s.counts)) {
      assert.equal(model.counts[key as keyof typeof model.counts], value, `counts.${key}`);
    }
    // terraform's own text output for the same saved plan carries the same sentence.
    const text = terraform(dir, ['show', '-no-color', join(outcome.outDir, 'tfplan')], tfEnv);
    assert.match(text.stdout, s.line);
    for (const [address, action, order] of s.actions ?? []) {
      const r = model.resources.find((x) => x.address === address);
      assert.equal(r?.action, action, address);
      if (order) assert.equal(r?.replaceOrder, order);
    }
    for (const re of s.comment) assert.match(outcome.comment, re);
    // The files and the manifest agree with what was planned.
    const manifest = await readManifest(outcome.outDir);
    assert.equal(manifest.digest, outcome.digest);
    assert.deepEqual(manifest.counts, model.counts);
    assert.equal(manifest.workingDir, '.');
    assert.deepEqual(await verifyPlanDir(outcome.outDir, { toolVersion: outcome.toolVersion }), {
      ok: true,
    });
    assert.equal(await readFile(join(outcome.outDir, 'comment.md'), 'utf8'), outcome.comment);
  });
}

test('plan with the real terraform: no changes exits 0 and says so', async (t) => {
  if (!needTerraform(t)) return;
  const { dir, tfEnv } = await appliedStack({ 'main.tf': 'resource "terraform_data" "a" {}\n' });
  const outcome = await plan(dir, tfEnv);
  assert.equal(outcome.status, 'no-changes');
  assert.equal(outcome.exitCode, 0);
  assert.equal(outcome.model?.hasChanges, false);
  assert.match(outcome.comment, /No changes/i);
});

test('plan with the real terraform: a failed check block is a warning with its place, not a failure', async (t) => {
  if (!needTerraform(t)) return;
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack({
    'main.tf': `resource "terraform_data" "a" { input = 3 }
check "small" {
  assert {
    condition     = terraform_data.a.input > 5
    error_message = "input must be above five"
  }
}
`,
  });
  const outcome = await plan(dir, tfEnv);
  assert.equal(outcome.status, 'changes');
  const warning = outcome.diagnostics.find((d) => d.severity === 'warning');
  assert.equal(warning?.file, 'main.tf');
  assert.equal(warning?.line, 4);
  assert.match(outcome.comment, /check\.small/);
  assert.match(outcome.comment, /input must be above five/);
  assert.match(outcome.logText, /warning: Check block assertion failed/);
});
