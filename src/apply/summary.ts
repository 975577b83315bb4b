import { inlineCode, inlineText, truncate } from '../iac/markdown.js';
import { isShownChange } from '../iac/plan-counts.js';
import type { ApplyResult } from './apply-target.js';

export interface SummaryInfo {
  runUrl?: string | undefined;
  environment?: string | undefined;
  /** Resource addresses listed per action before "and N more". */
  maxResources?: number;
}

const ACTION_TITLES: Record<string, string> = {
  create: 'Created',
  update: 'Updated',
  replace: 'Replaced',
  delete: 'Destroyed',
  forget: 'Forgotten (removed from state, not destroyed)',
  read: 'Read',
  'no-op': 'Moved or imported',
};

function duration(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return s < 120 ? `${s} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/**
 * The job summary of an apply (pure): outcome, what was applied (counts and resources), the
 * outputs (sensitive ones only named, never shown), the checks passed and the duration; on a
 * refusal, the reason, what to do and any details (e.g. the diff of approved vs new changes).
 */
export function renderApplySummary(result: ApplyResult, info: SummaryInfo = {}): string {
  const m = result.manifest;
  const target = m ? inlineText(m.target) : 'the target';
  const lines: string[] = [];
  if (result.applied) lines.push(`## ✅ Applied ${target}`);
  else lines.push(`## ⛔ Not applied: ${target} (\`${result.failure?.reason ?? 'apply-failed'}\`)`);
  lines.push('');
  const facts = [
    m ? `Plan digest \`${m.digest.slice(0, 12)}\`` : undefined,
    m?.commitSha ? `commit \`${m.commitSha.slice(0, 7)}\`` : undefined,
    m ? `${m.tool} ${inlineText(result.toolVersion ?? m.toolVersion)}` : undefined,
    info.environment ? `environment ${inlineCode(info.environment)}` : undefined,
    `duration ${duration(result.durationMs)}`,
    info.runUrl ? `[workflow run](${info.runUrl})` : undefined,
  ].filter(Boolean);
  lines.push(facts.join(' · '), '');
  if (result.failure) {
    lines.push(
      `**${inlineText(result.failure.message, 2000)}**`,
      '',
      inlineText(result.failure.hint, 2000),
      '',
    );
    if (result.failure.details) lines.push(result.failure.details, '');
  }
  if (result.model) {
    const c = result.model.counts;
    const verb = result.applied ? 'Applied' : 'Planned (not applied)';
    lines.push(
      `### ${verb}: ${c.add} to add, ${c.change} to change, ${c.destroy} to destroy` +
        (c.replace ? ` (${c.replace} replaced)` : ''),
      '',
    );
    lines.push(...resourceLists(result, info.maxResources ?? 200));
  }
  const outputs = Object.entries(result.outputs);
  if (outputs.length) {
    lines.push('### Outputs', '', '| Name | Value |', '| --- | --- |');
    for (const [name, out] of outputs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const value = out.sensitive
        ? '*(sensitive)*'
        : inlineCode(truncate(JSON.stringify(out.value), 300));
      lines.push(`| ${inlineCode(name)} | ${value.replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }
  if (result.checks.length) {
    lines.push(
      '<details><summary>Checks passed before applying</summary>',
      '',
      ...result.checks.map((c) => `- ✓ ${c.name}`),
      '',
      '</details>',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function resourceLists(result: ApplyResult, max: number): string[] {
  const groups = new Map<string, string[]>();
  for (const r of result.model?.resources ?? []) {
    if (!isShownChange(r)) continue;
    const list = groups.get(r.action) ?? [];
    list.push(r.address);
    groups.set(r.action, list);
  }
  const out: string[] = [];
  for (const [action, addresses] of groups) {
    out.push(
      `<details><summary>${ACTION_TITLES[action] ?? action}: ${addresses.length}</summary>`,
      '',
    );
    for (const a of addresses.slice(0, max)) out.push(`- ${inlineCode(a)}`);
    if (addresses.length > max) out.push(`- … and ${addresses.length - max} more`);
    out.push('', '</details>', '');
  }
  return out;
}
