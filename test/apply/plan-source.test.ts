import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locatePlanDir, type ArtifactPort } from '../../src/apply/plan-source.js';
import { ApplyRefused } from '../../src/apply/reasons.js';

/** An artifact store holding named folders; `download` writes the files like the client does. */
function store(artifacts: Record<string, Record<string, string>>) {
  const asked: string[] = [];
  const port: ArtifactPort = {
    async download(name, into) {
      asked.push(name);
      const files = artifacts[name];
      if (!files) return false;
      for (const [path, text] of Object.entries(files)) {
        await mkdir(join(into, path, '..'), { recursive: true });
        await writeFile(join(into, path), text);
      }
      return true;
    },
  };
  return { port, asked };
}

const tmp = () => mkdtemp(join(tmpdir(), 'gantry-plan-source-'));

test('the default artifact is gantry-plan-<target id>, as the plan job names it', async () => {
  const { port, asked } = store({ 'gantry-plan-network': { 'manifest.json': '{}', tfplan: 'x' } });
  const into = await tmp();
  const dir = await locatePlanDir({ targetId: 'network', downloadDir: into }, port);
  assert.equal(dir, into);
  assert.deepEqual(asked, ['gantry-plan-network']);
});

test('an explicit artifact-name wins; a folder one level down is found', async () => {
  const { port, asked } = store({ custom: { 'plan/manifest.json': '{}' } });
  const into = await tmp();
  const dir = await locatePlanDir(
    { artifactName: 'custom', targetId: 'network', downloadDir: into },
    port,
  );
  assert.equal(dir, join(into, 'plan'));
  assert.deepEqual(asked, ['custom']);
});

test('plan-dir wins and downloads nothing', async () => {
  const { port, asked } = store({});
  const given = await tmp();
  await writeFile(join(given, 'manifest.json'), '{}');
  assert.equal(
    await locatePlanDir({ planDir: given, targetId: 'x', downloadDir: await tmp() }, port),
    given,
  );
  assert.deepEqual(asked, []);
});

const refusals: {
  name: string;
  input: (d: string) => Parameters<typeof locatePlanDir>[0];
  message: RegExp;
}[] = [
  {
    name: 'no artifact of that name',
    input: (d) => ({ targetId: 'gone', downloadDir: d }),
    message: /no artifact named 'gantry-plan-gone'/,
  },
  {
    name: 'nothing to look for',
    input: (d) => ({ downloadDir: d }),
    message: /set plan-dir, artifact-name or target-name/,
  },
  {
    name: 'an artifact without a manifest',
    input: (d) => ({ artifactName: 'empty', downloadDir: d }),
    message: /No plan manifest/,
  },
];
for (const r of refusals) {
  test(`plan-missing: ${r.name}`, async () => {
    const { port } = store({ empty: { 'readme.txt': 'hi' } });
    await assert.rejects(locatePlanDir(r.input(await tmp()), port), (e: unknown) => {
      assert.ok(e instanceof ApplyRefused);
      assert.equal(e.failure, 'plan-missing');
      assert.match(e.message, r.message);
      return true;
    });
  });
}
