// `npm run bench`: every benchmark in scripts/bench/, one after another, each printing its own
// table of figures (ratios against the bare tool where there is one). Not a test: figures only.
// `npm run bench -- plan render` runs only the named ones.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('./bench/', import.meta.url).pathname;
const wanted = process.argv.slice(2);
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const names = wanted.length ? all.filter((n) => wanted.includes(n)) : all;
if (wanted.length && names.length !== wanted.length) {
  console.error(`unknown benchmark(s): ${wanted.filter((w) => !all.includes(w)).join(', ')}`);
  console.error(`available: ${all.join(', ')}`);
  process.exit(1);
}
let failed = 0;
for (const name of names) {
  console.log(`\n════ bench: ${name} ════`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, `${name}.ts`)], {
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    failed += 1;
    console.error(`bench ${name} failed (exit ${r.status ?? r.signal})`);
  }
}
process.exit(failed ? 1 : 0);
