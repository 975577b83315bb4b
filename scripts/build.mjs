// Builds one @vercel/ncc bundle per entry into dist/<name>/ (ncc empties its output folder, so
// each entry gets its own). Entries: every src/actions/<name>/index.ts, plus the CLI.
import { bundleEntry } from './bundle.mjs';
import { readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function entries() {
  const list = [{ name: 'cli', file: join(root, 'src/cli/index.ts') }];
  const actionsDir = join(root, 'src/actions');
  for (const name of (await readdir(actionsDir)).sort()) {
    const file = join(actionsDir, name, 'index.ts');
    if (existsSync(file)) list.push({ name, file });
  }
  return list;
}

const only = process.argv.slice(2);
const all = await entries();
const selected = only.length ? all.filter((e) => only.includes(e.name)) : all;
const unknown = only.filter((name) => !all.some((e) => e.name === name));
if (unknown.length) {
  console.error(`unknown entr${unknown.length > 1 ? 'ies' : 'y'}: ${unknown.join(', ')}`);
  console.error(`entries: ${all.map((e) => e.name).join(', ')}`);
  process.exit(1);
}
if (selected.length > 1) {
  // One process per bundle: ncc (webpack) keeps its heap between builds, and the Kubernetes
  // client's bundles alone come close to node's default limit.
  if (!only.length) await rm(join(root, 'dist'), { recursive: true, force: true });
  for (const entry of selected) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), entry.name], {
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exit(r.status || 1);
  }
} else {
  await build(selected[0]);
}

async function build(entry) {
  const started = Date.now();
  const out = join(root, 'dist', entry.name);
  await rm(out, { recursive: true, force: true });
  await bundleEntry(entry.file, out);
  console.log(`built ${relative(root, out)}/index.js in ${Date.now() - started} ms`);
}
