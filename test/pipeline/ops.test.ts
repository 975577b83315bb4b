import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { startFakeKube, type FakeKube } from '../support/fake-kube/index.js';
import { startKubeFront, type KubeFront } from './support/kube-extras.js';
import {
  appLogs,
  configMapObjects,
  DIGEST_BLUE,
  DIGEST_GREEN,
  IMAGE_GREEN,
  seedApp,
  secretObjects,
  SECRET_ENV_VALUE,
  SECRET_URL_PASSWORD,
} from './support/app-fixture.js';

async function gantry(
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += String(c)));
  err.on('data', (c: Buffer) => (stderr += String(c)));
  const code = await main(argv, {
    stdout: out,
    stderr: err,
    env,
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

let fake: FakeKube;
let front: KubeFront;
let env: NodeJS.ProcessEnv;

before(async () => {
  fake = await startFakeKube();
  front = await startKubeFront(fake, {
    logs: appLogs(),
    secrets: secretObjects('shop-staging'),
    configMaps: configMapObjects('shop-staging'),
  });
  env = { ...process.env, KUBECONFIG: front.kubeconfigPath };
  await Promise.all([
    seedApp(fake, { namespace: 'shop-staging' }),
    seedApp(fake, { namespace: 'shop-incident', liveBroken: true }),
    seedApp(fake, { namespace: 'shop-sidecar', sidecar: true }),
  ]);
});

after(async () => {
  await front.close();
  await fake.close();
});

describe('gantry status', () => {
  test('--json gives colors, digests, replicas, the last switch and health', async () => {
    const r = await gantry(['status', '-n', 'shop-staging', '--app', 'shop', '--json'], env);
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout) as Record<string, unknown> & {
      colors: {
        color: string;
        role: string;
        digest: string;
        ready: number;
        desired: number;
        pods: unknown[];
      }[];
    };
    assert.equal(s.schemaVersion, 1);
    assert.equal(s.deployed, true);
    assert.equal(s.active, 'green');
    assert.equal(s.previous, 'blue');
    assert.equal(s.image, IMAGE_GREEN);
    assert.equal(s.switchedAt, '2026-11-22T10:15:00.000Z');
    assert.equal(s.switchedBy, 'deploy');
    assert.equal(s.runUrl, 'https://github.com/acme/shop/actions/runs/42');
    assert.equal(s.selectorColor, 'green');
    const byColor = Object.fromEntries(s.colors.map((c) => [c.color, c]));
    assert.equal(byColor.green?.role, 'active');
    assert.equal(byColor.green?.digest, DIGEST_GREEN);
    assert.equal(byColor.blue?.role, 'previous');
    assert.equal(byColor.blue?.digest, DIGEST_BLUE);
    assert.deepEqual([byColor.green?.ready, byColor.green?.desired], [2, 2]);
    assert.equal(byColor.green?.pods.length, 2);
    assert.deepEqual(s.problems, []);
    assert.equal(s.healthy, true);
  });

  test('the human table names both colors with their digests', async () => {
    const r = await gantry(['status', '-n', 'shop-staging', '--app', 'shop'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /green\s+active\s+2\/2\s+sha256:9e9e9e9e9e9e/);
    assert.match(r.stdout, /blue\s+previous\s+2\/2\s+sha256:b1b1b1b1b1b1/);
    assert.match(
      r.stdout,
      /last switch: 2026-11-22T10:15:00.000Z \(deploy\) {2}https:\/\/github.com\/acme\/shop\/actions\/runs\/42/,
    );
  });

  test('an app never deployed says so; --strict exits 2', async () => {
    const r = await gantry(['status', '-n', 'shop-staging', '--app', 'nothing', '--strict'], env);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /not deployed: Service nothing does not exist/);
  });

  test('bad names fail before any API call', async () => {
    const before = front.requests.length;
    const r = await gantry(['status', '-n', 'Shop_Staging', '--app', 'shop'], env);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--namespace 'Shop_Staging' is not a valid Kubernetes name/);
    assert.equal(front.requests.length, before);
  });

  test('an API failure is one line naming what was read and what the server said', async () => {
    fake.fail({
      method: 'GET',
      path: /\/deployments\/shop-green$/,
      status: 500,
      message: 'etcdserver: request timed out',
    });
    const r = await gantry(['status', '-n', 'shop-staging', '--app', 'shop'], env);
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /get Deployment shop-staging\/shop-green failed: HTTP 500 InternalError: etcdserver: request timed out/,
    );
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });
});

