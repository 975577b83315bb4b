import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS } from '../../src/actions/apply/inputs.js';
import { FAILURE_REASONS } from '../../src/apply/reasons.js';
import { REPO_ROOT } from './harness.js';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

test('actions/apply/action.yml declares exactly the INPUTS and OUTPUTS tables', async () => {
  const yml = parse(
    await readFile(join(REPO_ROOT, 'actions/apply/action.yml'), 'utf8'),
  ) as ActionYml;
  assert.deepEqual(yml.runs, { using: 'node24', main: '../../dist/apply/index.js' });
  assert.deepEqual(Object.keys(yml.inputs).sort(), Object.keys(INPUTS).sort());
  for (const [name, input] of Object.entries(INPUTS)) {
    assert.equal(yml.inputs[name]?.description, input.description, `description of ${name}`);
    assert.equal(yml.inputs[name]?.default, input.default, `default of ${name}`);
    assert.equal(yml.inputs[name]?.required ?? false, input.required, `required of ${name}`);
  }
  assert.deepEqual(Object.keys(yml.outputs).sort(), Object.keys(OUTPUTS).sort());
  for (const [name, output] of Object.entries(OUTPUTS)) {
    assert.equal(yml.outputs[name]?.description, output.description, `output ${name}`);
  }
});

test('failure-reason documents every reason the action can report', () => {
  for (const reason of FAILURE_REASONS) {
    assert.ok(OUTPUTS['failure-reason'].description.includes(reason), reason);
  }
});
