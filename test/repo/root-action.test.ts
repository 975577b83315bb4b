import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { routeInputs } from '../../src/actions/gantry/main.js';
import { INPUTS, OUTPUTS, STATUS_INPUTS } from '../../src/actions/gantry/inputs.js';
import { COMMAND_NAMES, NAMESPACED } from '../../src/actions/gantry/routes.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface ActionYml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const load = (file: string): ActionYml =>
  parse(readFileSync(join(root, file), 'utf8')) as ActionYml;
const rootAction = load('action.yml');
const subActions = readdirSync(join(root, 'actions'))
  .filter((d) => existsSync(join(root, 'actions', d, 'action.yml')))
  .sort();

describe('root action.yml declares every sub-action input identically', () => {
  test('the generator has nothing to change (node scripts/sync-root-action.mjs --check)', () => {
    const r = spawnSync(process.execPath, ['scripts/sync-root-action.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, `root action drifted from the sub-actions:\n${r.stderr}`);
  });

  for (const action of subActions) {
    test(`actions/${action}: each input has the same name, default and description in the root`, () => {
      const sub = load(`actions/${action}/action.yml`);
      for (const [name, input] of Object.entries(sub.inputs ?? {})) {
        const alias = NAMESPACED[action]?.[`${action}-${name}`] ? `${action}-${name}` : name;
        const declared = rootAction.inputs?.[alias];
        assert.ok(declared, `root action.yml lacks input ${alias} (from actions/${action})`);
        assert.equal(declared.default, input.default, `default of ${alias}`);
        assert.ok(
          declared.description?.includes(input.description ?? ''),
          `description of ${alias} differs from actions/${action}'s`,
        );
        assert.notEqual(declared.required, true, `${alias} must be optional in the root`);
      }
    });

    test(`actions/${action}: each output is an output of the root`, () => {
      const sub = load(`actions/${action}/action.yml`);
      for (const [name, output] of Object.entries(sub.outputs ?? {})) {
        assert.ok(
          rootAction.outputs?.[name]?.description?.includes(output.description ?? ''),
          `root output ${name} is missing or differs from actions/${action}'s`,
        );
      }
    });
  }

  test('the root declares nothing but command and the sub-actions’ inputs', () => {
    const known = new Set(['command']);
    for (const action of subActions) {
      for (const name of Object.keys(load(`actions/${action}/action.yml`).inputs ?? {})) {
        known.add(NAMESPACED[action]?.[`${action}-${name}`] ? `${action}-${name}` : name);
      }
    }
    assert.deepEqual(
      Object.keys(rootAction.inputs ?? {}).filter((n) => !known.has(n)),
      [],
    );
    assert.equal(rootAction.inputs?.command?.required, true);
    assert.deepEqual(
      [rootAction.runs.using, rootAction.runs.main],
      ['node24', 'dist/gantry/index.js'],
    );
  });

  test('the root’s own inputs and outputs match src/actions/gantry/inputs.ts', () => {
    for (const [name, input] of Object.entries(INPUTS)) {
      assert.deepEqual(rootAction.inputs?.[name], input, `input ${name}`);
    }
    const subOutputs = new Set(
      subActions.flatMap((a) => Object.keys(load(`actions/${a}/action.yml`).outputs ?? {})),
    );
    for (const [name, output] of Object.entries(OUTPUTS)) {
      assert.deepEqual(rootAction.outputs?.[name], output, `output ${name}`);
    }
    for (const name of Object.keys(rootAction.outputs ?? {})) {
      assert.ok(subOutputs.has(name) || name in OUTPUTS, `root output ${name} comes from nowhere`);
    }
    for (const name of STATUS_INPUTS) assert.ok(rootAction.inputs?.[name], `status needs ${name}`);
  });

  test('an input is namespaced only where sub-actions disagree on its default', () => {
    for (const [action, aliases] of Object.entries(NAMESPACED)) {
      for (const [alias, name] of Object.entries(aliases)) {
        assert.equal(alias, `${action}-${name}`);
        const defaults = new Set(
          subActions
            .map((a) => load(`actions/${a}/action.yml`).inputs?.[name])
            .filter((i) => i !== undefined)
            .map((i) => i.default),
        );
        assert.ok(
          defaults.size > 1,
          `${alias}: every action has the same default, so share ${name}`,
        );
      }
    }
  });
});

describe('routing', () => {
  const table: {
    command: string;
    env: Record<string, string>;
    expect: Record<string, string>;
  }[] = [
    {
      command: 'plan',
      env: { 'INPUT_PLAN-COMMENT': 'new', 'INPUT_APPLY-COMMENT': 'false' },
      expect: { INPUT_COMMENT: 'new' },
    },
    {
      command: 'apply',
      env: { 'INPUT_PLAN-COMMENT': 'new', 'INPUT_APPLY-COMMENT': 'false' },
      expect: { INPUT_COMMENT: 'false' },
    },
    { command: 'rollback', env: { INPUT_ACTION: 'deploy' }, expect: { INPUT_ACTION: 'rollback' } },
    { command: 'rollout', env: { INPUT_ACTION: 'status' }, expect: { INPUT_ACTION: 'status' } },
  ];
  for (const row of table) {
    test(`${row.command} hands ${JSON.stringify(row.env)} over as ${JSON.stringify(row.expect)}`, () => {
      const env: NodeJS.ProcessEnv = { ...row.env };
      routeInputs(row.command, env);
      for (const [k, v] of Object.entries(row.expect)) assert.equal(env[k], v);
    });
  }

  test('rollback with another action set is refused, naming both', () => {
    assert.throws(
      () => routeInputs('rollback', { INPUT_ACTION: 'status' }),
      /command 'rollback' runs rollout with action: rollback, but action is 'status'/,
    );
  });

  test('the commands are exactly the documented six', () => {
    assert.deepEqual(COMMAND_NAMES, ['plan', 'apply', 'publish', 'rollout', 'rollback', 'status']);
  });
});
