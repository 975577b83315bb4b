// Apply benchmark: what the gate costs. Measured in one run:
//  - bundle size of the apply action (esbuild single file, like the ncc bundle; never touches dist/);
//  - cold start: process start → first log line (an input error, so nothing else runs);
//  - wall time of the apply action (gate + init + show + apply + outputs) over bare
//    `terraform apply tfplan` on the same plan of a generated N-resource stack.
// Run: node --import tsx scripts/bench/apply.ts [--reps N] [--resources N]
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { makeWorkspace, planToArtifact, SHA } from '../../test/apply/harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '3' },
    resources: { type: 'string', default: '100' },
  },
});
const reps = Number(values.reps);
const resources = Number(values.resources);

async function bundle(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'gantry-bench-apply-'));
  await build({
    entryPoints: [join(root, 'src/actions/apply/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: out,
    // Lazily imported modules (@actions/artifact) get their own chunk, as ncc splits them.
    splitting: true,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
    banner: {
      js: "import { createRequire as gantryRequire } from 'node:module'; const require = gantryRequire(import.meta.url);",
    },
  });
  return join(out, 'index.mjs');
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function firstLine(file: string): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [file], {
      env: {
        PATH: process.env.PATH ?? '',
        INPUT_MODE: 'bad',
        INPUT_COMMENT: 'false',
        'INPUT_REQUIRE-PR-APPROVAL': 'false',
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    child.stdout.once('data', () => resolve(performance.now() - started));
  });
}

function timed(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: 'ignore' });
    child.on('close', (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`${command} exited ${code}`)),
    );
  });
}

const stack = Array.from(
  { length: resources },
  (_, i) => `resource "terraform_data" "r${i}" {\n  input = "v${i}"\n}\n`,
).join('');

const file = await bundle();
const size = (await stat(file)).size;
const chunks = await readdir(dirname(file));
let total = 0;
for (const c of chunks) total += (await stat(join(dirname(file), c))).size;
const starts: number[] = [];
for (let i = 0; i < 7; i++) starts.push(await firstLine(file));

const bare: number[] = [];
const action: number[] = [];
for (let i = 0; i < reps; i++) {
  for (const which of ['bare', 'action'] as const) {
    const ws = await makeWorkspace({ 'main.tf': stack });
    const { artifact } = await planToArtifact(ws);
    const env = { ...process.env, ...ws.env };
    if (which === 'bare') {
      bare.push(
        await timed(
          'terraform',
          ['apply', '-input=false', join(artifact, 'tfplan')],
          ws.stack,
          env,
        ),
      );
      continue;
    }
    const runner = await mkdtemp(join(tmpdir(), 'gantry-bench-runner-'));
    await Promise.all(['output', 'summary'].map((f) => writeFile(join(runner, f), '')));
    action.push(
      await timed(process.execPath, [file], ws.root, {
        ...env,
        'INPUT_PLAN-DIR': artifact,
        'INPUT_TARGET-NAME': 'app',
        INPUT_MODE: 'saved-plan',
        'INPUT_LOCK-TIMEOUT': '0',
        'INPUT_TIMEOUT-MINUTES': '10',
        INPUT_COMMENT: 'false',
        'INPUT_REQUIRE-PR-APPROVAL': 'false',
        GITHUB_WORKSPACE: ws.root,
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_SHA: SHA,
        GITHUB_OUTPUT: join(runner, 'output'),
        GITHUB_STEP_SUMMARY: join(runner, 'summary'),
        RUNNER_TEMP: runner,
      }),
    );
    await cp(join(runner, 'summary'), join(runner, 'summary.done'));
  }
}
const version = spawnSync('terraform', ['version'], { encoding: 'utf8' }).stdout.split('\n')[0];
console.log(
  `apply bundle (esbuild): entry ${(size / 1024 / 1024).toFixed(2)} MB, all chunks ${(total / 1024 / 1024).toFixed(2)} MB`,
);
console.log(`cold start to first log line: median ${median(starts).toFixed(0)} ms (7 runs)`);
console.log(`${version}, ${resources} resources, ${reps} reps (median):`);
console.log(`  bare terraform apply tfplan: ${median(bare).toFixed(0)} ms`);
console.log(`  gantry apply action:         ${median(action).toFixed(0)} ms`);
console.log(
  `  ratio ${(median(action) / median(bare)).toFixed(2)}, overhead ${(median(action) - median(bare)).toFixed(0)} ms`,
);
