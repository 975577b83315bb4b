// Ops benchmark against the fake cluster (real client-node, real HTTP pods):
// (1) gantry status / diagnose: time to collect, and API requests per call;
// (2) gantry support-bundle: time to write the tar.gz, and its size;
// (3) the root action bundle (dist/gantry/index.js, when built): cold start to the error line
//     of an unknown command, and bundle size (the sub-actions load lazily, so this is the floor
//     every command pays).
// Median of RUNS runs. Run: node --import tsx scripts/bench/pipeline.ts
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClusterReader } from '../../src/ops/cluster.js';
import { collectStatus } from '../../src/ops/status.js';
import { writeSupportBundle } from '../../src/ops/support-bundle.js';
import { loadKubeConfig } from '../../src/rollout/kube.js';
import { execProcess } from '../../src/shared/exec.js';
import { startFakeKube } from '../../test/support/fake-kube/index.js';
import { seedApp } from '../../test/pipeline/support/app-fixture.js';

const RUNS = Number(process.env.RUNS ?? 7);
const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const fake = await startFakeKube();
await seedApp(fake, { namespace: 'bench' });
const reader = createClusterReader(loadKubeConfig({ path: fake.kubeconfigPath }));

// 1. status / diagnose.
const statusMs: number[] = [];
const statusCalls: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const before = fake.requests.length;
  const t = performance.now();
  await collectStatus(reader, { namespace: 'bench', app: 'shop', maxEvents: 20 });
  statusMs.push(performance.now() - t);
  statusCalls.push(fake.requests.length - before);
}

// 2. support bundle.
const bundleMs: number[] = [];
let bundleBytes = 0;
for (let i = 0; i < RUNS; i++) {
  const out = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
  const t = performance.now();
  const result = await writeSupportBundle(reader, execProcess, {
    namespace: 'bench',
    app: 'shop',
    outDir: out,
    tailLines: 500,
    now: new Date(),
  });
  bundleMs.push(performance.now() - t);
  bundleBytes = statSync(result.file).size;
  rmSync(out, { recursive: true, force: true });
}
await fake.close();

// 3. root action bundle.
const bundle = join(process.cwd(), 'dist/gantry/index.js');
const coldMs: number[] = [];
let bundleSize = 0;
if (existsSync(bundle)) {
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [bundle], { env: { PATH: process.env.PATH, INPUT_COMMAND: 'x' } });
    coldMs.push(performance.now() - t);
  }
  bundleSize = statSync(bundle).size;
}
const chunks = existsSync(bundle)
  ? readdirSync(join(process.cwd(), 'dist/gantry'))
      .filter((f) => f.endsWith('.js'))
      .reduce((n, f) => n + statSync(join(process.cwd(), 'dist/gantry', f)).size, 0)
  : 0;

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(`runs: ${RUNS} (median)`);
console.log(
  `status/diagnose: ${median(statusMs).toFixed(1)} ms, ${median(statusCalls)} API requests (2 colors × 2 pods)`,
);
console.log(
  `support-bundle: ${median(bundleMs).toFixed(1)} ms, archive ${(bundleBytes / 1024).toFixed(1)} KiB`,
);
console.log(
  existsSync(bundle)
    ? `root action: cold start to the unknown-command error ${median(coldMs).toFixed(0)} ms; index.js ${mb(bundleSize)}, all chunks ${mb(chunks)}`
    : 'root action: dist/gantry/index.js not built (node scripts/build.mjs gantry)',
);
