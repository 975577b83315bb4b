import type { RolloutReport } from './types.js';

const escape = (text: string): string => text.replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** The job summary: outcome, colors, image, phases with durations and, on failure, diagnostics. */
export function renderSummary(
  report: RolloutReport,
  context: { namespace: string; app: string; action: string; error?: string },
): string {
  const icon = ['deployed', 'bootstrapped', 'rolled-back'].includes(report.outcome) ? '✅' : '❌';
  const lines = [
    `### ${icon} Gantry ${context.action}: ${context.namespace}/${context.app} — ${report.outcome}${report.changed ? '' : ' (no change)'}`,
    '',
  ];
  if (context.error) lines.push(`> ${escape(context.error)}`, '');
  lines.push(
    '| | |',
    '|---|---|',
    `| Active color | ${report.activeColor ?? '—'} |`,
    `| Previous color | ${report.previousColor ?? '—'} |`,
    `| Image | \`${report.image ?? '—'}\` |`,
    `| Switched at | ${report.switchedAt ?? '—'} |`,
  );
  if (report.switchMs !== undefined) lines.push(`| Switch | ${report.switchMs} ms |`);
  if (report.rollbackMs !== undefined) lines.push(`| Rollback | ${report.rollbackMs} ms |`);
  if (report.phases.length) {
    lines.push('', '| Phase | Duration | |', '|---|---:|---|');
    report.phases.forEach((p, i) =>
      lines.push(`| ${i + 1}. ${escape(p.name)} | ${p.ms} ms | ${p.ok ? '✓' : '✗'} |`),
    );
  }
  if (report.diagnostics.length) {
    lines.push(
      '',
      '<details open><summary>Pods, conditions and events</summary>',
      '',
      '```',
      ...report.diagnostics.map((l) => l.replace(/```/g, "'''")),
      '```',
      '',
      '</details>',
    );
  }
  return `${lines.join('\n')}\n`;
}
