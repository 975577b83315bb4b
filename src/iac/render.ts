import type { Diagnostic } from './diagnostics.js';
import { inlineCode } from './markdown.js';
import type { PlanModel } from './plan-model.js';
import { isShownChange } from './plan-counts.js';
import { shownDrift } from './plan-drift.js';
import { countBlocks, fitDiff, type DiffBlocks } from './render-blocks.js';
import { actionDiff, outputDiff } from './render-diff.js';
import { fitCodeBlock, formLimit, type Measure } from './render-fit.js';
import {
  checksSection,
  countsBlock,
  deferredSection,
  destroyWarning,
  details,
  diagnosticsBlock,
  erroredWarning,
  footer,
  header,
  resourcesSection,
  toolName,
  type ReviewStatus,
} from './render-sections.js';

export { parseDiagnostics, type Diagnostic } from './diagnostics.js';
export { renderFailure, type FailureOptions } from './render-failure.js';

export { COMMENT_LIMIT, formLimit, SUMMARY_LIMIT } from './render-fit.js';

export interface ReviewOptions {
  form: 'comment' | 'summary';
  target: string;
  tool: 'terraform' | 'tofu';
  toolVersion?: string;
  digest?: string;
  runUrl?: string;
  headSha?: string;
  status?: ReviewStatus;
  /** A hidden HTML comment prepended verbatim (counts within the size limit). */
  marker?: string;
  /** Trusted Markdown shown under the header, e.g. 'plan now has no changes'. */
  note?: string;
  /** Warnings terraform printed while planning (from parseDiagnostics). */
  diagnostics?: Diagnostic[];
}

interface ModelDiffs {
  plan: DiffBlocks;
  drift: DiffBlocks;
  outputs: string[];
  actions: string[];
}

const diffCache = new WeakMap<PlanModel, ModelDiffs>();

/** The measured diff blocks of a model, computed once (the comment and the summary share them). */
export function modelDiffs(model: PlanModel): ModelDiffs {
  let cached = diffCache.get(model);
  if (!cached) {
    cached = {
      plan: countBlocks(model.resources.filter(isShownChange), 'plan'),
      drift: countBlocks(shownDrift(model), 'drift'),
      outputs: outputDiff(model.outputs),
      actions: actionDiff(model.actions),
    };
    diffCache.set(model, cached);
  }
  return cached;
}

/**
 * The review of a plan as one Markdown document: the PR comment (≤ 65,536 characters) or the
 * job summary (≤ 1 MiB). Header, counts and warnings always stay; lists and diffs shrink.
 */
export function renderReview(model: PlanModel, options: ReviewOptions): string {
  const { limit, measure } = formLimit(options.form);
  // Sections are sized from shares of the budget; if the assembled document still exceeds the
  // limit (many tiny items, long fences), shrink the budget and assemble again.
  for (let scale = 1; scale > 0.01; scale *= 0.75) {
    const doc = assemble(model, options, Math.floor(limit * scale), measure);
    if (measure(doc) <= limit) return doc;
  }
  // Only an oversized marker or note gets here: fall back to the counts alone.
  const minimal = [
    options.marker ?? '',
    `**${model.summaryLine}**`,
    `The review does not fit in ${options.form === 'comment' ? 'a comment' : 'a job summary'}.`,
  ].join('\n\n');
  return measure(minimal) <= limit ? `${minimal}\n` : `**${model.summaryLine}**\n`;
}

function assemble(
  model: PlanModel,
  options: ReviewOptions,
  budget: number,
  measure: Measure,
): string {
  const comment = options.form === 'comment';
  const status =
    options.status ?? (model.errored ? 'failed' : model.hasChanges ? 'planned' : 'no-changes');
  const fixed = [
    options.marker ?? '',
    header({
      ...options,
      toolVersion: options.toolVersion ?? model.toolVersion,
      status,
      title: 'plan',
    }),
    options.note ?? '',
    erroredWarning(model),
    countsBlock(model, options.tool),
    destroyWarning(model, comment ? 20 : 200),
  ].filter(Boolean);
  const end = footer(options);
  let remaining = budget - measure(fixed.join('\n\n')) - measure(end) - 64;
  const sections: string[] = [];
  const add = (text: string): void => {
    if (!text) return;
    sections.push(text);
    remaining -= measure(text) + 2;
  };
  const share = (fraction: number): number => Math.max(0, Math.floor(remaining * fraction));

  add(resourcesSection(model, share(0.3), measure));
  add(checksSection(model, share(0.1), measure));
  if (options.diagnostics?.length) {
    const warnings = options.diagnostics.filter((d) => d.severity === 'warning');
    const body = diagnosticsBlock(warnings, share(0.1) - 80, measure);
    if (warnings.length) add(details(`Warnings (${warnings.length})`, body));
  }
  add(deferredSection(model, share(0.1), measure));

  const lines = modelDiffs(model);
  if (lines.actions.length) {
    // Visible, not collapsed: an action runs code outside the plan's resources.
    const fit = fitCodeBlock(lines.actions, share(0.2) - 40, measure, 'diff', whereFull(comment));
    add(`#### Actions to invoke (${model.actions.length})\n\n${fit.text}`);
  }
  if (lines.outputs.length) {
    const fit = fitCodeBlock(lines.outputs, share(0.15) - 40, measure, 'diff', whereFull(comment));
    add(`#### Changes to outputs\n\n${fit.text}`);
  }
  const diffShare = lines.drift.totalLines ? 0.75 : 1;
  const planBudget = share(diffShare) - 120;
  if (lines.plan.totalLines) {
    const fit = fitDiff(lines.plan, planBudget, measure, whereFull(comment));
    const note = fit.omitted ? `, ${fit.omitted} omitted` : '';
    add(details(`Plan diff (${lines.plan.totalLines} lines${note})`, fit.text));
  }
  if (lines.drift.totalLines) {
    const fit = fitDiff(lines.drift, share(1) - 160, measure, whereFull(comment));
    add(
      details(
        `Changes outside ${toolName(options.tool)} (${model.counts.drift})`,
        `Objects changed outside ${toolName(options.tool)} since the last apply; the plan may undo or respond to them.\n\n${fit.text}`,
      ),
    );
  }
  return [...fixed, ...sections, end].filter(Boolean).join('\n\n') + '\n';
}

function whereFull(comment: boolean): string {
  return comment ? 'full plan in the job summary' : 'full plan in the plan artifact (plan.json)';
}

/** The short form of a digest as the review shows it. */
export function shortDigest(digest: string): string {
  return inlineCode(digest.slice(0, 12), 12);
}