describe('a rollout in progress', () => {
  test('shows who holds the lease and until when, without calling it a problem', async () => {
    const svc = fake.get('services', 'shop-staging', 'shop');
    assert.ok(svc);
    const until = new Date(Date.now() + 600_000).toISOString();
    const lease = JSON.stringify({ runId: 'acme/shop#77.1', expiresAt: until });
    fake.seed('services', {
      ...svc,
      metadata: {
        ...svc.metadata,
        annotations: { ...svc.metadata.annotations, 'gantry.dev/lease': lease },
      },
    });
    try {
      const r = await gantry(['status', '-n', 'shop-staging', '--app', 'shop', '--strict'], env);
      assert.equal(r.code, 0, r.stdout);
      assert.match(
        r.stdout,
        new RegExp(`in progress: run acme/shop#77\\.1 holds the app until ${until}`),
      );
      const json = await gantry(['status', '-n', 'shop-staging', '--app', 'shop', '--json'], env);
      assert.deepEqual((JSON.parse(json.stdout) as { lease: unknown }).lease, {
        runId: 'acme/shop#77.1',
        expiresAt: until,
      });
    } finally {
      fake.seed('services', svc);
    }
  });
});

describe('gantry diagnose', () => {
  test('an incident: crash-looping live pods, warnings, a failed previous color', async () => {
    const r = await gantry(['diagnose', '-n', 'shop-incident', '--app', 'shop', '--strict'], env);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stdout, /blue\s+previous\s+2\/2\s+sha256:b1b1b1b1b1b1\s+FAILED/);
    assert.match(r.stdout, /shop-green-\S+\s+green\s+Running\s+no\s+\d+\s+CrashLoopBackOff/);
    assert.match(r.stdout, /Recent warning events[\s\S]*Pod\/shop-green-\S+\s+BackOff/);
    assert.match(r.stdout, /- active color green has 0\/2 pods ready\./);
    assert.match(r.stdout, /- no known-good previous color/);
  });

  test('a healthy app has no problems and exits 0 even with --strict', async () => {
    const r = await gantry(['diagnose', '-n', 'shop-staging', '--app', 'shop', '--strict'], env);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /Problems\nnone found/);
  });
});

describe('gantry logs', () => {
  test('prints the active pods’ log lines, each prefixed with its pod', async () => {
    const r = await gantry(['logs', '-n', 'shop-staging', '--app', 'shop', '--tail', '2'], env);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 4); // two green pods × two lines
    assert.ok(
      lines.every((l) => /^\[shop-green-\S+\] /.test(l)),
      r.stdout,
    );
    assert.match(r.stdout, /GET \/health 200/);
  });

  test('a pod with a sidecar: one log per container, prefixed pod/container', async () => {
    const r = await gantry(['logs', '-n', 'shop-sidecar', '--app', 'shop', '--tail', '1'], env);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 4, r.stdout); // two green pods × (app, proxy)
    assert.equal(
      lines.filter((l) => /^\[shop-green-\S+\/app\] GET \/health 200$/.test(l)).length,
      2,
    );
    assert.equal(
      lines.filter((l) =>
        /^\[shop-green-\S+\/proxy\] \[envoy\] upstream shop:8080 healthy$/.test(l),
      ).length,
      2,
    );
  });

  test('rejects an unknown --color before reading anything', async () => {
    const r = await gantry(['logs', '-n', 'shop-staging', '--app', 'shop', '--color', 'red'], env);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--color 'red' is not one of active, previous, blue, green, all/);
  });
});

describe('gantry support-bundle on a cluster that serves less', () => {
  test('resources it cannot list and logs it cannot read are noted, not fatal', async () => {
    // Straight at the fake: no Secrets, ConfigMaps or pod logs routes there (404).
    const out = mkdtempSync(join(tmpdir(), 'bundle-partial-'));
    try {
      const r = await gantry(
        ['support-bundle', '-n', 'shop-staging', '--app', 'shop', '--out-dir', out],
        { ...env, KUBECONFIG: fake.kubeconfigPath },
      );
      assert.equal(r.code, 0, r.stderr);
      assert.match(
        r.stderr,
        /the cluster did not serve: ConfigMap, Secret \(noted in manifest\.json\)/,
      );
      const file = r.stdout.trim();
      const list = spawnSync('tar', ['-xzOf', file, '--wildcards', '*/manifest.json'], {
        encoding: 'utf8',
      });
      assert.deepEqual((JSON.parse(list.stdout) as { unavailable: string[] }).unavailable, [
        'ConfigMap',
        'Secret',
      ]);
      const log = spawnSync('tar', ['-xzOf', file, '--wildcards', '*/logs/shop-green-*'], {
        encoding: 'utf8',
      });
      assert.match(log.stdout, /^log unavailable: .*HTTP 404/m);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

test('secrets used in fixtures are really in the cluster (so redaction tests mean something)', () => {
  const d = fake.get('deployments', 'shop-staging', 'shop-green');
  assert.ok(JSON.stringify(d).includes(SECRET_ENV_VALUE));
  assert.ok(JSON.stringify(d).includes(SECRET_URL_PASSWORD));
});
