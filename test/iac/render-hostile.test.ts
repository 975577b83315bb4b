import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlan } from '../../src/iac/plan-model.js';
import { renderFailure, renderReview, type ReviewOptions } from '../../src/iac/render.js';
import { ALLOWED_HTML, fixture, markdownShape } from './review-support.js';

/**
 * Untrusted strings (addresses, values, output names, check messages, diagnostics, target, run
 * URL) must render inert: no live HTML, no closing of our <details>, no escape from code fences,
 * no @mentions or #references.
 */
const HOSTILE = [
  '</details>',
  '<script>alert(1)</script>',
  '@octocat',
  '#123',
  '```',
  '````',
  '~~~',
  '<img src=x onerror=alert(1)>',
  '[link](https://evil.example)',
  '<!-- x -->',
  "it's",
].join(' ');

function hostilePlan(): Record<string, unknown> {
  const doc = fixture('mixed');
  const changes = doc.resource_changes as { address: string; change: Record<string, unknown> }[];
  const created = changes.find((r) => r.address === 'terraform_data.created');
  assert.ok(created);
  created.address = `terraform_data.created["${HOSTILE}"]`;
  (created.change.after as Record<string, unknown>).input = `line one\n${HOSTILE}\nline three`;
  const destroyed = changes.find((r) => r.address === 'terraform_data.destroyed');
  assert.ok(destroyed);
  destroyed.address = `terraform_data.destroyed["${HOSTILE}"]`;
  (doc.output_changes as Record<string, unknown>)[HOSTILE] = {
    actions: ['create'],
    before: null,
    after: { nested: [HOSTILE] },
    after_unknown: false,
    before_sensitive: false,
    after_sensitive: false,
  };
  const checks = doc.checks as { instances: { problems?: { message: string }[] }[] }[];
  const failing = checks.find((c) => c.instances[0]?.problems);
  assert.ok(failing?.instances[0]?.problems?.[0]);
  failing.instances[0].problems[0].message = HOSTILE;
  return doc;
}

const options: ReviewOptions = {
  form: 'comment',
  target: `prod ${HOSTILE}`,
  tool: 'terraform',
  runUrl: 'javascript:alert(1)//@octocat',
  diagnostics: [
    {
      severity: 'warning',
      summary: HOSTILE,
      detail: `${HOSTILE}\n${HOSTILE}`,
      file: `main.tf ${HOSTILE}`,
      line: 3,
    },
  ],
};

function assertInert(doc: string, expectedDetails: number): void {
  const shape = markdownShape(doc);
  for (const html of shape.html) assert.match(html, ALLOWED_HTML, `live HTML: ${html}`);
  const opened = shape.html.filter((h) => h.startsWith('<details')).length;
  const closed = shape.html.filter((h) => h === '</details>').length;
  assert.equal(opened, expectedDetails, 'our <details> blocks are all there');
  assert.equal(closed, expectedDetails, 'no extra </details> closes them early');
  for (const text of shape.text) {
    assert.doesNotMatch(text, /<script|<img|<\/details>/i, `live tag in text: ${text}`);
    assert.doesNotMatch(text, /@octocat/, `mention in text: ${text}`);
    assert.doesNotMatch(text, /#123/, `issue reference in text: ${text}`);
    assert.doesNotMatch(text, /javascript:/, `link in text: ${text}`);
  }
  // The hostile value itself is shown, verbatim, inside a diff block the fences kept whole.
  assert.ok(
    shape.code.some((c) => c.lang === 'diff' && c.text.includes(HOSTILE.replace(/\n/g, ''))),
    'hostile value shown inside the diff',
  );
}

describe('hostile strings render inert', () => {
  for (const form of ['comment', 'summary'] as const) {
    test(`${form}: addresses, values, output names, check messages, diagnostics, target, URL`, () => {
      const doc = renderReview(parsePlan(hostilePlan()), { ...options, form });
      assertInert(doc, 2); // the plan diff and the warnings
      assert.ok(doc.includes('it&#39;s'), 'entities stay whole');
      assert.ok(!doc.includes('&#\u200d'), 'no entity broken by the mention breaker');
      assert.ok(!doc.includes('](javascript:'), 'no javascript: link');
    });
  }

  test('a failure comment with hostile diagnostics and output', () => {
    const doc = renderFailure({
      target: HOSTILE,
      tool: 'terraform',
      phase: 'plan</details>',
      form: 'comment',
      diagnostics: [
        { severity: 'error', summary: HOSTILE, detail: HOSTILE, file: 'main.tf', line: 1 },
        { severity: 'warning', summary: HOSTILE },
      ],
      outputTail: `Error: ${HOSTILE}\n${HOSTILE}`,
    });
    const shape = markdownShape(doc);
    for (const html of shape.html) assert.match(html, ALLOWED_HTML, `live HTML: ${html}`);
    for (const text of shape.text) {
      assert.doesNotMatch(text, /<script|<\/details>|@octocat|#123/, `live text: ${text}`);
    }
    assert.ok(
      shape.code.some((c) => c.text.includes(HOSTILE)),
      'detail shown in a code block',
    );
  });

  test('fences grow past the longest backtick run in the content', () => {
    const doc = fixture('update');
    const [change] = doc.resource_changes as { change: { after: Record<string, unknown> } }[];
    assert.ok(change);
    change.change.after.input = '`'.repeat(12);
    const out = renderReview(parsePlan(doc), options);
    assert.match(out, /^`{13}diff$/m);
    const diff = markdownShape(out).code.find((c) => c.lang === 'diff');
    assert.match(diff?.text ?? '', /input += "one" -> "`{12}"/, 'the value stays inside the block');
  });
});
