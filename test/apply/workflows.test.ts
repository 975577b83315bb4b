import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './harness.js';

/**
 * What the apply relies on in the reusable terraform workflow (actionlint, GitHub's parser and
 * the Gantry action inputs are checked for every workflow by test/repo/workflows.test.ts).
 */
const WORKFLOW = '.github/workflows/terraform.yml';

interface Job {
  if?: string;
  environment?: string;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  permissions?: Record<string, string>;
  needs?: string;
  steps?: { uses?: string; with?: Record<string, unknown> }[];
}

test('terraform.yml: apply waits for the environment, never overlaps per target, least privilege', async () => {
  const doc = parse(await readFile(join(REPO_ROOT, WORKFLOW), 'utf8')) as {
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
