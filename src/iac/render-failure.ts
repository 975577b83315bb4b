import type { Diagnostic } from './diagnostics.js';
import { fitCodeBlock, formLimit } from './render-fit.js';
import { details, diagnosticsBlock, footer, header } from './render-sections.js';

export interface FailureOptions {
  target: string;
  tool: 'terraform' | 'tofu';
  toolVersion?: string;
  /** The step that failed, e.g. 'init', 'validate', 'plan'. */
  phase: string;
  diagnostics: Diagnostic[];
  /** The end of the tool's output, already ANSI-stripped (untrusted). */
  outputTail?: string;
  form: 'comment' | 'summary';
  marker?: string;
  runUrl?: string;
  headSha?: string;
  note?: string;
}

/**
 * The review of a plan that could not be made: the error instead of a plan. Errors first, then
 * warnings, then the output tail; the same size limits as renderReview.
 */
export function renderFailure(options: FailureOptions): string {
  const { limit, measure } = formLimit(options.form);
  const phase = options.phase.replace(/[^a-z0-9 -]/gi, '').slice(0, 40);
  const errors = options.diagnostics.filter((d) => d.severity === 'error');
  const warnings = options.diagnostics.filter((d) => d.severity === 'warning');
  for (let scale = 1; scale > 0.01; scale *= 0.75) {
    const fixed = [
      options.marker ?? '',
      header({ ...options, status: 'failed', title: `${phase} failed` }),
      options.note ?? '',
      [
        '> [!CAUTION]',
        `> \`${options.tool} ${phase}\` failed${errors.length ? ` with ${errors.length === 1 ? '1 error' : `${errors.length} errors`}` : ''}. Nothing was planned.`,
      ].join('\n'),
    ].filter(Boolean);
    const end = footer(options);
    let remaining = Math.floor(limit * scale) - measure(fixed.join('\n\n')) - measure(end) - 64;
    const sections: string[] = [];
    const add = (text: string): void => {
      if (!text) return;
      sections.push(text);
      remaining -= measure(text) + 2;
    };
    if (errors.length) add(diagnosticsBlock(errors, Math.floor(remaining * 0.6), measure));
    if (warnings.length) {
      add(
        details(
          `Warnings (${warnings.length})`,
          diagnosticsBlock(warnings, Math.floor(remaining * 0.3) - 80, measure),
        ),
      );
    }
    if (options.outputTail?.trim()) {
      const lines = options.outputTail.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
      const fit = fitCodeBlock(
        lines,
        remaining - 120,
        measure,
        'text',
        'full output in the job log',
      );
      add(details(`Output of ${options.tool} ${phase}`, fit.text, errors.length === 0));
    }
    const doc = [...fixed, ...sections, end].filter(Boolean).join('\n\n') + '\n';
    if (measure(doc) <= limit) return doc;
  }
  // Only an oversized marker or note gets here.
  const minimal = `${options.marker ?? ''}\n\n**${options.tool} ${phase} failed.** See the job log.\n`;
  return measure(minimal) <= limit ? minimal : `**${options.tool} ${phase} failed.**\n`;
}
