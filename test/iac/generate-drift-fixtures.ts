// Regenerates test/fixtures/plans/drift{,-noise}.{json,txt}: real plans with changes made outside
// Terraform, and terraform's own text output of them. terraform_data never drifts, so this uses
// the real AWS provider (local mirror /opt/tf-plugins) against the in-process Parameter Store:
//   node --import tsx test/iac/generate-drift-fixtures.ts
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execProcess } from '../../src/shared/exec.js';
import { terraformTestEnv, writeStack } from '../support/terraform.js';
import { startFakeSsm } from './fake-ssm.js';

const fixtures = new URL('../fixtures/plans/', import.meta.url).pathname;

const provider = (endpoint: string): string => `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}
provider "aws" {
  region                      = "us-east-1"
  access_key                  = "fake"
  secret_key                  = "fake"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  endpoints {
    ssm = "${endpoint}"
  }
}
`;
const parameter = (name: string, value: string): string =>
  `resource "aws_ssm_parameter" "${name}" {\n  name  = "/app/${name}"\n  type  = "String"\n  value = ${value}\n}\n`;

/** Apply, change /app/color behind Terraform's back, plan, and store JSON + text. */
async function generate(name: string, resources: string): Promise<void> {
  const ssm = await startFakeSsm();
  const env = await terraformTestEnv();
  const mirror = '/opt/tf-plugins';
  await writeFile(
    env.TF_CLI_CONFIG_FILE as string,
    `provider_installation {\n  filesystem_mirror {\n    path    = "${mirror}"\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n`,
  );
  const dir = await writeStack({ 'main.tf': provider(ssm.endpoint) + resources });
  const tf = async (args: string[]): Promise<string> => {
    const r = await execProcess({ command: 'terraform', args, cwd: dir, env, timeoutMs: 300_000 });
    if (r.exitCode !== 0 && !(args[0] === 'plan' && r.exitCode === 2)) {
      throw new Error(`terraform ${args.join(' ')}: ${r.stderr}`);
    }
    return r.stdout;
  };
  try {
    await tf(['init', '-input=false', '-no-color']);
    await tf(['apply', '-auto-approve', '-input=false', '-no-color']);
    ssm.drift('/app/color', 'green');
    await tf(['plan', '-out=tfplan', '-input=false', '-no-color', '-detailed-exitcode']);
    const json = JSON.parse(await tf(['show', '-json', 'tfplan'])) as unknown;
    await writeFile(join(fixtures, `${name}.json`), `${JSON.stringify(json, null, 1)}\n`);
    await writeFile(join(fixtures, `${name}.txt`), await tf(['show', '-no-color', 'tfplan']));
  } finally {
    await ssm.close();
    await rm(dir, { recursive: true, force: true });
  }
}

// Something depends on the drifted parameter: terraform prints the drift.
await generate(
  'drift',
  parameter('color', '"blue"') +
    parameter('size', '"small"') +
    parameter('derived', '"copy of ${aws_ssm_parameter.color.version}"'),
);
// Nothing depends on it: terraform prints no drift (the plan only reverts the value).
await generate(
  'drift-noise',
  parameter('color', '"blue"') + parameter('size', '"small"') + parameter('gone', '"x"'),
);
console.log(`drift fixtures written to ${fixtures}`);
