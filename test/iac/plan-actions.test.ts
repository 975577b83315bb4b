import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalChanges, diffChanges, planDigest } from '../../src/iac/digest.js';
import { parsePlan } from '../../src/iac/plan-model.js';
import { renderReview, type ReviewOptions } from '../../src/iac/render.js';
import { fixture } from './review-support.js';

/**
 * terraform ≥ 1.14 `action_invocations` (terraform 1.11 here cannot plan actions): real plans
 * with invocations added in the shape of terraform's jsonplan.ActionInvocation.
 */
const base: ReviewOptions = { form: 'comment', target: 'network', tool: 'terraform' };
const TOKEN = 'hook-token-0123456789';
type Doc = Record<string, unknown>;

function lifecycle(event = 'AfterCreate'): Doc {
  return {
    address: 'action.aws_lambda_invoke.notify',
    type: 'aws_lambda_invoke',
    name: 'notify',
    provider_name: 'registry.terraform.io/hashicorp/aws',
    config_values: { function_name: 'notify', payload: TOKEN },
    config_sensitive: { payload: true },
    config_unknown: { qualifier: true },
    lifecycle_action_trigger: {
      triggering_resource_address: 'terraform_data.a',
      action_trigger_event: event,
      action_trigger_block_index: 0,
      actions_list_index: 0,
      on_failure: 'fail',
    },
  };
}
const invoked: Doc = {
  address: 'action.local_command.backup',
  type: 'local_command',
  name: 'backup',
  provider_name: 'registry.terraform.io/hashicorp/local',
  config_values: { command: 'backup.sh' },
  config_sensitive: {},
  config_unknown: {},
  invoke_action_trigger: {},
};
const withActions = (name: string, ...actions: Doc[]): Doc => ({
  ...fixture(name),
  action_invocations: actions,
});

describe('action invocations (terraform ≥ 1.14)', () => {
  test('are counted in the plan line, listed with their trigger and configuration', () => {
    const model = parsePlan(withActions('update', lifecycle(), invoked));
    assert.equal(model.counts.actions, 2);
    assert.equal(
      model.summaryLine,
      'Plan: 0 to add, 1 to change, 0 to destroy. Actions: 2 to invoke.',
    );
    const out = renderReview(model, base);
    assert.ok(out.includes('**Plan: 0 to add, 1 to change, 0 to destroy. Actions: 2 to invoke.**'));
    assert.match(out, /#### Actions to invoke \(2\)\n\n```diff\n/);
    assert.ok(
      out.includes(
        '# action.aws_lambda_invoke.notify will be invoked on AfterCreate of terraform_data.a, on failure: fail',
      ),
    );
    assert.match(out, /^\+ action "aws_lambda_invoke" "notify" \{$/m);
    assert.match(out, /^\+\s+function_name = "notify"$/m);
    assert.match(out, /^\+\s+payload\s+= \(sensitive value\)$/m);
    assert.match(out, /^\+\s+qualifier\s+= \(known after apply\)$/m);
    assert.ok(out.includes('# action.local_command.backup will be invoked\n'));
  });

  test('an action-only plan has changes: the apply would run code', () => {
    const model = parsePlan(withActions('no-changes', invoked));
    assert.equal(model.hasChanges, true);
    assert.equal(
      model.summaryLine,
      'Plan: 0 to add, 0 to change, 0 to destroy. Actions: 1 to invoke.',
    );
    assert.ok(!renderReview(model, base).includes('No changes.'));
  });

  test('a sensitive configuration value appears nowhere', () => {
    const model = parsePlan(withActions('update', lifecycle()));
    const texts = {
      comment: renderReview(model, base),
      summary: renderReview(model, { ...base, form: 'summary' }),
      model: JSON.stringify(model),
      canonical: JSON.stringify(canonicalChanges(model)),
      diff: diffChanges(canonicalChanges(parsePlan(fixture('update'))), canonicalChanges(model)),
    };
    for (const [name, text] of Object.entries(texts)) assert.ok(!text.includes(TOKEN), name);
  });

  test('enter the digest: what the apply will invoke is part of what was reviewed', () => {
    const digest = (doc: Doc): string => planDigest(parsePlan(doc));
    const plain = digest(fixture('update'));
    const one = digest(withActions('update', lifecycle()));
    const rotated = lifecycle();
    (rotated.config_values as Doc).payload = `${TOKEN}-rotated`;
    const cases: [string, Doc][] = [
      ['a sensitive configuration value', withActions('update', rotated)],
      ['the trigger event', withActions('update', lifecycle('AfterUpdate'))],
      ['another action', withActions('update', lifecycle(), invoked)],
    ];
    assert.notEqual(one, plain);
    for (const [what, doc] of cases) assert.notEqual(digest(doc), one, what);
    assert.equal(digest(withActions('update', lifecycle())), one, 'stable');
  });

  test('diffChanges names the actions that differ', () => {
    const a = canonicalChanges(parsePlan(withActions('update', lifecycle(), invoked)));
    const changed = lifecycle();
    (changed.config_values as Doc).function_name = 'other';
    const b = canonicalChanges(parsePlan(withActions('update', changed, lifecycle('AfterUpdate'))));
    assert.deepEqual(diffChanges(a, b).split('\n'), [
      '~ action action.aws_lambda_invoke.notify (AfterCreate of terraform_data.a): configuration differs',
      '- action action.local_command.backup (invoked): no longer invoked',
      '+ action action.aws_lambda_invoke.notify (AfterUpdate of terraform_data.a): newly invoked',
    ]);
  });
});
