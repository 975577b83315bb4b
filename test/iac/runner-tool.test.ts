import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chooseTool, resolveTool, type ToolName } from '../../src/iac/tool.js';
import { execProcess } from '../../src/shared/exec.js';
import { UserError } from '../../src/shared/errors.js';
import { requireTool } from '../support/tools.js';
import { writeStack } from '../support/terraform.js';
import { pathWith, terraformPath, tofuStandIn } from './helpers.js';

const both = (name: ToolName) => `/usr/bin/${name}`;
const onlyTofu = (name: ToolName) => (name === 'tofu' ? '/usr/bin/tofu' : undefined);
const none = () => undefined;

test('tool selection: option, then the directory, then PATH (terraform first); bin overrides', () => {
  const cases: Array<{
    name: string;
    input: Partial<Parameters<typeof chooseTool>[0]>;
    expect: { tool: ToolName; bin: string; reason: string };
  }> = [
    {
      name: 'nothing special: terraform from PATH',
      input: {},
      expect: { tool: 'terraform', bin: '/usr/bin/terraform', reason: 'path' },
    },
    {
      name: 'only tofu on PATH',
      input: { which: onlyTofu },
      expect: { tool: 'tofu', bin: '/usr/bin/tofu', reason: 'path' },
    },
    {
      name: '.opentofu-version means tofu',
      input: { dirFiles: ['main.tf', '.opentofu-version'] },
      expect: { tool: 'tofu', bin: '/usr/bin/tofu', reason: 'opentofu-version' },
    },
    {
      name: '*.tofu files mean tofu',
      input: { dirFiles: ['main.tofu'] },
      expect: { tool: 'tofu', bin: '/usr/bin/tofu', reason: 'tofu-files' },
    },
    {
      name: 'the option beats the directory',
      input: { option: 'terraform', dirFiles: ['main.tofu'] },
      expect: { tool: 'terraform', bin: '/usr/bin/terraform', reason: 'option' },
    },
    {
      name: 'auto is no option',
      input: { option: 'auto', dirFiles: ['.opentofu-version'] },
      expect: { tool: 'tofu', bin: '/usr/bin/tofu', reason: 'opentofu-version' },
    },
    {
      name: 'GANTRY_TOFU_BIN names the binary',
      input: { option: 'tofu', env: { GANTRY_TOFU_BIN: '/opt/tofu/bin/tofu' } },
      expect: { tool: 'tofu', bin: '/opt/tofu/bin/tofu', reason: 'option' },
    },
    {
      name: 'GANTRY_TERRAFORM_BIN makes terraform available without PATH',
      input: { which: none, env: { GANTRY_TERRAFORM_BIN: '/opt/tf' } },
      expect: { tool: 'terraform', bin: '/opt/tf', reason: 'path' },
    },
    {
      name: 'the bin option beats the env variable',
      input: { option: 'terraform', bin: '/x/terraform', env: { GANTRY_TERRAFORM_BIN: '/opt/tf' } },
      expect: { tool: 'terraform', bin: '/x/terraform', reason: 'option' },
    },
  ];
  for (const c of cases) {
    const choice = chooseTool({ dirFiles: ['main.tf'], env: {}, which: both, ...c.input });
    assert.deepEqual(choice, c.expect, c.name);
  }
});

test('tool selection fails with a named reason when the chosen tool is missing', () => {
  const cases: Array<[string, Partial<Parameters<typeof chooseTool>[0]>, RegExp]> = [
    ['nothing installed', { which: none }, /Neither terraform nor tofu/],
    [
      'tofu dir, only terraform',
      { dirFiles: ['.opentofu-version'], which: (n) => (n === 'terraform' ? '/t' : undefined) },
      /tofu was chosen \(a \.opentofu-version file\)/,
    ],
    [
      'terraform option, only tofu',
      { option: 'terraform', which: onlyTofu },
      /GANTRY_TERRAFORM_BIN/,
    ],
  ];
  for (const [name, input, message] of cases) {
    assert.throws(
      () => chooseTool({ dirFiles: [], env: {}, which: both, ...input }),
      (e: unknown) =>
        e instanceof UserError && e.reason === 'tool-missing' && message.test(e.describe()),
      name,
    );
  }
});

test('resolveTool reports the real terraform and its version', async (t) => {
  if (!requireTool(t, 'terraform', 'install terraform ≥ 1.9', ['version'])) return;
  const dir = await writeStack({ 'main.tf': '' });
  const tool = await resolveTool({ dir }, { exec: execProcess });
  assert.equal(tool.tool, 'terraform');
  assert.match(tool.version, /^\d+\.\d+\.\d+/);
});

test('resolveTool with a tofu stand-in (OpenTofu is not installable here): *.tofu files and PATH', async (t) => {
  if (!requireTool(t, 'terraform', 'install terraform ≥ 1.9', ['version'])) return;
  const standIn = await tofuStandIn('1.8.5');
  const dir = await writeStack({ 'main.tofu': '' });
  const baseEnv = { PATH: pathWith(standIn.dir) };
  const fromFiles = await resolveTool({ dir, baseEnv }, { exec: execProcess });
  assert.deepEqual(fromFiles, {
    tool: 'tofu',
    bin: standIn.bin,
    reason: 'tofu-files',
    version: '1.8.5',
  });

  const plain = await writeStack({ 'main.tf': '' });
  const fromPath = await resolveTool({ dir: plain, baseEnv }, { exec: execProcess });
  assert.equal(fromPath.tool, 'tofu', 'terraform is not on this PATH, so tofu is the one found');
  assert.equal(fromPath.reason, 'path');

  await writeFile(join(plain, '.opentofu-version'), '1.8.5\n');
  const withTerraform = { PATH: pathWith(standIn.dir), GANTRY_TERRAFORM_BIN: terraformPath() };
  const fromVersionFile = await resolveTool(
    { dir: plain, baseEnv: withTerraform },
    { exec: execProcess },
  );
  assert.equal(fromVersionFile.tool, 'tofu', '.opentofu-version wins over an available terraform');
});

test('resolveTool names a binary that does not work', async () => {
  const dir = await writeStack({ 'main.tf': '' });
  await assert.rejects(
    resolveTool({ dir, tool: 'terraform', bin: '/nonexistent/terraform' }, { exec: execProcess }),
    (e: unknown) => e instanceof UserError && /nonexistent\/terraform.*not found/.test(e.message),
  );
});
