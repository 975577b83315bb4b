// Plan benchmark: wall time of `gantry plan` over bare `terraform init && terraform plan -out &&
// terraform show -json` on generated 1,000-resource stacks, measured in one run: terraform_data
// (terraform's own work only, the worst case for Gantry's fixed costs) and, when the machine has
// the AWS provider mirror, the same count of resources of a real provider.
// Run: node --import tsx scripts/bench/plan.ts [--reps N] [--resources N] [--src | --cli FILE]
// Target: ratio ≤ 1.05. gantry is what ships: the committed bundle dist/cli/index.js, started
// with plain `node` (as bin/gantry.js does). --src times the working tree instead: an unminified
// esbuild bundle of src/cli/index.ts built into a temp folder (never touches dist/).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

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
console.log(`gantry: node ${cli}${values.src ? ' (esbuild bundle of src/cli/index.ts)' : ''}`);

const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
for (const scenario of scenarios) {
  const work = await mkdtemp(join(tmpdir(), 'gantry-bench-plan-'));
  const bareDir = join(work, 'bare');
  const gantryDir = join(work, 'gantry');
  for (const dir of [bareDir, gantryDir]) {
    await mkdir(dir);
    await writeFile(join(dir, 'main.tf'), scenario.mainTf);
  }
  await writeFile(join(work, 'cli.tfrc'), scenario.cliConfig);
  const env = {
    ...process.env,
    TF_CLI_CONFIG_FILE: join(work, 'cli.tfrc'),
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
  };
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
  // The floor for any CLI written for node: starting node itself, measured in the same run.
  const nodeStart = () => run(process.execPath, ['-e', '0'], gantryDir, env);

  console.log(`\nstack: ${scenario.name}; warm-up, then ${scenario.reps} alternating repetitions`);
  await bare();
  await gantry();
  const times = { bare: [] as number[], gantry: [] as number[], node: [] as number[] };
  for (let i = 0; i < scenario.reps; i++) {
    times.node.push(await nodeStart());
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
  console.log(`bare terraform init+plan+show : median ${b.toFixed(0)} ms  [${fmt(times.bare)}]`);
  console.log(`gantry plan (bundle, node)    : median ${g.toFixed(0)} ms  [${fmt(times.gantry)}]`);
  console.log(`ratio gantry / bare           : ${(g / b).toFixed(3)}  (target ≤ 1.05)`);
  const n = median(times.node);
  console.log(
    `node -e 0 alone               : median ${n.toFixed(0)} ms = ${((100 * n) / b).toFixed(1)}% of bare (gantry − bare = ${(g - b).toFixed(0)} ms)`,
  );
  await rm(work, { recursive: true, force: true });
}
