import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readManifest } from '../../src/iac/manifest.js';

test('a manifest written before action counts existed still reads, with 0 actions', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-manifest-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const counts = { add: 1, change: 0, destroy: 0, replace: 0, import: 0, move: 0, forget: 0 };
  const older = {
    manifestVersion: 1,
    target: 'network',
    targetId: 'network',
    tool: 'terraform',
    toolVersion: '1.11.4',
    digest: 'a'.repeat(64),
    planFile: 'tfplan',
    planSha256: 'b'.repeat(64),
    workingDir: 'stacks/network',
    workspace: 'default',
    lockFileSha256: null,
    varFiles: [],
    createdAt: '2026-10-01T10:00:00.000Z',
    counts: { ...counts, read: 0, drift: 0, outputs: 1 },
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(older));
  const manifest = await readManifest(dir);
  assert.equal(manifest.counts.actions, 0);
  assert.equal(manifest.counts.add, 1);
  assert.equal(manifest.digest, older.digest);
});
