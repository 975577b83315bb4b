import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultTarget } from '../../src/plan-job/job.js';
import { planArtifactName } from '../../src/iac/manifest.js';
import { planOutputs } from '../../src/plan-job/outputs.js';
import type { PlanJobResult } from '../../src/plan-job/types.js';
import { OUTPUTS } from '../../src/actions/plan/inputs.js';

describe('plan job: names and outputs', () => {
  const targets: [string, string, string, string][] = [
    ['/repo/stacks/network', 'default', 'Hello-World', 'stacks/network'],
    ['/repo/stacks/network', 'staging', 'Hello-World', 'stacks/network/staging'],
    ['/repo', '', 'Hello-World', 'Hello-World'],
  ];
  for (const [dir, workspace, repo, want] of targets) {
    it(`default target of ${dir} (${workspace || 'no workspace'})`, () => {
      assert.equal(defaultTarget('/repo', dir, workspace, repo), want);
    });
  }

  it('names the artifact as the apply action expects', () => {
    assert.equal(planArtifactName('stacks-network'), 'gantry-plan-stacks-network');
  });

  it('a failed plan: every output set, counts empty, the reason named', () => {
    const result = {
      outcome: {
        status: 'failed',
        exitCode: 1,
        target: 'x',
        targetId: 'x',
        outDir: '/tmp/x',
        files: [],
        comment: '',
        summary: '',
        diagnostics: [],
        failure: { phase: 'init', reason: 'init-failed', message: 'init failed' },
        tool: 'terraform',
        toolVersion: '1.11.4',
      },
      comment: { outcome: 'forbidden', message: 'no', minimized: 0, warnings: [] },
    } satisfies PlanJobResult;
    const outputs = planOutputs(result);
    assert.deepEqual(
      Object.keys(outputs).sort(),
      Object.keys(OUTPUTS).sort(),
      'one value per declared output',
    );
    assert.equal(outputs['has-changes'], 'false');
    assert.equal(outputs['to-add'], '');
    assert.equal(outputs['exit-code'], '1');
    assert.equal(outputs['failure-reason'], 'init-failed');
    assert.equal(outputs['comment-id'], '');
  });
});
