import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { actionBundle } from '../support/plan-bundle.js';
import { requireTool } from '../support/tools.js';
import { buildahStorage, startRegistry, type TestRegistry } from '../image/support/registry.js';
import { make, root } from './support/make.js';

/**
 * `make ci-push`: the publish action itself, run here by `gantry run-action` with the git
 * context of this checkout, against a real registry (Debian's docker-registry with basic auth)
 * and buildah. The password travels only in the environment.
 */
let registry: TestRegistry | undefined;
let storage: Awaited<ReturnType<typeof buildahStorage>> | undefined;
after(async () => {
  await registry?.stop();
  await storage?.cleanup();
});

test('make ci-push builds examples/app, pushes it and prints the digest to deploy', async (t) => {
  if (
    !requireTool(t, 'make', 'apt-get install -y make') ||
    !requireTool(t, 'buildah', 'apt-get install -y buildah') ||
    !requireTool(t, 'docker-registry', 'apt-get install -y docker-registry', ['--version']) ||
    !requireTool(t, 'htpasswd', 'apt-get install -y apache2-utils', ['-nbB', 'u', 'p'])
  ) {
    return;
  }
  const creds = { username: 'ci', password: 'push-secret-42' };
  const [bundle] = await Promise.all([
    actionBundle('publish'),
    (async () => {
      registry = await startRegistry(creds);
      storage = await buildahStorage();
    })(),
  ]);
  assert.ok(registry && storage);
  const flags = [
    `--bundle ${bundle}`,
    '--with builder=buildah',
    '--with tls-verify=false',
    `--with storage-root=${storage.root}`,
    `--with storage-runroot=${storage.runroot}`,
    '--with tags=type=raw,value=ci-push-test',
  ].join(' ');
  const image = `${registry.host}/acme/shop`;
  const r = await make(
    [
      'ci-push',
      `IMAGE_NAME=${image}`,
      `CONTEXT=${join(root, 'examples/app')}`,
      `REGISTRY_USER=${creds.username}`,
      `PUBLISH_FLAGS=${flags}`,
    ],
    { REGISTRY_PASSWORD: creds.password, BUILDAH_ISOLATION: 'chroot' },
  );
  assert.equal(r.code, 0, r.err.slice(-4000));
  const digest = /^digest=(sha256:[0-9a-f]{64})$/m.exec(r.out)?.[1];
  assert.ok(digest, r.out);
  assert.match(r.out, new RegExp(`^image=${image.replace(/\./g, '\\.')}@${digest}$`, 'm'));
  assert.ok(!(r.out + r.err).includes(creds.password), 'the password was printed');
  const manifest = await registry.api(`/v2/acme/shop/manifests/ci-push-test`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  assert.equal(manifest.status, 200);
  assert.equal(manifest.headers.get('docker-content-digest'), digest);
});
