import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlan } from '../../src/iac/plan-model.js';
import { isShownChange } from '../../src/iac/plan-counts.js';
import { countBlocks } from '../../src/iac/render-blocks.js';
import { resourceDiff } from '../../src/iac/render-diff.js';
import { renderReview, type ReviewOptions } from '../../src/iac/render.js';
import { fixture } from './review-support.js';
import { syntheticPlan } from './synthetic-plan.js';

/**
 * Parts of the plan format terraform only writes in situations this machine cannot produce
 * offline (an errored plan is not saved with -out; deferred changes need -allow-deferral;
 * checks stay "unknown" when they depend on apply-time values): real fixtures, edited.
 */
const base: ReviewOptions = { form: 'comment', target: 'network', tool: 'terraform' };

describe('review edge cases', () => {
  test('an errored plan says planning failed and defaults to status failed', () => {
    const doc = fixture('update');
    doc.errored = true;
    const model = parsePlan(doc);
    assert.equal(model.errored, true);
    const out = renderReview(model, base);
    assert.match(out, /^### ❌ Terraform plan for `network`$/m);
    assert.match(out, /> \[!CAUTION\]\n> \*\*Planning failed\.\*\*/);
  });

  test('the plan line says what terraform says when nothing changes', () => {
    const errored = fixture('no-changes');
    errored.errored = true;
    const deferred = fixture('no-changes');
    const [change] = fixture('update').resource_changes as unknown[];
    deferred.deferred_changes = [{ reason: 'resource_config_unknown', resource_change: change }];
    const cases: [string, Record<string, unknown>, 'terraform' | 'tofu', string][] = [
      [
        'clean',
        fixture('no-changes'),
        'terraform',
        'No changes. Your infrastructure matches the configuration.',
      ],
      [
        'errored',
        errored,
        'terraform',
        'Planning failed. Terraform encountered an error while generating this plan.',
      ],
      [
        'errored, OpenTofu',
        errored,
        'tofu',
        'Planning failed. OpenTofu encountered an error while generating this plan.',
      ],
      [
        'all deferred',
        deferred,
        'terraform',
        'No current changes. This plan requires another plan to be applied first.',
      ],
    ];
    for (const [name, doc, tool, line] of cases) {
      const out = renderReview(parsePlan(doc), { ...base, tool });
      assert.ok(out.includes(`**${line}**`), `${name}: ${line}\n${out}`);
      if (name !== 'clean') assert.ok(!out.includes('No changes.'), `${name} claims no changes`);
    }
  });

  test("terraform 1.2's condition results are checks: failed with their message, or unknown", () => {
    const doc = fixture('update');
    delete doc.checks;
    doc.format_version = '1.1';
    doc.condition_results = [
      { address: 'output.id', condition_type: 'OutputPrecondition', result: true, unknown: false },
      {
        address: 'terraform_data.a',
        condition_type: 'ResourcePrecondition',
        result: false,
        unknown: false,
        error_message: 'Size must be <b>even</b> @team',
      },
      {
        address: 'terraform_data.b',
        condition_type: 'ResourcePostcondition',
        result: false,
        unknown: true,
      },
    ];
    const model = parsePlan(doc);
    assert.deepEqual(
      model.checks.map((c) => [
        c.address,
        c.kind,
        c.status,
        c.instances.flatMap((i) => i.messages),
      ]),
      [
        ['terraform_data.a', 'resource', 'fail', ['Size must be <b>even</b> @team']],
        ['terraform_data.b', 'resource', 'unknown', []],
      ],
    );
    const out = renderReview(model, base);
    assert.match(
      out,
      /> \[!WARNING\]\n> \*\*Failed checks\*\* \(1\)\n> - `terraform_data\.a`: Size must be/,
    );
    assert.match(
      out,
      /\*\*Checks known only after apply\*\* \(1\)\n> - `terraform_data\.b` \(unknown\)/,
    );
    assert.ok(!out.includes('<b>') && !out.includes(' @team'), 'the message renders inert');
  });

  test('deferred changes are listed with their reason', () => {
    const doc = fixture('update');
    const [change] = doc.resource_changes as Record<string, unknown>[];
    doc.deferred_changes = [{ reason: 'provider_config_unknown', resource_change: change }];
    const model = parsePlan(doc);
    assert.deepEqual(
      model.deferred.map((d) => [d.reason, d.change.address, d.change.action]),
      [['provider_config_unknown', 'terraform_data.a', 'update']],
    );
    const out = renderReview(model, base);
    assert.match(out, /<details><summary>Deferred changes \(1\)<\/summary>/);
    assert.match(out, /- `terraform_data\.a` \(update\): provider\\_config\\_unknown/);
  });

  test('checks known only after apply are a note, not a warning', () => {
    const doc = fixture('mixed');
    const checks = doc.checks as {
      status: string;
      instances: { status: string; problems?: unknown }[];
    }[];
    for (const c of checks) {
      c.status = 'unknown';
      for (const i of c.instances) {
        i.status = 'unknown';
        delete i.problems;
      }
    }
    const out = renderReview(parsePlan(doc), base);
    assert.match(
      out,
      /> \[!NOTE\]\n> \*\*Checks known only after apply\*\* \(1\)\n> - `check\.health` \(unknown\)/,
    );
    assert.ok(!out.includes('[!WARNING]'));
  });

  test('counting lines without text agrees with generating them', () => {
    const docs = [fixture('mixed'), fixture('sensitive'), fixture('drift'), syntheticPlan(400)];
    for (const doc of docs) {
      const model = parsePlan(doc);
      for (const [cause, list] of [
        ['plan', model.resources.filter(isShownChange)],
        ['drift', model.drift],
      ] as const) {
        let generated = Math.max(0, list.length - 1);
        for (const r of list) {
          const out: string[] = [];
          assert.equal(resourceDiff(r, cause, out), out.length);
          generated += out.length;
        }
        assert.equal(countBlocks(list, cause).totalLines, generated);
      }
    }
  });

  test('a document that is not a plan is refused with a clear message', () => {
    const badAction = fixture('update');
    const [change] = badAction.resource_changes as { change: Record<string, unknown> }[];
    assert.ok(change);
    change.change.actions = ['explode'];
    const cases: [unknown, RegExp][] = [
      [[], /expected a JSON object/],
      [{ format_version: '1.0', values: {} }, /is a state \(show -json without a plan file\)/],
      [{ planned_values: {} }, /not a valid terraform plan: format_version: /],
      [badAction, /not a valid terraform plan: resource_changes\.0\.change\.actions\.0: /],
    ];
    for (const [doc, message] of cases) {
      assert.throws(
        () => parsePlan(doc),
        (e: Error) => e.name === 'UserError' && message.test(e.message),
      );
    }
  });
});
