// The publish steps over its ports: what runs in which order, that logout always happens, and
// that a push without a confirmed registry digest fails. The exec port records and answers like
// the builders do (exit codes, --digestfile); the registry side is the real client against a
// small in-process distribution API (HEAD /v2/<name>/manifests/<tag>).
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isUserError } from '../../src/shared/errors.js';
import type { Exec, ExecRequest, ExecResult } from '../../src/shared/exec.js';
import { createMemoryLogger } from '../../src/shared/log.js';
import { publish, type PublishRequest } from '../../src/image/publish.js';
import { createRegistryClient } from '../../src/image/registry.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;
const STORED = `Basic ${Buffer.from('robot:stored-pw').toString('base64')}`;

interface Behaviour {
  present?: string[];
  fail?: RegExp;
  pushedDigest?: string;
}

function fakeExec(b: Behaviour, calls: ExecRequest[]): Exec {
  return async (req) => {
    calls.push(req);
    const line = [req.command, ...req.args].join(' ');
    const result = (exitCode: number, stderr = ''): ExecResult => ({
      exitCode,
      signal: null,
      stdout: '',
      stderr,
      durationMs: 1,
      termination: 'exited',
      escalation: 'none',
    });
    if (/--version$|buildx version$/.test(line))
      return result((b.present ?? ['buildah']).includes(req.command) ? 0 : 127);
    if (b.fail?.test(line))
      return result(1, 'Error: something went wrong\nError: unauthorized: authentication required');
    const at = req.args.indexOf('--digestfile');
    if (at >= 0) await writeFile(req.args[at + 1] ?? '', b.pushedDigest ?? DIGEST);
    return result(0);
  };
}

