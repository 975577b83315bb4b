// End to end against a real registry: buildah builds examples/app, pushes it under the computed
// tags, and the registry API confirms tags, labels and the digest. Basic auth: a wrong password
// fails in one line, the right one pushes. Skips loudly without buildah/docker-registry.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isUserError } from '../../src/shared/errors.js';
import { execProcess } from '../../src/shared/exec.js';
import { createMemoryLogger } from '../../src/shared/log.js';
import { existingTags } from '../../src/image/existing.js';
import { computeMetadata } from '../../src/image/metadata.js';
import { publish, type PublishRequest } from '../../src/image/publish.js';
import { createRegistryClient, MANIFEST_ACCEPT } from '../../src/image/registry.js';
import { requireTool } from '../support/tools.js';
import { eventContext, SHA } from './support/payloads.js';
import { buildahStorage, startRegistry, type TestRegistry } from './support/registry.js';

const APP = join(import.meta.dirname, '../../examples/app');
const tools = (t: Parameters<typeof requireTool>[0]): boolean =>
  requireTool(t, 'buildah', 'apt-get install -y buildah') &&
  requireTool(t, 'docker-registry', 'apt-get install -y docker-registry', ['--version']) &&
  requireTool(t, 'htpasswd', 'apt-get install -y apache2-utils', ['-nbB', 'u', 'p']);

async function request(
  host: string,
  storage: { root: string; runroot: string },
  workDir: string,
  ref: string,
  login?: PublishRequest['login'],
) {
  const meta = computeMetadata(
    {
      images: [`${host}/acme/app`],
      tags: [
        'type=semver,pattern={{version}}',
        'type=semver,pattern={{major}}.{{minor}}',
        'type=sha',
      ],
      flavor: [],
      labels: ['org.opencontainers.image.vendor=Acme'],
      annotations: [],
    },
    eventContext({ event: 'push', ref }),
    { now: new Date(), shortShaLength: 7 },
  );
  const req: PublishRequest = {
    builder: 'buildah',
    spec: {
      context: APP,
      file: join(APP, 'Dockerfile'),
      buildArgs: [`APP_VERSION=${meta.version}`],
      platforms: [],
      cacheFrom: [],
      cacheTo: [],
      labels: meta.labels,
      annotations: meta.annotations,
      tags: meta.tags,
      push: true,
      tlsVerify: false,
      storage: { driver: 'vfs', isolation: 'chroot', ...storage },
    },
    login,
    workDir,
  };
  return { meta, req };
}

const ports = () => {
  const log = createMemoryLogger();
  return {
    log,
    ports: {
      exec: execProcess,
      log,
      registry: createRegistryClient(),
      env: { BUILDAH_ISOLATION: 'chroot' },
    },
  };
};

