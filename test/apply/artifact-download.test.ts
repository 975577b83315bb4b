import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireTool } from '../support/tools.js';
import { makeWorkspace, planToArtifact, readState, runAction } from './harness.js';
import { startFakeArtifacts } from './fake-artifacts.js';

/** The artifact path: the apply action downloads this run's plan artifact by name. */

async function artifactFiles(dir: string): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  for (const name of await readdir(dir)) files[name] = await readFile(join(dir, name));
  return files;
}

test('downloads gantry-plan-<target> from the run and applies it', async (t) => {
  if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
  const ws = await makeWorkspace();
  const { outcome, artifact } = await planToArtifact(ws);
  const service = await startFakeArtifacts({ 'gantry-plan-app': await artifactFiles(artifact) });
  try {
    const run = await runAction({
      ws,
      inputs: { 'target-name': 'app', 'expected-digest': outcome.digest ?? '' },
      env: { ACTIONS_RUNTIME_TOKEN: service.token, ACTIONS_RESULTS_URL: service.url },
    });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.applied, 'true');
    assert.equal((await readState(ws.stack))?.outputs.name?.value, 'one');
    assert.ok(service.calls.some((c) => c.endsWith('/ListArtifacts')));
    assert.ok(service.calls.some((c) => c.startsWith('GET /blob/gantry-plan-app.zip')));
    assert.deepEqual(service.violations, []);
  } finally {
    await service.close();
  }
});

test('no artifact of that name in the run → plan-missing, nothing applied', async (t) => {
  if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
  const ws = await makeWorkspace();
  const service = await startFakeArtifacts({ 'gantry-plan-other': { 'manifest.json': '{}' } });
  try {
    const run = await runAction({
      ws,
      inputs: { 'target-name': 'app' },
      env: { ACTIONS_RUNTIME_TOKEN: service.token, ACTIONS_RESULTS_URL: service.url },
    });
    assert.equal(run.outputs['failure-reason'], 'plan-missing');
    assert.match(run.stdout, /This run has no artifact named 'gantry-plan-app'/);
    assert.equal(await readState(ws.stack), undefined);
    assert.deepEqual(service.violations, []);
  } finally {
    await service.close();
  }
});
