import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  constraintToRange,
  requiredVersionIn,
  wantedVersion,
} from '../../src/iac/install-version.js';
import { expectedSum, releaseFiles } from '../../src/iac/install.js';
import { UserError } from '../../src/shared/errors.js';
import { writeStack } from '../support/terraform.js';

describe('tool version wanted by a directory', () => {
  const constraints: [string, string | undefined][] = [
    ['>= 1.5.0', '>=1.5.0'],
    ['~> 1.5', '^1.5.0'],
    ['~> 1.5.2', '~1.5.2'],
    ['>= 1.2, < 2.0.0', '>=1.2 <2.0.0'],
    ['!= 1.6.0', '<1.6.0 || >1.6.0'],
    ['banana', undefined],
  ];
  for (const [constraint, range] of constraints) {
    it(`constraint ${constraint}`, () => assert.equal(constraintToRange(constraint), range));
  }

  it('reads required_version from the terraform block only', () => {
    assert.equal(
      requiredVersionIn('terraform {\n  required_version = ">= 1.5.0"\n}\n'),
      '>= 1.5.0',
    );
    assert.equal(
      requiredVersionIn('variable "x" {\n  default = "required_version"\n}\n'),
      undefined,
    );
  });

  const cases: {
    name: string;
    files: Record<string, string>;
    input?: string;
    tool?: 'terraform' | 'tofu';
    want: unknown;
  }[] = [
    {
      name: 'input wins',
      files: { '.terraform-version': '1.9.0\n' },
      input: '1.11.4',
      want: { kind: 'exact', value: '1.11.4', source: 'the tool-version input' },
    },
    {
      name: '.terraform-version',
      files: {
        '.terraform-version': '1.9.0\n',
        'main.tf': 'terraform {\n  required_version = ">= 1.0"\n}\n',
      },
      want: { kind: 'exact', value: '1.9.0', source: '.terraform-version' },
    },
    {
      name: '.opentofu-version for tofu',
      files: { '.opentofu-version': 'v1.8.3\n' },
      tool: 'tofu',
      want: { kind: 'exact', value: '1.8.3', source: '.opentofu-version' },
    },
    {
      name: 'exact required_version',
      files: { 'main.tf': 'terraform {\n  required_version = "= 1.11.4"\n}\n' },
      want: { kind: 'exact', value: '1.11.4', source: 'required_version in main.tf' },
    },
    {
      name: 'required_version range',
      files: { 'versions.tf': 'terraform {\n  required_version = "~> 1.5"\n}\n' },
      want: { kind: 'constraint', value: '^1.5.0', source: 'required_version in versions.tf' },
    },
    { name: 'nothing', files: { 'main.tf': '' }, want: undefined },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const dir = await writeStack(c.files);
      assert.deepEqual(await wantedVersion(dir, c.tool ?? 'terraform', c.input), c.want);
    });
  }

  it('a junk version is one clear error', async () => {
    const dir = await writeStack({ '.terraform-version': 'newest please\n' });
    await assert.rejects(
      wantedVersion(dir, 'terraform', ''),
      (e: unknown) =>
        e instanceof UserError && /\.terraform-version holds "newest please"/.test(e.message),
    );
  });
});

describe('release files', () => {
  it('terraform and tofu archive URLs, overridable', () => {
    assert.deepEqual(releaseFiles('terraform', '1.11.4', {}, 'linux', 'x64'), {
      zipUrl: 'https://releases.hashicorp.com/terraform/1.11.4/terraform_1.11.4_linux_amd64.zip',
      sumsUrl: 'https://releases.hashicorp.com/terraform/1.11.4/terraform_1.11.4_SHA256SUMS',
      zipName: 'terraform_1.11.4_linux_amd64.zip',
    });
    assert.equal(
      releaseFiles('tofu', '1.8.3', {}, 'darwin', 'arm64').zipUrl,
      'https://github.com/opentofu/opentofu/releases/download/v1.8.3/tofu_1.8.3_darwin_arm64.zip',
    );
    assert.equal(
      releaseFiles(
        'terraform',
        '1.0.0',
        { GANTRY_TERRAFORM_RELEASES_URL: 'http://127.0.0.1:9/' },
        'linux',
        'arm64',
      ).sumsUrl,
      'http://127.0.0.1:9/1.0.0/terraform_1.0.0_SHA256SUMS',
    );
  });

  it('finds a file in SHA256SUMS', () => {
    const sums = `${'a'.repeat(64)}  terraform_1_linux_amd64.zip\n${'b'.repeat(64)}  terraform_1_linux_arm64.zip\n`;
    assert.equal(expectedSum(sums, 'terraform_1_linux_arm64.zip'), 'b'.repeat(64));
    assert.equal(expectedSum(sums, 'terraform_1_windows_amd64.zip'), undefined);
  });
});
