// The publish action as GitHub runs it: the ncc bundle (built here with the options of
// scripts/build.mjs, into a temp dir so a concurrent full build of dist/ cannot race it) started
// as a child process with INPUT_* env (defaults from action.yml, as the runner applies them),
// GITHUB_EVENT_PATH at a real tag-push payload and a GITHUB_OUTPUT file; a real registry with
// basic auth behind it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { MANIFEST_ACCEPT } from '../../src/image/registry.js';
import { requireTool } from '../support/tools.js';
import { SHA, tagPushPayload } from './support/payloads.js';
import { buildahStorage, startRegistry, type TestRegistry } from './support/registry.js';

const root = join(import.meta.dirname, '../..');

/** ncc, as scripts/build.mjs calls it, for src/actions/publish/index.ts into `out`. */
const BUILD = `
import ncc from '@vercel/ncc';
import { mkdir, writeFile } from 'node:fs/promises';
const [entry, out] = process.argv.slice(1);
try {
  const { code } = await ncc(entry, { minify: false, sourceMap: false, license: 'licenses.txt', quiet: true, target: 'es2022' });
  await mkdir(out, { recursive: true });
  await writeFile(out + '/index.js', code);
  await writeFile(out + '/package.json', '{ "type": "module" }');
} catch (error) {
  // ncc errors carry its own minified source: print only the readable lines.
  const lines = String(error?.message ?? error).split('\\n').filter((l) => l.length < 300);
  console.error(lines.slice(0, 30).join('\\n'));
  process.exit(1);
}
`;
const creds = { username: 'deployer', password: 'pa55-w0rd-for-ci' };

/** Reads a GITHUB_OUTPUT file (name<<DELIM … DELIM blocks). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]?.match(/^([^<=]+)<<(.+)$/);
    if (!m) continue;
    const [, name, delim] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? '');
    out[name ?? ''] = value.join('\n');
  }
  return out;
}

async function defaultsFromActionYml(): Promise<Record<string, string>> {
  const action = parse(await readFile(join(root, 'actions/publish/action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = spec.default ?? '';
    env[`INPUT_${name.toUpperCase()}`] = value.includes('${{') ? '' : value;
  }
  return env;
}

interface RunResult {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
}

describe('publish action bundle end to end', () => {
  let registry: TestRegistry | undefined;
  let storage: Awaited<ReturnType<typeof buildahStorage>> | undefined;
  let dir = '';
  let ready = false;
  let built: ReturnType<typeof spawnSync> | undefined;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gantry-action-'));
  });
  after(async () => {
    await registry?.stop();
    await storage?.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  async function setup(t: Parameters<typeof requireTool>[0]): Promise<boolean> {
    if (
      !requireTool(t, 'buildah', 'apt-get install -y buildah') ||
      !requireTool(t, 'docker-registry', 'apt-get install -y docker-registry', ['--version']) ||
      !requireTool(t, 'htpasswd', 'apt-get install -y apache2-utils', ['-nbB', 'u', 'p'])
    ) {
      return false;
    }
    if (ready) return true;
    built ??= spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        BUILD,
        join(root, 'src/actions/publish/index.ts'),
        join(dir, 'dist'),
      ],
      { cwd: root, encoding: 'utf8', timeout: 240_000, maxBuffer: 256 * 1024 * 1024 },
    );
    assert.equal(built.status, 0, `bundle build failed:\n${String(built.stderr)}`);
    registry = await startRegistry(creds);
    storage = await buildahStorage();
    ready = true;
    return true;
  }

  async function runAction(ref: string, inputs: Record<string, string>): Promise<RunResult> {
    const payload = { ...tagPushPayload(), ref };
    const eventPath = join(dir, `event-${Date.now()}.json`);
    const outputPath = join(dir, `output-${Date.now()}`);
    await writeFile(eventPath, JSON.stringify(payload));
    await writeFile(outputPath, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      BUILDAH_ISOLATION: 'chroot',
      ...(await defaultsFromActionYml()),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: ref,
      GITHUB_SHA: SHA,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const child = spawn(process.execPath, [join(dir, 'dist/index.js')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stdout, outputs: parseOutputs(await readFile(outputPath, 'utf8')) };
  }

  const inputsFor = (
    host: string,
    s: { root: string; runroot: string },
  ): Record<string, string> => ({
    images: `${host}/acme/web`,
    tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}\ntype=sha',
    context: join(root, 'examples/app'),
    builder: 'buildah',
    'tls-verify': 'false',
    username: creds.username,
    password: creds.password,
    'storage-root': s.root,
    'storage-runroot': s.runroot,
  });

  it('a tag push builds, pushes and reports the registry digest', async (t) => {
    if (!(await setup(t)) || !registry || !storage) return;
    const run = await runAction('refs/tags/v3.1.0', inputsFor(registry.host, storage));
    assert.equal(run.code, 0, run.stdout.slice(-3000));
    const o = run.outputs;
    assert.equal(o.version, '3.1.0');
    assert.deepEqual(o.tags?.split('\n'), [
      `${registry.host}/acme/web:3.1.0`,
      `${registry.host}/acme/web:3`,
      `${registry.host}/acme/web:sha-6113728`,
      `${registry.host}/acme/web:latest`,
    ]);
    const head = await registry.api('/v2/acme/web/manifests/3.1.0', {
      method: 'HEAD',
      headers: { accept: MANIFEST_ACCEPT },
    });
    assert.equal(o.digest, head.headers.get('docker-content-digest'));
    assert.equal(o.image, `${registry.host}/acme/web@${o.digest}`);
    const meta = JSON.parse(o.metadata ?? '{}') as {
      digest: string;
      tags: { tag: string; digest: string }[];
    };
    assert.equal(meta.digest, o.digest);
    assert.equal(meta.tags.length, 4);
    const json = JSON.parse(o.json ?? '{}') as { labels: Record<string, string> };
    assert.equal(json.labels['org.opencontainers.image.created'], '2019-05-15T15:20:41.000Z');
    assert.ok(o.labels?.includes('org.opencontainers.image.version=3.1.0'));
    // The only line carrying the password is the runner's own mask command.
    const leaks = run.stdout.split('\n').filter((l) => l.includes(creds.password));
    assert.ok(
      leaks.length > 0 && leaks.every((l) => l === `::add-mask::${creds.password}`),
      leaks.join('\n'),
    );
  });

  it('a tag that yields no version fails with failure-reason no-version-tag and pushes nothing', async (t) => {
    if (!(await setup(t)) || !registry || !storage) return;
    const before = (await (await registry.api('/v2/acme/web/tags/list')).json()) as {
      tags: string[];
    };
    const run = await runAction('refs/tags/nightly-build', inputsFor(registry.host, storage));
    assert.equal(run.code, 1);
    assert.equal(run.outputs['failure-reason'], 'no-version-tag');
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    assert.equal(errors.length, 1, run.stdout);
    assert.match(errors[0] ?? '', /Git tag 'nightly-build' produced no version tag/);
    const afterTags = (await (await registry.api('/v2/acme/web/tags/list')).json()) as {
      tags: string[];
    };
    assert.deepEqual(afterTags.tags.sort(), before.tags.sort());
  });
});
