// actions/publish/action.yml and the INPUTS/OUTPUTS tables in src/actions/publish/inputs.ts
// describe the same action: same names, same required flags, same defaults.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS } from '../../src/actions/publish/inputs.js';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const load = async (): Promise<ActionYml> =>
  parse(
    await readFile(join(import.meta.dirname, '../../actions/publish/action.yml'), 'utf8'),
  ) as ActionYml;

describe('actions/publish/action.yml', () => {
  it('declares exactly the inputs of the INPUTS table, with the same required flag and default', async () => {
    const yml = await load();
    assert.deepEqual(Object.keys(yml.inputs).sort(), Object.keys(INPUTS).sort());
    for (const [name, spec] of Object.entries(INPUTS)) {
      const declared = yml.inputs[name];
      assert.equal(declared?.description, spec.description, `${name}.description`);
      assert.equal(declared.required ?? false, spec.required, `${name}.required`);
      assert.equal(
        declared.default,
        'default' in spec ? spec.default : undefined,
        `${name}.default`,
      );
    }
  });
  it('declares exactly the outputs of the OUTPUTS table', async () => {
    const yml = await load();
    assert.deepEqual(Object.keys(yml.outputs).sort(), Object.keys(OUTPUTS).sort());
    for (const [name, spec] of Object.entries(OUTPUTS)) {
      assert.equal(yml.outputs[name]?.description, spec.description, `${name}.description`);
    }
  });
  it('runs its own node24 bundle', async () => {
    const yml = await load();
    assert.deepEqual(yml.runs, { using: 'node24', main: '../../dist/publish/index.js' });
  });
});
