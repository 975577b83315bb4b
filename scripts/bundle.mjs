// One action or CLI bundle: @vercel/ncc (typechecked against src/tsconfig.json, so src/ alone;
// one file per lazy chunk), then every emitted .js minified by esbuild (names kept, so error and
// class names read the same). Used by scripts/build.mjs for dist/ and by the tests' bundle
// helper, so tests run what ships.
import ncc from '@vercel/ncc';
import { transform } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export async function bundleEntry(entryFile, outDir) {
  const { code, assets } = await ncc(entryFile, {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  });
  const files = { 'index.js': { source: code }, ...assets };
  await mkdir(outDir, { recursive: true });
  for (const [name, file] of Object.entries(files)) {
    const target = join(outDir, name);
    await mkdir(dirname(target), { recursive: true });
    const source = name.endsWith('.js') ? await minify(String(file.source)) : file.source;
    await writeFile(target, source, file.permissions ? { mode: file.permissions } : undefined);
  }
  if (!existsSync(join(outDir, 'package.json'))) {
    await writeFile(join(outDir, 'package.json'), '{ "type": "module" }\n');
  }
}

async function minify(code) {
  const result = await transform(code, {
    minify: true,
    keepNames: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none', // licenses.txt carries them
  });
  return result.code;
}
