// Plan benchmark: wall time of `gantry plan` over bare `terraform init && terraform plan -out &&
// terraform show -json` on generated 1,000-resource stacks, measured in one run: terraform_data
// (terraform's own work only, the worst case for Gantry's fixed costs) and, when the machine has
// the AWS provider mirror, the same count of resources of a real provider.
// Run: node --import tsx scripts/bench/plan.ts [--reps N] [--resources N] [--src | --cli FILE]
// Target: ratio ≤ 1.05. gantry is what ships: the committed bundle dist/cli/index.js, started
// with plain `node` (as bin/gantry.js does), under this machine's node and under node 24, the
// actions' runtime (see ./support/node-runtime.ts; GANTRY_BENCH_NODE24=off skips it). --src times the working tree instead: an unminified
// esbuild bundle of src/cli/index.ts built into a temp folder (never touches dist/).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { nodeRuntime, type NodeRuntime } from './support/node-runtime.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    resources: { type: 'string', default: '1000' },
    cli: { type: 'string' },
    src: { type: 'boolean', default: false },
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

const PROVIDER_MIRROR = '/opt/tf-plugins';

interface Scenario {
  name: string;
  mainTf: string;
  cliConfig: string;
  reps: number;
}

const scenarios: Scenario[] = [
  {
    // Terraform's own work only: the worst case for a wrapper's fixed costs.
    name: `${resources} terraform_data resources (built-in provider)`,
    mainTf: `resource "terraform_data" "node" {
  count = ${resources}
  input = { index = count.index, name = "node-\${count.index}", tags = { team = "platform" } }
}
output "count" { value = length(terraform_data.node) }
`,
    cliConfig: '',
    reps,
  },
];
if (existsSync(join(PROVIDER_MIRROR, 'registry.terraform.io/hashicorp/aws'))) {
  scenarios.push({
    // A real provider plugin (from the machine's local mirror; creates need no API calls).
    name: `${resources} aws_ssm_parameter resources (hashicorp/aws from ${PROVIDER_MIRROR})`,
    mainTf: `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}
provider "aws" {
  region                      = "us-east-1"
  access_key                  = "bench"
  secret_key                  = "bench"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_ssm_parameter" "p" {
  count = ${resources}
  name  = "/bench/param-\${count.index}"
  type  = "String"
  value = "value-\${count.index}"
  tags  = { team = "platform" }
}
`,
    cliConfig: `provider_installation {\n  filesystem_mirror {\n    path    = "${PROVIDER_MIRROR}"\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n`,
    reps: Math.min(reps, 3),
  });
} else {
  console.log(`(no provider mirror at ${PROVIDER_MIRROR}: the real-provider scenario is not run)`);
}

const cli = values.src
  ? await bundle()
  : resolve(process.cwd(), values.cli ?? join(root, 'dist/cli/index.js'));
console.log(`gantry: ${cli}${values.src ? ' (esbuild bundle of src/cli/index.ts)' : ''}`);

// gantry is timed under this machine's node and under node 24, the runtime the actions declare.
const runtimes: NodeRuntime[] = [{ path: process.execPath, version: process.version }];
const node24 = nodeRuntime(root);
if ('skipped' in node24) console.log(`(node 24 not measured: ${node24.skipped})`);
else if (node24.path !== process.execPath) runtimes.push(node24);
console.log(`node: ${runtimes.map((r) => `${r.version} (${r.path})`).join(', ')}`);

const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
for (const scenario of scenarios) {
  const work = await mkdtemp(join(tmpdir(), 'gantry-bench-plan-'));
  const bareDir = join(work, 'bare');
  await mkdir(bareDir);
  await writeFile(join(bareDir, 'main.tf'), scenario.mainTf);
  await writeFile(join(work, 'cli.tfrc'), scenario.cliConfig);
  const env = {
    ...process.env,
    TF_CLI_CONFIG_FILE: join(work, 'cli.tfrc'),
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
  };
  interface Contender {
    label: string;
    run: () => Promise<number>;
    times: number[];
    /** node -e 0 under the same runtime: the floor for any CLI written for node. */
    start?: () => Promise<number>;
    startTimes: number[];
  }
  const bare: Contender = {
    label: 'bare terraform init+plan+show',
    run: () =>
      run(
        'sh',
        [
          '-c',
          'terraform init -input=false && terraform plan -input=false -out=tfplan && terraform show -json tfplan > plan.json',
        ],
        bareDir,
        env,
      ),
    times: [],
    startTimes: [],
  };
  const contenders: Contender[] = [bare];
  for (const [i, node] of runtimes.entries()) {
    const dir = join(work, `gantry-${i}`);
    await mkdir(dir);
    await writeFile(join(dir, 'main.tf'), scenario.mainTf);
    contenders.push({
      label: `gantry plan, node ${node.version}`,
      run: () => run(node.path, [cli, 'plan', '.', '--out', 'out'], dir, env),
      times: [],
      start: () => run(node.path, ['-e', '0'], dir, env),
      startTimes: [],
    });
  }

  console.log(`\nstack: ${scenario.name}; warm-up, then ${scenario.reps} rotating repetitions`);
  for (const c of contenders) await c.run();
  for (let i = 0; i < scenario.reps; i++) {
    // Rotate which goes first so drift in machine load hits all alike.
    const order = contenders.map((_, k) => contenders[(k + i) % contenders.length] as Contender);
    for (const c of order) {
      if (c.start) c.startTimes.push(await c.start());
      c.times.push(await c.run());
    }
  }
  const b = median(bare.times);
  const width = Math.max(...contenders.map((c) => c.label.length));
  for (const c of contenders) {
    console.log(
      `${c.label.padEnd(width)} : median ${median(c.times).toFixed(0)} ms  [${fmt(c.times)}]`,
    );
  }
  for (const c of contenders.slice(1)) {
    const g = median(c.times);
    const n = median(c.startTimes);
    console.log(
      `ratio ${c.label.padEnd(width)} / bare : ${(g / b).toFixed(3)}  (target ≤ 1.05); gantry − bare ${(g - b).toFixed(0)} ms, of which node -e 0 alone ${n.toFixed(0)} ms`,
    );
  }
  await rm(work, { recursive: true, force: true });
}
