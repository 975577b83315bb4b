import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { SECRET } from './plan-scenarios.js';

const fixtures = new URL('../fixtures/plans/', import.meta.url).pathname;

async function gantry(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await main(args, { stdout, stderr, signal: new AbortController().signal });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('gantry render', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gantry-render-'));
    await writeFile(join(dir, 'broken.json'), '{"format_version": ');
    await writeFile(
      join(dir, 'state.json'),
      '{"format_version":"1.0","values":{"root_module":{}}}',
    );
    await writeFile(
      join(dir, 'bad.json'),
      '{"format_version":"1.2","resource_changes":[{"address":1}]}',
    );
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('prints the comment form by default, target from --target', async () => {
    const r = await gantry(['render', join(fixtures, 'mixed.json'), '--target', 'network']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^### 📝 Terraform plan for `network`$/m);
    assert.match(r.stdout, /\*\*Plan: 1 to import, 3 to add, 1 to change, 3 to destroy\.\*\*/);
    assert.match(r.stdout, /plan digest `[0-9a-f]{12}`/);
    assert.equal(r.stderr, '');
  });

  test('--format summary and --tool tofu', async () => {
    const r = await gantry([
      'render',
      join(fixtures, 'update.json'),
      '--format',
      'summary',
      '--tool',
      'tofu',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^### 📝 OpenTofu plan for `plans`$/m,
      'target defaults to the folder name',
    );
  });

  test('--format json prints the model with counts, digest and no secrets', async () => {
    const r = await gantry(['render', join(fixtures, 'sensitive.json'), '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const model = JSON.parse(r.stdout) as {
      counts: Record<string, number>;
      digest: string;
      hasChanges: boolean;
    };
    assert.equal(model.counts.add, 1);
    assert.equal(model.counts.change, 1);
    assert.equal(model.hasChanges, true);
    assert.match(model.digest, /^[0-9a-f]{64}$/);
    assert.ok(!r.stdout.includes(SECRET));
    assert.ok(r.stdout.includes('(sensitive value)'));
  });

  const BAD: [string, () => string[], RegExp][] = [
    [
      'a missing file',
      () => [join(dir, 'nope.json')],
      /nope\.json: no such file\. Pass the output of/,
    ],
    ['a file that is not JSON', () => [join(dir, 'broken.json')], /broken\.json: not JSON\./],
    [
      'a state, not a plan',
      () => [join(dir, 'state.json')],
      /state\.json: The document is a state/,
    ],
    [
      'an invalid plan',
      () => [join(dir, 'bad.json')],
      /bad\.json: The document is not a valid terraform plan: resource_changes\.0\.address/,
    ],
    ['no file', () => [], /expected exactly one argument/],
    [
      'a bad --format',
      () => [join(fixtures, 'update.json'), '--format', 'html'],
      /--format must be one of comment, summary, json/,
    ],
    [
      'an unknown flag',
      () => [join(fixtures, 'update.json'), '--colour'],
      /Unknown option '--colour'/,
    ],
  ];
  for (const [what, args, message] of BAD) {
    test(`${what}: one line on stderr, exit 1`, async () => {
      const r = await gantry(['render', ...args()]);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.ok(!r.stderr.includes('    at '), 'no stack trace');
    });
  }

  test('--help, through the real CLI entry', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', 'render', '--help'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Usage: gantry render <plan\.json> \[options\]/);
    assert.match(r.stdout, /--format <f>/);
  });
});
