import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parsePlan, type PlanModel } from '../../src/iac/plan-model.js';
import { readFileSync } from 'node:fs';
import { hasTool, requireTool } from '../support/tools.js';
import { fixture } from './review-support.js';
import { cleanup, planLineOf, runScenario, SCENARIOS, type ScenarioRun } from './plan-scenarios.js';

/**
 * The model's counts against terraform's own text output of the same saved plan, scenario by
 * scenario, and hasChanges against `plan -detailed-exitcode`.
 */

type Expected = Partial<Omit<PlanModel['counts'], 'actions'>> & {
  actions: string[];
  replaceOrder?: 'delete-first' | 'create-first';
};

// Expected model facts beyond terraform's line (which every scenario is compared with).
const EXPECTED: Record<string, Expected> = {
  create: { add: 1, actions: ['create'] },
  update: { change: 1, actions: ['update'] },
  'replace destroy-first': {
    add: 1,
    destroy: 1,
    replace: 1,
    actions: ['replace'],
    replaceOrder: 'delete-first',
  },
  'replace create-first': {
    add: 1,
    destroy: 1,
    replace: 1,
    actions: ['replace'],
    replaceOrder: 'create-first',
  },
  delete: { destroy: 1, actions: ['delete', 'no-op'] },
  move: { move: 1, add: 0, change: 0, actions: ['no-op'] },
  'move with update': { move: 1, change: 1, actions: ['update'] },
  import: { import: 1, add: 0, actions: ['no-op'] },
  'import with update': { import: 1, change: 1, actions: ['update'] },
  forget: { forget: 1, destroy: 0, actions: ['forget', 'no-op'] },
  read: { read: 1, add: 1, actions: ['read', 'create'] },
  'no-op': { add: 0, change: 0, destroy: 0, actions: ['no-op'] },
  'output-only': { outputs: 1, actions: ['no-op'] },
  'failing check': { add: 1, actions: ['no-op', 'create'] },
};

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('plan model counts match terraform (real terraform)', () => {
  const runs = new Map<string, ScenarioRun>();
  before(async () => {
    if (!hasTool('terraform')) return;
    for (const s of SCENARIOS) runs.set(s.name, await runScenario(s));
  });
  after(async () => {
    for (const run of runs.values()) await cleanup(run);
  });

  for (const s of SCENARIOS) {
    test(`${s.name}: counts, summary line and exit code agree with terraform`, (t) => {
      if (!requireTool(t, 'terraform', 'install terraform ≥ 1.5')) return;
      const run = runs.get(s.name) as ScenarioRun;
      const model = parsePlan(run.json);
      const line = planLineOf(run.text);
      if (line) {
        assert.equal(model.summaryLine, line);
        const m =
          /^Plan: (?:(\d+) to import, )?(\d+) to add, (\d+) to change, (\d+) to destroy\.$/.exec(
            line,
          );
        assert.ok(m, `unexpected plan line ${line}`);
        assert.equal(model.counts.import, Number(m[1] ?? 0));
        assert.equal(model.counts.add, Number(m[2]));
        assert.equal(model.counts.change, Number(m[3]));
        assert.equal(model.counts.destroy, Number(m[4]));
      } else {
        // No "Plan:" line: terraform printed "No changes." or the outputs-only sentence.
        assert.ok(
          oneLine(run.text).includes(model.summaryLine),
          `${model.summaryLine} not in:\n${run.text}`,
        );
      }
      assert.equal(model.hasChanges, run.exitCode === 2, `exit code ${run.exitCode}`);
      const expected = EXPECTED[s.name] as Expected;
      const { actions, replaceOrder, ...counts } = expected;
      for (const [k, v] of Object.entries(counts)) {
        assert.equal(model.counts[k as keyof PlanModel['counts']], v, `counts.${k}`);
      }
      assert.deepEqual(model.resources.map((r) => r.action).sort(), [...actions].sort());
      if (replaceOrder) assert.equal(model.resources[0]?.replaceOrder, replaceOrder);
      assert.equal(
        model.toolVersion,
        (run.json as { terraform_version: string }).terraform_version,
      );
      assert.equal(model.errored, false);
    });
  }

  test('details: moves keep the previous address, imports the id, replaces their paths', (t) => {
    if (!requireTool(t, 'terraform', 'install terraform ≥ 1.5')) return;
    const moved = parsePlan(runs.get('move')?.json).resources[0];
    assert.equal(moved?.previousAddress, 'terraform_data.a');
    assert.equal(moved?.address, 'terraform_data.b');
    const imported = parsePlan(runs.get('import')?.json).resources[0];
    assert.deepEqual(imported?.importing, { id: 'existing-id' });
    const replaced = parsePlan(runs.get('replace destroy-first')?.json).resources[0];
    assert.deepEqual(replaced?.replacePaths, [['triggers_replace']]);
    assert.equal(replaced?.actionReason, 'replace_because_cannot_update');
    const check = parsePlan(runs.get('failing check')?.json).checks;
    assert.deepEqual(check, [
      {
        address: 'check.health',
        kind: 'check',
        status: 'fail',
        instances: [{ address: 'check.health', status: 'fail', messages: ['a must be 2'] }],
      },
    ]);
    const read = parsePlan(runs.get('read')?.json).resources.find((r) => r.action === 'read');
    assert.equal(read?.mode, 'data');
    assert.equal(read?.actionReason, 'read_because_config_unknown');
  });
});

describe('drift matches terraform (stored real plans and their text output)', () => {
  // Drift needs a provider that reads the world; these come from the real AWS provider against
  // an in-process Parameter Store (terraform_data never drifts). Stored with terraform's text.
  const EXPECTED_REVERTED: Record<string, number> = { drift: 1, 'drift-noise': 1 };
  for (const name of ['drift', 'drift-noise']) {
    test(`${name}: the drift terraform prints is the model's relevant drift`, () => {
      const text = readFileSync(new URL(`../fixtures/plans/${name}.txt`, import.meta.url), 'utf8');
      const model = parsePlan(fixture(name));
      const section = text.includes('Objects have changed outside of Terraform')
        ? text.slice(0, text.indexOf('Terraform used the selected providers'))
        : '';
      const shown = section.match(/^ {2}# \S+ (has changed|has been deleted)$/gm) ?? [];
      assert.deepEqual(
        model.drift.filter((d) => d.relevant).map((d) => `  # ${d.address} has changed`),
        shown,
      );
      assert.equal(model.drift.filter((d) => d.reverted).length, EXPECTED_REVERTED[name]);
      assert.equal(model.counts.drift, model.drift.filter((d) => d.relevant || d.reverted).length);
      assert.equal(model.summaryLine, planLineOf(text));
    });
  }
});
