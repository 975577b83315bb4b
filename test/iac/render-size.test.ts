import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlan } from '../../src/iac/plan-model.js';
import {
  COMMENT_LIMIT,
  renderReview,
  SUMMARY_LIMIT,
  type ReviewOptions,
} from '../../src/iac/render.js';
import { fixture } from './review-support.js';
import { SYNTHETIC_SECRET, syntheticPlan } from './synthetic-plan.js';

/**
 * Every plan fits: the comment ≤ 65,536 characters (marker included), the summary ≤ 1 MiB of
 * UTF-8. Header, counts and the destroy warning stay; lists say "and N more"; the diff keeps its
 * head and tail around "… N lines omitted …".
 */
const marker = `<!-- gantry:plan:${'x'.repeat(200)} -->`;
const opts: ReviewOptions = { form: 'comment', target: 'big', tool: 'terraform', marker };

function assertFits(model: ReturnType<typeof parsePlan>, extra: Partial<ReviewOptions> = {}) {
  const comment = renderReview(model, { ...opts, ...extra });
  const summary = renderReview(model, { ...opts, ...extra, form: 'summary' });
  assert.ok(comment.length <= COMMENT_LIMIT, `comment is ${comment.length} characters`);
  assert.ok(
    Buffer.byteLength(summary) <= SUMMARY_LIMIT,
    `summary is ${Buffer.byteLength(summary)} bytes`,
  );
  for (const doc of [comment, summary]) {
    assert.ok(doc.startsWith(marker), 'marker first');
    assert.match(doc, /^### 📝 Terraform plan for `big`$/m);
    assert.ok(doc.includes(`**${model.summaryLine}**`), 'counts line kept');
  }
  return { comment, summary };
}

describe('size limits', () => {
  for (const n of [5_000, 50_000]) {
    test(`${n} resources: comment and summary within limits, degraded visibly`, () => {
      const model = parsePlan(syntheticPlan(n));
      assert.equal(model.counts.replace, n / 20);
      const { comment, summary } = assertFits(model);
      assert.match(comment, /^… \d+ lines omitted, full plan in the job summary …$/m);
      assert.match(
        summary,
        /^… \d+ lines omitted, full plan in the plan artifact \(plan\.json\) …$/m,
      );
      assert.match(comment, /^- … and \d+ more$/m);
      assert.match(comment, /^> - … and \d+ more$/m, 'the destroy warning is capped too');
      assert.match(comment, /> \[!CAUTION\]\n> This plan destroys \*\*\d+\*\* and replaces/);
      // Head and tail: the first and the last shown resource are both in the diff.
      const shown = model.resources.filter(
        (r) => r.action !== 'no-op' || r.previousAddress || r.importing,
      );
      for (const doc of [comment, summary]) {
        assert.ok(doc.includes(`# ${shown[0]?.address} will be`), 'head kept');
        assert.ok(doc.includes(`# ${shown[shown.length - 1]?.address}`), 'tail kept');
        assert.ok(!doc.includes(SYNTHETIC_SECRET), 'no secret');
      }
      assert.ok(summary.length > comment.length * 10, 'the summary shows much more');
    });
  }

  test('one huge value, a huge list and multi-byte text', () => {
    const doc = fixture('update');
    const [change] = doc.resource_changes as { change: { after: Record<string, unknown> } }[];
    assert.ok(change);
    change.change.after.input = {
      blob: '🙂'.repeat(600_000),
      list: Array.from({ length: 40_000 }, (_, i) => `élément-${i}-🙂`),
    };
    assertFits(parsePlan(doc));
  });

  test('thousands of long addresses and thousands of warnings', () => {
    const doc = fixture('update');
    const [change] = doc.resource_changes as Record<string, unknown>[];
    doc.resource_changes = Array.from({ length: 3_000 }, (_, i) => ({
      ...change,
      address: `terraform_data.a["${i}-${'k'.repeat(5_000)}"]`,
    }));
    const diagnostics = Array.from({ length: 5_000 }, (_, i) => ({
      severity: 'warning' as const,
      summary: `Deprecated attribute ${i}`,
      detail: 'd'.repeat(2_000),
      file: 'main.tf',
      line: i + 1,
    }));
    const { comment } = assertFits(parsePlan(doc), { diagnostics });
    assert.match(comment, /^- … and \d+ more$/m);
    assert.match(comment, /<details><summary>Warnings \(5000\)<\/summary>/);
    assert.match(comment, /… and \d+ more/);
  });

  test('even an oversized note cannot push the comment over the limit', () => {
    const model = parsePlan(fixture('mixed'));
    const doc = renderReview(model, { ...opts, note: 'n'.repeat(70_000) });
    assert.ok(doc.length <= COMMENT_LIMIT);
    assert.ok(doc.includes(`**${model.summaryLine}**`));
  });
});
