// Logins stored by earlier steps: docker's config.json and containers' auth.json.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { authFiles, storedCredentials } from '../../src/image/credentials.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('stored registry credentials', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gantry-creds-'));
    await mkdir(join(dir, 'docker'));
    await writeFile(
      join(dir, 'docker/config.json'),
      JSON.stringify({
        auths: {
          'ghcr.io': { auth: b64('octo:ghp_token:with:colons') },
          'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') },
          'quay.io': {},
        },
        credsStore: 'desktop',
      }),
    );
    await writeFile(
      join(dir, 'auth.json'),
      JSON.stringify({ auths: { 'ghcr.io': { auth: b64('podman:first') } } }),
    );
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('reads docker login entries, Docker Hub under its legacy key, passwords with colons', async () => {
    const files = authFiles({ DOCKER_CONFIG: join(dir, 'docker') });
    assert.deepEqual(await storedCredentials('ghcr.io', files), {
      username: 'octo',
      password: 'ghp_token:with:colons',
    });
    assert.deepEqual(await storedCredentials('docker.io', files), {
      username: 'hubuser',
      password: 'hubpass',
    });
  });

  it('prefers REGISTRY_AUTH_FILE, skips helper-only entries and missing files', async () => {
    const files = authFiles({
      REGISTRY_AUTH_FILE: join(dir, 'auth.json'),
      DOCKER_CONFIG: join(dir, 'docker'),
    });
    assert.deepEqual(await storedCredentials('ghcr.io', files), {
      username: 'podman',
      password: 'first',
    });
    assert.equal(await storedCredentials('quay.io', files), undefined);
    assert.equal(await storedCredentials('ghcr.io', [join(dir, 'nope.json')]), undefined);
  });
});