describe('publish to a real registry with buildah', () => {
  let registry: TestRegistry | undefined;
  let storage: Awaited<ReturnType<typeof buildahStorage>> | undefined;
  let workDir = '';
  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'gantry-publish-test-'));
  });
  after(async () => {
    await registry?.stop();
    await storage?.cleanup();
    await rm(workDir, { recursive: true, force: true });
  });

  it('pushes the computed tags; tags, labels and digest read back from the registry API', async (t) => {
    if (!tools(t)) return;
    registry = await startRegistry();
    storage = await buildahStorage();
    const { meta, req } = await request(registry.host, storage, workDir, 'refs/tags/v1.4.2');
    const { ports: p } = ports();
    const result = await publish(req, p);

    // Tags present.
    const list = (await (await registry.api('/v2/acme/app/tags/list')).json()) as {
      tags: string[];
    };
    assert.deepEqual([...list.tags].sort(), ['1.4', '1.4.2', 'latest', 'sha-6113728']);
    // Digest equal to the registry's, for every tag; image is name@digest.
    assert.match(result.digest ?? '', /^sha256:[0-9a-f]{64}$/);
    for (const tag of list.tags) {
      const head = await registry.api(`/v2/acme/app/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: MANIFEST_ACCEPT },
      });
      assert.equal(head.headers.get('docker-content-digest'), result.digest, tag);
    }
    assert.equal(result.image, `${registry.host}/acme/app@${result.digest}`);
    // Labels in the config blob; annotations on the manifest.
    const manifest = (await (
      await registry.api(`/v2/acme/app/manifests/${result.digest}`, {
        headers: { accept: MANIFEST_ACCEPT },
      })
    ).json()) as {
      config: { digest: string };
      annotations?: Record<string, string>;
    };
    const config = (await (
      await registry.api(`/v2/acme/app/blobs/${manifest.config.digest}`)
    ).json()) as { config: { Labels: Record<string, string> } };
    const labels = config.config.Labels;
    assert.equal(labels['org.opencontainers.image.version'], '1.4.2');
    assert.equal(labels['org.opencontainers.image.revision'], SHA);
    assert.equal(labels['org.opencontainers.image.created'], '2019-05-15T15:20:41.000Z');
    assert.equal(
      labels['org.opencontainers.image.source'],
      'https://github.com/Codertocat/Hello-World',
    );
    assert.equal(labels['org.opencontainers.image.vendor'], 'Acme');
    assert.equal(labels['org.example.app-version'], '1.4.2', 'build-arg reached the Dockerfile');
    assert.equal(manifest.annotations?.['org.opencontainers.image.version'], '1.4.2');
    assert.equal(meta.version, '1.4.2');
  });

  it('podman builds and pushes the same way', async (t) => {
    if (
      !tools(t) ||
      !requireTool(t, 'podman', 'apt-get install -y podman') ||
      !registry ||
      !storage
    )
      return;
    const { req } = await request(registry.host, storage, workDir, 'refs/tags/v1.5.0');
    const { ports: p } = ports();
    const result = await publish(
      {
        ...req,
        builder: 'podman',
        spec: { ...req.spec, storage: { ...req.spec.storage, root: `${storage.root}-podman` } },
      },
      p,
    );
    assert.equal(result.builder, 'podman');
    const head = await registry.api('/v2/acme/app/manifests/1.5.0', {
      method: 'HEAD',
      headers: { accept: MANIFEST_ACCEPT },
    });
    assert.equal(head.headers.get('docker-content-digest'), result.digest);
  });
});

describe('publish to a registry with basic auth', () => {
  const creds = { username: 'ci', password: 'correct-horse-battery' };
  let registry: TestRegistry | undefined;
  let storage: Awaited<ReturnType<typeof buildahStorage>> | undefined;
  let workDir = '';
  after(async () => {
    await registry?.stop();
    await storage?.cleanup();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('a wrong password fails in one clear line, before anything is built', async (t) => {
    if (!tools(t)) return;
    registry = await startRegistry(creds);
    storage = await buildahStorage();
    workDir = await mkdtemp(join(tmpdir(), 'gantry-publish-auth-'));
    assert.equal((await fetch(`http://${registry.host}/v2/`)).status, 401, 'auth is on');
    const { req } = await request(registry.host, storage, workDir, 'refs/tags/v2.0.0', {
      username: 'ci',
      password: 'wrong-password-x',
    });
    const { log, ports: p } = ports();
    await assert.rejects(publish(req, p), (e: unknown) => {
      assert.ok(isUserError(e));
      assert.equal(e.reason, 'login-failed');
      assert.match(
        e.message,
        new RegExp(
          `^login to ${registry?.host.replace(/\./g, '\\.')} as ci failed: .*(unauthorized|invalid username/password|authentication required)`,
          'i',
        ),
      );
      assert.ok(!e.message.includes('\n'));
      assert.ok(!e.message.includes('wrong-password-x'));
      return true;
    });
    assert.ok(!log.text().includes('wrong-password-x'), 'password never logged');
    assert.ok(!log.text().includes(' bud '), 'nothing built after a failed login');
    const tags = await registry.api('/v2/acme/app/tags/list');
    assert.equal(tags.status, 404, 'nothing pushed');
  });

  it('the right password pushes, the digest matches, and the credentials are gone afterwards', async (t) => {
    if (!tools(t) || !registry || !storage) return;
    const { req } = await request(registry.host, storage, workDir, 'refs/tags/v2.0.0', creds);
    const { log, ports: p } = ports();
    const result = await publish(req, p);
    const head = await registry.api('/v2/acme/app/manifests/2.0.0', {
      method: 'HEAD',
      headers: { accept: MANIFEST_ACCEPT },
    });
    assert.equal(head.headers.get('docker-content-digest'), result.digest);
    assert.ok(!log.text().includes(creds.password));
    const auth = await readFile(join(workDir, 'auth.json'), 'utf8').catch(() => '{}');
    assert.ok(!auth.includes(registry.host), `logged out: ${auth}`);
  });

  it('latest=highest reads the releases from the registry tag list (authenticated)', async (t) => {
    if (!tools(t) || !registry) return;
    const image = `${registry.host}/acme/app`;
    const client = createRegistryClient();
    const deps = {
      exec: execProcess,
      cwd: workDir,
      registry: client,
      auth: () => ({ insecure: true, ...creds }),
    };
    const existing = await existingTags('registry', [image], deps);
    assert.ok(existing.includes('2.0.0'), existing.join(','));
    const tagsFor = (ref: string) =>
      computeMetadata(
        {
          images: [image],
          tags: ['type=semver,pattern={{version}}'],
          flavor: ['latest=highest'],
          labels: [],
          annotations: [],
        },
        eventContext({ event: 'push', ref }),
        { now: new Date(), shortShaLength: 7, existingTags: existing },
      ).tags;
    assert.deepEqual(
      tagsFor('refs/tags/v1.9.9'),
      [`${image}:1.9.9`],
      'a hotfix of an older line does not move latest',
    );
    assert.deepEqual(tagsFor('refs/tags/v2.0.1'), [`${image}:2.0.1`, `${image}:latest`]);
    await assert.rejects(
      existingTags('registry', [image], { ...deps, auth: () => ({ insecure: true }) }),
      (e: unknown) => isUserError(e) && e.reason === 'registry-error' && /401/.test(e.message),
    );
  });
});
