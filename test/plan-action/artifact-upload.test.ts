import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeArtifacts, type FakeArtifacts } from '../support/fake-artifacts.js';
import { requireTool } from '../support/tools.js';
import { explain, setup, type Harness } from './harness.js';

describe('plan action: the plan hand-off artifact', () => {
  let h: Harness;
  let service: FakeArtifacts;
  before(async () => {
    [h, service] = await Promise.all([setup(), startFakeArtifacts()]);
  });
  after(async () => {
    await Promise.all([h.close(), service.close()]);
  });

  it('uploads tfplan, plan.json and manifest.json as gantry-plan-<target id>', async (t) => {
    if (!requireTool(t, 'unzip', 'apt-get install -y unzip', ['-v'])) return;
    const run = await h.run(
      { 'target-name': 'Network/Prod' },
      { env: { ACTIONS_RUNTIME_TOKEN: service.token, ACTIONS_RESULTS_URL: `${service.url}/` } },
    );
    assert.equal(run.code, 0, explain(run));
    assert.deepEqual(service.violations, []);
    assert.equal(run.outputs['artifact-name'], 'gantry-plan-network-prod');
    const [artifact] = service.artifacts;
    assert.equal(artifact?.name, 'gantry-plan-network-prod');
    assert.equal(artifact?.finalized, true);
    const dir = await mkdtemp(join(tmpdir(), 'gantry-artifact-'));
    await writeFile(join(dir, 'a.zip'), artifact?.zip ?? Buffer.alloc(0));
    const listing = spawnSync('unzip', ['-Z1', join(dir, 'a.zip')], { encoding: 'utf8' });
    assert.deepEqual(listing.stdout.trim().split('\n').sort(), [
      'comment.md',
      'manifest.json',
      'plan.json',
      'summary.md',
      'tfplan',
    ]);
    spawnSync('unzip', ['-q', join(dir, 'a.zip'), '-d', join(dir, 'x')]);
    const manifest = JSON.parse(await readFile(join(dir, 'x', 'manifest.json'), 'utf8')) as {
      digest: string;
    };
    assert.equal(manifest.digest, run.outputs['plan-digest']);
  });
});
