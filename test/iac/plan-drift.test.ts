import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { terraformTestEnv, writeStack } from '../support/terraform.js';
import { execProcess } from '../../src/shared/exec.js';
import { needTerraform } from './helpers.js';
import { plan } from './plan-support.js';
import { startFakeSsm } from './fake-ssm.js';

// terraform_data never drifts (its read returns the prior state), so drift needs a provider
// that reads the world: the real AWS provider, pointed at an in-process Parameter Store. The
// provider comes from the machine image's local mirror (there is no network to fetch it from).
const MIRROR = '/opt/tf-plugins';

test('drift: a value changed outside Terraform shows as drift and as the update that reverts it', async (t) => {
  if (!needTerraform(t)) return;
  const ssm = await startFakeSsm();
  t.after(() => ssm.close());
  const tfEnv = await terraformTestEnv();
  // No network here: the provider must come from the machine image's local mirror. Without it
  // the test says so loudly (and fails under GANTRY_REQUIRE_ALL=1) instead of trying a download.
  if (!existsSync(join(MIRROR, 'registry.terraform.io/hashicorp/aws'))) {
    const message = `the AWS provider mirror ${MIRROR} is missing: this drift test needs it (terraform providers mirror ${MIRROR}).`;
    if (process.env.GANTRY_REQUIRE_ALL === '1')
      throw new Error(`${message} GANTRY_REQUIRE_ALL=1 forbids skipping.`);
    console.error(`\n*** SKIPPED: ${message} ***\n`);
    t.skip(message);
    return;
  }
  await writeFile(
    tfEnv.TF_CLI_CONFIG_FILE!,
    `provider_installation {\n  filesystem_mirror {\n    path    = "${MIRROR}"\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n`,
  );
  const dir = await writeStack({
    'main.tf': `terraform {
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
    ssm = "${ssm.endpoint}"
  }
}
resource "aws_ssm_parameter" "color" {
  name  = "/app/color"
  type  = "String"
  value = "blue"
}
`,
  });
  // Not the synchronous terraform() helper: the fake answers from this process's event loop.
  const tf = (args: string[]) =>
    execProcess({ command: 'terraform', args, cwd: dir, env: tfEnv, timeoutMs: 300_000 });
  const init = await tf(['init', '-input=false']);
  assert.equal(init.exitCode, 0, init.stderr);
  const apply = await tf(['apply', '-auto-approve', '-input=false']);
  assert.equal(apply.exitCode, 0, apply.stderr);

  ssm.drift('/app/color', 'green');
  const outcome = await plan(dir, tfEnv);
  assert.equal(outcome.status, 'changes', outcome.comment);
  const model = outcome.model!;
  assert.equal(model.counts.drift, 1);
  assert.equal(model.drift[0]?.address, 'aws_ssm_parameter.color');
  assert.equal(
    model.resources.find((r) => r.address === 'aws_ssm_parameter.color')?.action,
    'update',
  );
  assert.match(outcome.comment, /1 changed outside Terraform/);
  // The provider marks `value` sensitive: the drifted value is reported, never shown.
  for (const doc of [outcome.comment, outcome.summary]) assert.ok(!doc.includes('green'));
  assert.ok(ssm.calls.includes('GetParameter'), 'the provider really read the parameter');
});