describe('publish flow', () => {
  let server: Server;
  let host = '';
  const manifests = new Map<string, string>();
  let workDir = '';
  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'gantry-flow-'));
    server = createServer((req, res) => {
      if (req.url?.startsWith('/v2/acme/private/') && req.headers.authorization !== STORED) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end();
        return;
      }
      const m = req.url?.match(/^\/v2\/(.+)\/manifests\/([^/]+)$/);
      const digest = m ? manifests.get(`${m[1]}:${m[2]}`) : undefined;
      if (req.method !== 'HEAD' || !digest) {
        res.writeHead(404, { 'content-type': 'application/json' }).end();
        return;
      }
      res
        .writeHead(200, {
          'docker-content-digest': digest,
          'content-type': 'application/vnd.oci.image.manifest.v1+json',
        })
        .end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    host = `127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  after(async () => {
    server.close();
    await rm(workDir, { recursive: true, force: true });
  });

  const request = (over: Partial<PublishRequest['spec']> = {}, login = true): PublishRequest => ({
    builder: 'auto',
    spec: {
      context: '.',
      buildArgs: [],
      platforms: [],
      cacheFrom: [],
      cacheTo: [],
      labels: [],
      annotations: [],
      tags: [`${host}/acme/app:1.0.0`, `${host}/acme/app:latest`],
      push: true,
      tlsVerify: false,
      storage: {},
      ...over,
    },
    login: login ? { username: 'ci', password: 'hunter2-secret' } : undefined,
    workDir,
  });

  async function go(b: Behaviour, req: PublishRequest, stored = false) {
    const calls: ExecRequest[] = [];
    const log = createMemoryLogger();
    const credentials = async () =>
      stored ? { username: 'robot', password: 'stored-pw' } : undefined;
    const run = publish(req, {
      exec: fakeExec(b, calls),
      log,
      registry: createRegistryClient(),
      credentials,
    });
    return {
      run,
      calls,
      log,
      verbs: () =>
        calls.map(
          (c) =>
            c.args.find((a) => ['login', 'bud', 'build', 'push', 'logout'].includes(a)) ?? 'probe',
        ),
    };
  }

  it('logs in, builds, pushes each tag, confirms the digest, logs out; image is name@digest', async () => {
    manifests.set('acme/app:1.0.0', DIGEST);
    manifests.set('acme/app:latest', DIGEST);
    const { run, verbs, calls, log } = await go({}, request());
    const result = await run;
    assert.deepEqual(verbs(), ['probe', 'probe', 'login', 'bud', 'push', 'push', 'logout']);
    assert.equal(result.digest, DIGEST);
    assert.equal(result.image, `${host}/acme/app@${DIGEST}`);
    const login = calls.find((c) => c.args.includes('login'));
    assert.equal(login?.input, 'hunter2-secret');
    assert.ok(!log.text().includes('hunter2-secret'));
  });

  it('logs out even when the build fails, and says why in one line', async () => {
    const { run, verbs } = await go({ fail: / bud / }, request());
    await assert.rejects(
      run,
      (e: unknown) =>
        isUserError(e) &&
        e.reason === 'build-failed' &&
        e.message === 'build failed: Error: unauthorized: authentication required',
    );
    assert.deepEqual(verbs(), ['probe', 'probe', 'login', 'bud', 'logout']);
  });

  it('fails when the registry digest differs from what the push reported', async () => {
    manifests.set('acme/app:1.0.0', OTHER);
    const { run } = await go({}, request());
    await assert.rejects(run, (e: unknown) => isUserError(e) && e.reason === 'digest-mismatch');
  });

  it('fails when the registry has no manifest for a pushed tag', async () => {
    const { run, verbs } = await go({}, request({ tags: [`${host}/acme/gone:1.0.0`] }));
    await assert.rejects(run, (e: unknown) => isUserError(e) && e.reason === 'no-digest');
    assert.equal(verbs().at(-1), 'logout');
  });

  it('refuses to push with no tags before running anything', async () => {
    const { run, calls } = await go({}, request({ tags: [] }));
    await assert.rejects(run, (e: unknown) => isUserError(e) && e.reason === 'no-tags');
    assert.equal(calls.length, 0);
  });

  it('builds without pushing: no digest, no push commands', async () => {
    const { run, verbs } = await go({}, request({ push: false }, false));
    const result = await run;
    assert.equal(result.digest, undefined);
    assert.deepEqual(verbs(), ['probe', 'probe', 'bud']);
  });

  it('picks docker buildx first when it works', async () => {
    manifests.set('acme/app:1.0.0', DIGEST);
    manifests.set('acme/app:latest', DIGEST);
    const { run, calls } = await go(
      { present: ['docker', 'buildah'] },
      request({ push: false }, false),
    );
    assert.equal((await run).builder, 'docker');
    assert.deepEqual(
      calls.map((c) => c.command),
      ['docker', 'docker'],
    );
  });

  it('a missing builder is a clear error', async () => {
    const { run } = await go({ present: [] }, request());
    await assert.rejects(run, (e: unknown) => isUserError(e) && e.reason === 'builder-missing');
  });

  it('reads a private registry with credentials an earlier login step stored', async () => {
    manifests.set('acme/private:1.0.0', DIGEST);
    const { run } = await go({}, request({ tags: [`${host}/acme/private:1.0.0`] }, false), true);
    assert.equal((await run).digest, DIGEST);
  });

  it('keeps the pushed digest, with a warning, when the registry will not let us read it', async () => {
    manifests.set('acme/private:1.0.0', OTHER);
    const { run, log } = await go({}, request({ tags: [`${host}/acme/private:1.0.0`] }, false));
    assert.equal((await run).digest, DIGEST);
    assert.match(
      log.text(),
      /warning: Cannot read .*acme\/private:1\.0\.0 back \(Registry answered 401/,
    );
  });

  it('fails when nothing reported a digest and the registry will not say', async () => {
    const { run } = await go(
      { present: ['docker'] },
      request({ tags: [`${host}/acme/private:1.0.0`] }, false),
    );
    await assert.rejects(run, (e: unknown) => isUserError(e) && e.reason === 'registry-error');
  });
});
