import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { make, root } from './support/make.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeKube, type FakeKube } from '../support/fake-kube/index.js';
import { startKubeFront, type KubeFront } from './support/kube-extras.js';
import {
  appLogs,
  configMapObjects,
  seedApp,
  secretObjects,
  SECRET_DATA_PLAIN,
  SECRET_ENV_VALUE,
  SECRET_URL_PASSWORD,
} from './support/app-fixture.js';
import { requireTool } from '../support/tools.js';

test('help is the default goal and lists every target with its description', async (t) => {
  if (!requireTool(t, 'make', 'apt-get install -y make')) return;
  const r = await make([]);
  assert.equal(r.code, 0, r.err);
  const text = readFileSync(join(root, 'Makefile.cicd'), 'utf8');
  const targets = [...text.matchAll(/^([a-z][a-z0-9-]*):/gm)].map((m) => m[1] ?? '');
  for (const required of [
    'help',
    'ci-test',
    'ci-build',
    'ci-push',
    'ci-deploy',
    'deploy-staging',
    'deploy-production',
    'rollback',
    'health-check',
    'logs',
    'diagnose',
    'support-bundle',
    'lint',
    'build',
    'check-dist',
  ]) {
    assert.ok(targets.includes(required), `Makefile.cicd has no ${required} target`);
  }
  for (const target of targets) {
    assert.match(
      r.out,
      new RegExp(`^  ${target} +\\S.+$`, 'm'),
      `help does not describe ${target}`,
    );
  }
});

describe('required variables fail with the usage line before running anything', () => {
  const table: { args: string[]; usage: RegExp }[] = [
    {
      args: ['diagnose'],
      usage: /ENV is required\. Usage: make -f Makefile\.cicd diagnose ENV=<env>/,
    },
    {
      args: ['support-bundle'],
      usage: /ENV is required\. Usage: make -f Makefile\.cicd support-bundle ENV=<env>/,
    },
    { args: ['logs'], usage: /ENV is required\. Usage: make -f Makefile\.cicd logs ENV=<env>/ },
    {
      args: ['rollback'],
      usage: /ENV is required\. Usage: make -f Makefile\.cicd rollback ENV=<env>/,
    },
    {
      args: ['ci-deploy', 'ENV=staging'],
      usage:
        /IMAGE is required\. Usage: make -f Makefile\.cicd ci-deploy ENV=<env> IMAGE=<name@sha256:…>/,
    },
    {
      args: ['health-check'],
      usage: /APP_URL is required\. Usage: make -f Makefile\.cicd health-check APP_URL=<base url>/,
    },
    {
      args: ['ci-push'],
      usage: /IMAGE_NAME is required\. Usage: make -f Makefile\.cicd ci-push IMAGE_NAME=/,
    },
  ];
  for (const row of table) {
    test(row.args.join(' '), async (t) => {
      if (!requireTool(t, 'make', 'apt-get install -y make')) return;
      const r = await make(row.args);
      assert.equal(r.code, 2);
      assert.match(r.err, row.usage);
      assert.doesNotMatch(r.out, /gantry|node/, 'nothing may run before the usage error');
    });
  }
});

describe('deploy-production refuses anything but a release tag', () => {
  const table: { tag?: string; message: RegExp }[] = [
    {
      tag: '1.2',
      message:
        /'1\.2' is not a release tag: production deploys only from a semantic version tag vX\.Y\.Z/,
    },
    { tag: 'latest', message: /'latest' is not a release tag/ },
    { tag: 'v1.2.3-rc.1', message: /'v1\.2\.3-rc\.1' is not a release tag/ },
    { message: /TAG is required\. Usage: make -f Makefile\.cicd deploy-production TAG=vX\.Y\.Z/ },
  ];
  for (const row of table) {
    test(row.tag === undefined ? 'missing TAG' : `TAG=${row.tag}`, async (t) => {
      if (!requireTool(t, 'make', 'apt-get install -y make')) return;
      const args = ['deploy-production', 'IMAGE=ghcr.io/acme/shop@sha256:' + 'a'.repeat(64)];
      if (row.tag !== undefined) args.push(`TAG=${row.tag}`);
      const r = await make(args, { KUBECONFIG: '/nonexistent' });
      assert.notEqual(r.code, 0);
      assert.match(r.err, row.message);
      assert.doesNotMatch(r.out + r.err, /rollout/, 'no rollout may start');
    });
  }

  test('TAG=v1.2.3 passes the gate (and then needs a cluster)', async (t) => {
    if (!requireTool(t, 'make', 'apt-get install -y make')) return;
    const r = await make(['release-check', 'TAG=v1.2.3']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /v1\.2\.3 is a release tag/);
  });
});

