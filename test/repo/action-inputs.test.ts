import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

/**
 * Every action's action.yml matches its src/actions/<name>/inputs.ts tables. The convention
 * (see the top of src/actions/plan/inputs.ts):
 *   export const INPUTS = { 'kebab-name': { description, required, default }, … } as const;
 *   export const OUTPUTS = { 'kebab-name': { description }, … } as const;
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

interface InputSpec {
  description: string;
  required?: boolean;
  /** Absent means no default, like an action.yml input without one. */
  default?: string;
}
interface ActionYml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

const actions = readdirSync(join(root, 'actions'))
  .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
  .filter((name) => existsSync(join(root, 'src', 'actions', name, 'inputs.ts')))
  .sort();

describe('action.yml ⇔ inputs.ts', () => {
  it('covers the plan action at least', () => assert.ok(actions.includes('plan')));

  for (const name of actions) {
    it(`actions/${name}`, async () => {
      const yml = parse(
        readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'),
      ) as ActionYml;
      const mod = (await import(
        pathToFileURL(join(root, 'src', 'actions', name, 'inputs.ts')).href
      )) as {
        INPUTS?: Record<string, InputSpec>;
        OUTPUTS?: Record<string, { description: string }>;
      };
      assert.ok(
        mod.INPUTS && mod.OUTPUTS,
        `src/actions/${name}/inputs.ts must export INPUTS and OUTPUTS tables`,
      );
      const inputs = Object.fromEntries(
        Object.entries(yml.inputs ?? {}).map(([k, v]) => [
          k,
          {
            description: v.description,
            required: v.required ?? false,
            default: v.default === undefined ? '' : String(v.default),
          },
        ]),
      );
      const table = Object.fromEntries(
        Object.entries(mod.INPUTS).map(([k, v]) => [
          k,
          { description: v.description, required: v.required ?? false, default: v.default ?? '' },
        ]),
      );
      assert.deepEqual(inputs, table, 'inputs (name, description, required, default)');
      const outputs = Object.fromEntries(
        Object.entries(yml.outputs ?? {}).map(([k, v]) => [k, { description: v.description }]),
      );
      const outTable = Object.fromEntries(
        Object.entries(mod.OUTPUTS).map(([k, v]) => [k, { description: v.description }]),
      );
      assert.deepEqual(outputs, outTable, 'outputs (name, description)');
      for (const key of [...Object.keys(inputs), ...Object.keys(outputs)]) {
        assert.match(key, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, `${key} is kebab-case`);
      }
      if (yml.runs?.using?.startsWith('node')) {
        assert.equal(yml.runs.using, 'node24');
        assert.equal(yml.runs.main, `../../dist/${name}/index.js`);
      }
    });
  }
});
