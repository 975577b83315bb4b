/**
 * An action's bundle for tests: the same build as `node scripts/build.mjs <name>`
 * (scripts/bundle.mjs: ncc, typechecked, then minified), made once per source state and shared
 * by test files through a cache folder keyed by the newest source file. It builds from a scratch copy of src/ whose
 * tsconfig includes only the entry, so the typecheck covers exactly the code the bundle holds
 * and another area's in-progress type errors never block these tests (`npm test` still
 * typechecks everything). GANTRY_TEST_DIST=1 runs the tests against dist/<name>/index.js instead.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from '../../scripts/bundle.mjs';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newest(dir: string): number {
  let max = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    max = Math.max(max, st.isDirectory() ? newest(full) : st.mtimeMs);
  }
  return max;
}

const building = new Map<string, Promise<string>>();

/** Path of an up-to-date bundle of src/actions/<name>/index.ts. */
export function actionBundle(name = 'plan'): Promise<string> {
  let promise = building.get(name);
  if (!promise) {
    promise = build(name);
    building.set(name, promise);
  }
  return promise;
}

async function build(name: string): Promise<string> {
  // GANTRY_TEST_DIST=1: test the committed bundle itself (after `node scripts/build.mjs <name>`).
  if (process.env.GANTRY_TEST_DIST === '1') return join(REPO, 'dist', name, 'index.js');
  const stamp = Math.floor(
    Math.max(
      newest(join(REPO, 'src')),
      statSync(join(REPO, 'package-lock.json')).mtimeMs,
      statSync(join(REPO, 'scripts', 'bundle.mjs')).mtimeMs,
    ),
  );
  const out = join(tmpdir(), 'gantry-action-bundles', `${name}-${stamp}`);
  const file = join(out, 'index.js');
  if (existsSync(file)) return file;
  // One build per source state across parallel test processes: the first takes the lock, the
  // others wait for its result (a stale lock older than 10 minutes is taken over).
  await mkdir(dirname(out), { recursive: true });
  const lock = `${out}.lock`;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if (existsSync(file)) return file;
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 600_000) {
        await rm(lock, { recursive: true, force: true });
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (existsSync(file)) return file;
    return await compile(name, out, file);
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function compile(name: string, out: string, file: string): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'gantry-bundle-src-'));
  try {
    await cp(join(REPO, 'src'), join(scratch, 'src'), { recursive: true });
    await cp(join(REPO, 'package.json'), join(scratch, 'package.json'));
    await symlink(join(REPO, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    const tsconfig = JSON.parse(await readFile(join(REPO, 'tsconfig.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    tsconfig.include = [`src/actions/${name}/index.ts`, 'src/**/*.d.ts'];
    await writeFile(join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig));
    const staging = `${out}.${process.pid}`;
    await bundleEntry(join(scratch, 'src', 'actions', name, 'index.ts'), staging);
    // Another test process may have finished first: keep whichever landed.
    await rename(staging, out).catch(() => rm(staging, { recursive: true, force: true }));
    return file;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