describe('health-check against a local app', () => {
  let server: Server;
  let url = '';
  let readyStatus = 200;
  before(async () => {
    server = createServer((req, res) => {
      const status = req.url === '/health' ? 200 : req.url === '/ready' ? readyStatus : 404;
      res.writeHead(status).end(String(status));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  test('healthy: both endpoints answer 200', async (t) => {
    if (!requireTool(t, 'make', 'apt-get install -y make')) return;
    readyStatus = 200;
    const r = await make(['health-check', `APP_URL=${url}`]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /ok\s+\/health\s+HTTP 200/);
    assert.match(r.out, /ok\s+\/ready\s+HTTP 200/);
  });

  test('one failing endpoint fails the target and is named', async (t) => {
    if (!requireTool(t, 'make', 'apt-get install -y make')) return;
    readyStatus = 503;
    const r = await make(['health-check', `APP_URL=${url}/`]);
    assert.notEqual(r.code, 0);
    assert.match(r.out, /ok\s+\/health\s+HTTP 200/);
    assert.match(r.out, /FAIL\s+\/ready\s+HTTP 503/);
    assert.match(r.err, /unhealthy: \/ready/);
  });
});

describe('diagnose and support-bundle against the Kubernetes fake', () => {
  let fake: FakeKube;
  let front: KubeFront;
  let outDir = '';
  before(async () => {
    fake = await startFakeKube();
    front = await startKubeFront(fake, {
      logs: appLogs(),
      secrets: secretObjects('shop-staging'),
      configMaps: configMapObjects('shop-staging'),
    });
    outDir = mkdtempSync(join(tmpdir(), 'bundle-'));
    await seedApp(fake, { namespace: 'shop-staging' });
  });
  after(async () => {
    await front.close();
    await fake.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  test('make diagnose ENV=staging shows colors, digests, pods and events', async (t) => {
    if (!requireTool(t, 'make', 'apt-get install -y make')) return;
    const r = await make(['diagnose', 'ENV=staging', 'APP=shop'], {
      KUBECONFIG: front.kubeconfigPath,
    });
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /shop in namespace shop-staging/);
    assert.match(r.out, /green\s+active\s+2\/2\s+sha256:9e9e/);
    assert.match(r.out, /blue\s+previous\s+2\/2\s+sha256:b1b1/);
    assert.match(
      r.out,
      /Pods\nPOD\s+COLOR\s+PHASE\s+READY[\s\S]*shop-green-\S+\s+green\s+Running\s+yes/,
    );
  });

  test('make support-bundle ENV=staging writes a redacted, timestamped tar.gz', async (t) => {
    if (!requireTool(t, 'make', 'apt-get install -y make')) return;
    if (!requireTool(t, 'tar', 'apt-get install -y tar')) return;
    const r = await make(['support-bundle', 'ENV=staging', 'APP=shop', `BUNDLE_DIR=${outDir}`], {
      KUBECONFIG: front.kubeconfigPath,
    });
    assert.equal(r.code, 0, r.err);
    const archives = readdirSync(outDir);
    assert.equal(archives.length, 1);
    assert.match(archives[0] ?? '', /^gantry-support-shop-shop-staging-\d{8}T\d{6}Z\.tar\.gz$/);
    const extracted = mkdtempSync(join(tmpdir(), 'bundle-x-'));
    const tar = await new Promise<number | null>((resolve) =>
      spawn('tar', ['-xzf', join(outDir, archives[0] ?? ''), '-C', extracted]).on('close', resolve),
    );
    assert.equal(tar, 0);
    const [top = ''] = readdirSync(extracted);
    const dir = join(extracted, top);
    const read = (p: string): string => readFileSync(join(dir, p), 'utf8');
    const files = (sub: string): string[] => readdirSync(join(dir, sub));
    // Resources, describe output, events, logs.
    assert.match(read('resources/deployments.yaml'), /name: shop-green/);
    assert.match(read('resources/services.yaml'), /gantry\.dev\/active: green/);
    assert.match(read('resources/pods.yaml'), /kind: Pod/);
    assert.match(read('resources/secrets.yaml'), /STRIPE_KEY: <redacted>/);
    assert.match(
      read('resources/configmaps.yaml'),
      /FEATURE_FLAGS: checkout-v2\n\s+SESSION_SECRET: <redacted>/,
    );
    assert.ok(files('describe').includes('deployment-shop-green.txt'));
    assert.match(read('describe/service-shop.txt'), /Endpoints:\s+10\.244\.\d+\.\d+, 10\.244/);
    assert.match(read('events.txt'), /ScalingReplicaSet\s+Deployment\/shop-green/);
    const logs = files('logs');
    assert.equal(logs.length, 4);
    const greenLog = read(`logs/${logs.find((l) => l.startsWith('shop-green')) ?? ''}`);
    assert.match(greenLog, /GET \/health 200/);
    assert.match(greenLog, /DB_PASSWORD=<redacted>/);
    assert.match(read('diagnose.txt'), /green\s+active/);
    const manifest = JSON.parse(read('manifest.json')) as {
      unavailable: string[];
      files: string[];
    };
    assert.deepEqual(manifest.unavailable, []);
    // No secret value anywhere, in any form.
    const everything = [
      ...['resources', 'describe', 'logs'].flatMap((d) => files(d).map((f) => read(`${d}/${f}`))),
      read('events.txt'),
      read('diagnose.txt'),
      read('status.json'),
    ].join('\n');
    for (const secret of [
      SECRET_ENV_VALUE,
      SECRET_URL_PASSWORD,
      SECRET_DATA_PLAIN,
      Buffer.from(SECRET_DATA_PLAIN).toString('base64'),
    ]) {
      assert.ok(!everything.includes(secret), `${secret} leaked into the bundle`);
    }
    rmSync(extracted, { recursive: true, force: true });
  });
});
