// Builds one @vercel/ncc bundle per entry into dist/<name>/ (ncc empties its output folder, so
// each entry gets its own). Entries: every src/actions/<name>/index.ts, plus the CLI.
import ncc from '@vercel/ncc';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
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

async function writeTree(dir, files) {
  for (const [name, file] of Object.entries(files)) {
    const target = join(dir, name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.source, file.permissions ? { mode: file.permissions } : undefined);
  }
}

const only = process.argv.slice(2);
const all = await entries();
const selected = only.length ? all.filter((e) => only.includes(e.name)) : all;
if (!only.length) await rm(join(root, 'dist'), { recursive: true, force: true });
for (const entry of selected) {
  const started = Date.now();
  const out = join(root, 'dist', entry.name);
  await rm(out, { recursive: true, force: true });
  const { code, assets } = await ncc(entry.file, {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  });
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.js'), code);
  await writeTree(out, assets);
  if (!existsSync(join(out, 'package.json'))) {
    await writeFile(join(out, 'package.json'), '{ "type": "module" }\n');
  }
  console.log(`built ${relative(root, out)}/index.js in ${Date.now() - started} ms`);
}
