import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalChanges, diffChanges, planDigest } from '../../src/iac/digest.js';
import { parsePlan } from '../../src/iac/plan-model.js';
import { renderReview, type ReviewOptions } from '../../src/iac/render.js';
import { requireTool } from '../support/tools.js';
import { cleanup, runScenario, SECRET, SENSITIVE_SCENARIO } from './plan-scenarios.js';
import { ALLOWED_HTML, fixture, markdownShape } from './review-support.js';

const base: ReviewOptions = { form: 'comment', target: 'network', tool: 'terraform' };

describe('review of real plans', () => {
  test('mixed plan: header, counts, caution, groups, diff, outputs, checks, digest, run link', () => {
    const model = parsePlan(fixture('mixed'));
    const digest = planDigest(model);
    const doc = renderReview(model, {
      ...base,
      digest,
      runUrl: 'https://github.com/o/r/actions/runs/42',
      headSha: '0123456789abcdef0123',
      marker: '<!-- gantry:plan:network -->',
    });
    assert.ok(doc.startsWith('<!-- gantry:plan:network -->\n'));
    assert.match(doc, /^### 📝 Terraform plan for `network`$/m);
    assert.match(doc, /terraform `1\.11\.4` · status: \*\*planned\*\* · commit `0123456789ab`/);
    assert.match(doc, /\*\*Plan: 1 to import, 3 to add, 1 to change, 3 to destroy\.\*\*/);
    assert.match(doc, /2 to replace · 1 to import · 1 to move · 1 to forget · 1 to read/);
    const caution = doc.slice(doc.indexOf('> [!CAUTION]'), doc.indexOf('#### Resources'));
    assert.match(caution, /destroys \*\*1\*\* and replaces \*\*2\*\*/);
    assert.match(caution, /`terraform_data\.destroyed` \(destroy\)/);
    assert.match(caution, /`terraform_data\.replaced` \(destroy before create\)/);
    assert.match(caution, /`terraform_data\.replaced_cbd` \(create before destroy\)/);
    assert.match(
      doc,
      /\*\*Move\*\* \(1\)\n- `terraform_data\.old_name` → `terraform_data\.new_name`/,
    );
    assert.match(doc, /\*\*Import\*\* \(1\)\n- `terraform_data\.imported` \(id `imported-id`\)/);
    assert.match(doc, /\*\*Forget\*\* \(1\)\n- `terraform_data\.forgotten`/);
    assert.match(
      doc,
      /> \[!WARNING\]\n> \*\*Failed checks\*\* \(1\)\n> - `check\.health`: unchanged must be healthy/,
    );
    assert.match(doc, /<details><summary>Plan diff \(\d+ lines\)<\/summary>\n\n```diff\n/);
    assert.match(doc, /^\+ token +=  ?\(sensitive value\)$/m);
    assert.match(doc, /^! +output += "one" -> \(known after apply\)$/m);
    assert.match(doc, /^\+ +triggers_replace = "v2" # forces replacement$/m);
    assert.match(
      doc,
      /plan digest `[0-9a-f]{12}` · \[workflow run\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/42\)/,
    );
    assert.ok(!doc.includes('tok-ABCDEF-123456'), 'sensitive variable value leaked');
    const shape = markdownShape(doc);
    for (const html of shape.html) assert.match(html, ALLOWED_HTML);
    assert.deepEqual(
      shape.code.map((c) => c.lang),
      ['diff', 'diff'],
    );
  });

  test('no changes and output-only changes are worded like terraform', () => {
    const none = renderReview(parsePlan(fixture('no-changes')), base);
    assert.match(none, /status: \*\*no-changes\*\*/);
    assert.match(none, /\*\*No changes\. Your infrastructure matches the configuration\.\*\*/);
    assert.ok(!none.includes('<details>'), 'no diff block for an empty plan');
    const outputs = renderReview(parsePlan(fixture('output-only')), base);
    assert.match(outputs, /save these new output values to the Terraform state/);
    assert.match(outputs, /#### Changes to outputs\n\n```diff\n! o = 1 -> 2\n```/);
  });

  test('changes outside Terraform: their own block, noise hidden', () => {
    // Real plans (AWS provider, in-process Parameter Store): /app/color was changed outside
    // Terraform; every parameter also "drifts" tags null → {} (provider noise).
    const model = parsePlan(fixture('drift'));
    assert.equal(model.drift.length, 3, 'resource_drift lists the noise too');
    const doc = renderReview(model, base);
    assert.match(doc, /<details><summary>Changes outside Terraform \(1\)<\/summary>/);
    assert.match(doc, /1 changed outside Terraform/);
    const block = doc.slice(doc.indexOf('Changes outside Terraform ('));
    assert.match(
      block,
      /# aws_ssm_parameter\.color has changed\n! resource "aws_ssm_parameter" "color" \{/,
    );
    assert.match(block, /^! {5}version = 1 -> 2$/m, 'the attribute the plan depends on');
    assert.match(block, /^! {5}value += \(sensitive value\)$/m, 'the attribute the plan reverts');
    assert.match(block, /# \(9 unchanged attributes hidden\)/);
    assert.ok(!/aws_ssm_parameter\.size|tags/.test(block), 'noise not shown');
    for (const text of [
      doc,
      renderReview(model, { ...base, form: 'summary' }),
      JSON.stringify(model),
    ]) {
      assert.ok(!/"(green|blue)"/.test(text), 'the sensitive parameter value never appears');
    }
    // Nothing depends on /app/color here, so terraform prints no drift; the plan reverting it
    // is still worth saying. The tags noise on the other parameters stays hidden.
    const reverted = parsePlan(fixture('drift-noise'));
    assert.deepEqual(
      reverted.drift.map((d) => [d.address, Boolean(d.relevant), Boolean(d.reverted)]),
      [
        ['aws_ssm_parameter.color', false, true],
        ['aws_ssm_parameter.gone', false, false],
        ['aws_ssm_parameter.size', false, false],
      ],
    );
    const noise = renderReview(reverted, base);
    assert.match(noise, /Changes outside Terraform \(1\)/);
    assert.ok(!/aws_ssm_parameter\.(gone|size) has changed/.test(noise));
  });

  test('status, note and tofu wording come from the options', () => {
    const doc = renderReview(parsePlan(fixture('update')), {
      ...base,
      tool: 'tofu',
      toolVersion: '1.9.0',
      status: 'applied',
      note: '_Applied by @deployer._',
    });
    assert.match(doc, /^### ✅ OpenTofu plan for `network`$/m);
    assert.match(doc, /tofu `1\.9\.0` · status: \*\*applied\*\*/);
    const mixed = parsePlan(fixture('mixed'));
    assert.match(
      renderReview(mixed, { ...base, tool: 'tofu' }),
      /\*\*Plan: 1 to import, 3 to add, 1 to change, 3 to destroy, 1 to forget\.\*\*/,
      "OpenTofu's wording counts forgets in the line",
    );
    assert.ok(doc.includes('\n\n_Applied by @deployer._\n\n'), 'trusted note shown verbatim');
  });
});

describe('sensitive values never appear', () => {
  const forms = (model: ReturnType<typeof parsePlan>): [string, string][] => [
    ['comment', renderReview(model, base)],
    ['summary', renderReview(model, { ...base, form: 'summary' })],
    ['model JSON', JSON.stringify(model)],
    ['canonical changes', JSON.stringify(canonicalChanges(model))],
    [
      'diffChanges',
      diffChanges(
        { resources: [], outputs: [], actions: [], errored: false },
        canonicalChanges(model),
      ),
    ],
    ['digest', planDigest(model)],
  ];

  test('stored real plan: variable, nested list/map attributes, sensitive outputs', () => {
    const raw = fixture('sensitive');
    assert.ok(JSON.stringify(raw).includes(SECRET), 'the fixture must hold the secret in clear');
    const model = parsePlan(raw);
    for (const [name, text] of forms(model)) {
      assert.ok(!text.includes(SECRET), `${name} leaks the secret`);
      assert.ok(!text.includes(`old-${SECRET}`), `${name} leaks the old secret`);
    }
    const doc = renderReview(model, base);
    assert.match(doc, /^! pw += \(sensitive value\)$/m);
    assert.match(doc, /^! nested += \(sensitive value\)$/m);
    assert.match(doc, /^\+ plain += "visible"$/m);
    assert.match(doc, /^\+ +input += \(sensitive value\)$/m, 'terraform_data.t input = var.secret');
  });

  test('fresh real plan from terraform', async (t) => {
    if (!requireTool(t, 'terraform', 'install terraform ≥ 1.5')) return;
    const run = await runScenario(SENSITIVE_SCENARIO);
    t.after(() => cleanup(run));
    assert.ok(run.jsonText.includes(SECRET), 'terraform puts the secret in the plan JSON');
    // terraform's own text output prints the value that lost its mark (terraform_data.output).
    const model = parsePlan(run.json);
    for (const [name, text] of forms(model)) assert.ok(!text.includes(SECRET), `${name} leaks`);
  });
});
