// Plan benchmark: wall time of `gantry plan` over bare `terraform init && terraform plan -out &&
// terraform show -json` on a generated 1,000-resource stack, measured in one run.
// Run: node --import tsx scripts/bench/plan.ts [--reps N] [--resources N]   Target: ratio ≤ 1.05.
// gantry runs as a single-file bundle of src/cli/index.ts (like the shipped ncc bundle) built at
// the start into a temp folder with esbuild (tsx's own; fast, no typecheck, never touches dist/),
// started with plain `node`. Pass --cli dist/cli/index.js to time the committed bundle instead.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    resources: { type: 'string', default: '1000' },
    cli: { type: 'string' },
  },
});
const reps = Number(values.reps);
const resources = Number(values.resources);

async function bundle(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'gantry-bench-cli-'));
  await build({
    entryPoints: [join(root, 'src/cli/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: out,
    // One chunk per lazily loaded subcommand, as the CLI loads them (and as ncc splits them).
    splitting: true,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
    // CommonJS dependencies bundled into ESM still call require().
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return join(out, 'index.mjs');
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 2)
        reject(new Error(`${command} ${args.join(' ')} exited ${code}`));
      else resolve(performance.now() - started);
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const work = await mkdtemp(join(tmpdir(), 'gantry-bench-plan-'));
const stack = join(work, 'stack');
await mkdir(stack);
await writeFile(
  join(stack, 'main.tf'),
  `resource "terraform_data" "node" {
  count = ${resources}
  input = { index = count.index, name = "node-\${count.index}", tags = { team = "platform" } }
}
output "count" { value = length(terraform_data.node) }
`,
);
const bareDir = join(work, 'bare');
const gantryDir = join(work, 'gantry');
await cp(stack, bareDir, { recursive: true });
await cp(stack, gantryDir, { recursive: true });
await writeFile(join(work, 'empty.tfrc'), '');
const env = {
  ...process.env,
  TF_CLI_CONFIG_FILE: join(work, 'empty.tfrc'),
  CHECKPOINT_DISABLE: '1',
  TF_IN_AUTOMATION: '1',
};

const cli = values.cli ? (values.cli.startsWith("/") ? values.cli : join(process.cwd(), values.cli)) : await bundle();
console.log(`gantry: node ${cli}${values.cli ? '' : ' (esbuild bundle of src/cli/index.ts)'}`);
const bare = () =>
  run(
    'sh',
    [
      '-c',
      'terraform init -input=false && terraform plan -input=false -out=tfplan && terraform show -json tfplan > plan.json',
    ],
    bareDir,
    env,
  );
const gantry = () => run(process.execPath, [cli, 'plan', '.', '--out', 'out'], gantryDir, env);

console.log(
  `stack: ${resources} terraform_data resources; warm-up, then ${reps} alternating repetitions`,
);
await bare();
await gantry();
const times = { bare: [] as number[], gantry: [] as number[] };
for (let i = 0; i < reps; i++) {
  // Alternate which goes first so drift in machine load hits both alike.
  if (i % 2 === 0) {
    times.bare.push(await bare());
    times.gantry.push(await gantry());
  } else {
    times.gantry.push(await gantry());
    times.bare.push(await bare());
  }
}
const b = median(times.bare);
const g = median(times.gantry);
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`bare terraform init+plan+show : median ${b.toFixed(0)} ms  [${fmt(times.bare)}]`);
console.log(`gantry plan (bundle, node)    : median ${g.toFixed(0)} ms  [${fmt(times.gantry)}]`);
console.log(`ratio gantry / bare           : ${(g / b).toFixed(3)}  (target ≤ 1.05)`);
