// `gantry tags` in-process: what a user types and sees.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { createMemoryLogger } from '../../src/shared/log.js';
import { pullRequestPayload, SHA } from './support/payloads.js';

async function gantry(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const log = createMemoryLogger();
  const code = await main(['tags', ...argv], {
    stdout,
    stderr,
    env: {},
    log,
    signal: new AbortController().signal,
  });
  return { code, out, err: err + log.text() };
}

const common = [
  '--sha',
  SHA,
  '--default-branch',
  'main',
  '--images',
  'ghcr.io/acme/app',
  '--commit-date',
  '2024-03-01T10:00:00Z',
];
const semver =
  'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=ref,event=pr\ntype=sha';

describe('gantry tags', () => {
  const dirs: string[] = [];
  after(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('prints one tag per line for a release tag', async () => {
    const r = await gantry('--ref', 'refs/tags/v1.2.3', ...common, '--tags', semver);
    assert.equal(r.code, 0, r.err);
    assert.equal(
      r.out,
      ['1.2.3', '1.2', 'sha-6113728', 'latest'].map((t) => `ghcr.io/acme/app:${t}\n`).join(''),
    );
  });

  it('prints metadata-action style JSON with --json, created from --commit-date', async () => {
    const r = await gantry(
      '--ref',
      'refs/heads/main',
      ...common,
      '--tags',
      'type=edge\ntype=sha',
      '--json',
    );
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as {
      version: string;
      tags: string[];
      labels: Record<string, string>;
    };
    assert.equal(json.version, 'edge');
    assert.deepEqual(json.tags, ['ghcr.io/acme/app:edge', 'ghcr.io/acme/app:sha-6113728']);
    assert.equal(json.labels['org.opencontainers.image.created'], '2024-03-01T10:00:00.000Z');
  });

  it('latest=highest with --existing-tags', async () => {
    const r = await gantry(
      '--ref',
      'refs/tags/v1.2.3',
      ...common,
      '--tags',
      'type=semver,pattern={{version}}',
      '--flavor',
      'latest=highest',
      '--existing-tags',
      '1.3.0,1.2.2',
    );
    assert.equal(r.out, 'ghcr.io/acme/app:1.2.3\n');
    assert.match(r.err, /higher release/);
  });

  it('pull_request_target with a real payload names the PR', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gantry-cli-tags-'));
    dirs.push(dir);
    const event = join(dir, 'event.json');
    await writeFile(event, JSON.stringify(pullRequestPayload()));
    const r = await gantry(
      '--ref',
      'refs/heads/master',
      '--event',
      'pull_request_target',
      '--event-path',
      event,
      ...common,
      '--tags',
      semver,
    );
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'ghcr.io/acme/app:pr-2\nghcr.io/acme/app:sha-6113728\n');
  });

  it('a tag without a version fails in one line, unless allowed', async () => {
    const r = await gantry('--ref', 'refs/tags/nightly', ...common, '--tags', semver);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /^gantry tags: Git tag 'nightly' produced no version tag/);
    assert.equal(
      r.err
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('gantry tags:')).length,
      1,
    );
    const ok = await gantry(
      '--ref',
      'refs/tags/nightly',
      ...common,
      '--tags',
      semver,
      '--allow-no-version',
    );
    assert.equal(ok.code, 0);
    assert.equal(ok.out, 'ghcr.io/acme/app:sha-6113728\n');
  });

  it('bad rules and missing flags are one-line errors', async () => {
    const bad = await gantry('--ref', 'refs/heads/main', ...common, '--tags', 'type=nope');
    assert.equal(bad.code, 1);
    assert.match(bad.err, /Invalid tags entry 'type=nope': unknown type 'nope'/);
    const noRef = await gantry('--sha', SHA);
    assert.equal(noRef.code, 1);
    assert.match(noRef.err, /--ref is required/);
  });

  it('--help explains the flags', async () => {
    const r = await gantry('--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /Usage: gantry tags --ref/);
    assert.match(r.out, /--existing-tags/);
  });
});
