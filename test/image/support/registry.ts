// A real OCI registry for tests: Debian's docker-registry on 127.0.0.1 with a temp filesystem
// store, optionally behind htpasswd basic auth. Stopped (by its own pid) in `stop()`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRegistry {
  host: string;
  dir: string;
  /** GET/HEAD against the registry API, with basic auth when the registry has it. */
  api(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startRegistry(auth?: {
  username: string;
  password: string;
}): Promise<TestRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-registry-'));
  const port = await freePort();
  const lines = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'store')}`,
    'http:',
    `  addr: 127.0.0.1:${port}`,
  ];
  if (auth) {
    const h = spawnSync('htpasswd', ['-Bbn', auth.username, auth.password], { encoding: 'utf8' });
    if (h.status !== 0) throw new Error(`htpasswd failed: ${h.stderr}`);
    await writeFile(join(dir, 'htpasswd'), h.stdout);
    lines.push(
      'auth:',
      '  htpasswd:',
      '    realm: gantry-test',
      `    path: ${join(dir, 'htpasswd')}`,
    );
  }
  await writeFile(join(dir, 'config.yml'), `${lines.join('\n')}\n`);
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const host = `127.0.0.1:${port}`;
  const authHeader = auth
    ? {
        authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`,
      }
    : undefined;
  const api = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`http://${host}${path}`, {
      ...init,
      headers: { ...authHeader, ...(init.headers as Record<string, string>) },
    });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`);
    try {
      const res = await fetch(`http://${host}/v2/`);
      if (res.status === 200 || res.status === 401) return { host, dir, api, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await stop();
  throw new Error(`docker-registry did not start on ${host}: ${stderr}`);
}

/** A fresh buildah storage (vfs root + runroot) under a temp dir. */
export async function buildahStorage(): Promise<{
  root: string;
  runroot: string;
  dir: string;
  cleanup(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-buildah-'));
  return {
    dir,
    root: join(dir, 'root'),
    runroot: join(dir, 'runroot'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
