import { diagnosticPlace, type Diagnostic } from './diagnostics.js';
import { codeBlock, inlineCode, inlineText, plural, truncate } from './markdown.js';
import type { PlanModel, ResourceChange } from './plan-model.js';
import { isShownChange, planLine } from './plan-counts.js';
import { fitLists, itemList, lazyList, type ItemList, type Measure } from './render-fit.js';

/** Markdown sections of the review; every untrusted string goes through markdown.ts. */

export type ReviewStatus = 'planned' | 'applying' | 'applied' | 'failed' | 'no-changes';

const STATUS_ICON: Record<ReviewStatus, string> = {
  planned: '📝',
  applying: '⏳',
  applied: '✅',
  failed: '❌',
  'no-changes': '✅',
};

export function toolName(tool: 'terraform' | 'tofu'): string {
  return tool === 'tofu' ? 'OpenTofu' : 'Terraform';
}

export function header(options: {
  target: string;
  tool: 'terraform' | 'tofu';
  toolVersion?: string | undefined;
  status: ReviewStatus;
  headSha?: string | undefined;
  title: string;
}): string {
  const facts = [
    `${options.tool}${options.toolVersion ? ` ${inlineCode(options.toolVersion, 40)}` : ''}`,
    `status: **${options.status}**`,
  ];
  if (options.headSha) facts.push(`commit ${inlineCode(options.headSha.slice(0, 12), 12)}`);
  return [
    `### ${STATUS_ICON[options.status]} ${toolName(options.tool)} ${options.title} for ${inlineCode(options.target, 120)}`,
    '',
    facts.join(' · '),
  ].join('\n');
}

export function countsBlock(model: PlanModel, tool: 'terraform' | 'tofu'): string {
  const c = model.counts;
  const extra = [
    `${c.replace} to replace`,
    `${c.import} to import`,
    `${c.move} to move`,
    `${c.forget} to forget`,
  ];
  if (c.read) extra.push(`${c.read} to read`);
  if (c.outputs) extra.push(plural(c.outputs, 'output change'));
  if (c.drift) extra.push(`${c.drift} changed outside ${toolName(tool)}`);
  // The model keeps terraform's wording; OpenTofu's names itself in the same sentences.
  const line = model.summaryLine.startsWith('Plan: ')
    ? planLine(c, tool)
    : model.summaryLine.replaceAll('Terraform', toolName(tool));
  return `**${line}**\n\n${extra.join(' · ')}`;
}

function describe(r: ResourceChange): string {
  const addr = inlineCode(r.deposed ? `${r.address} (deposed ${r.deposed})` : r.address);
  if (r.action !== 'replace') return addr;
  if (r.forgetsPrevious) return `${addr} (replace, old object kept)`;
  return `${addr} (${r.replaceOrder === 'create-first' ? 'create before destroy' : 'destroy before create'})`;
}

/** The `[!CAUTION]` alert naming what is destroyed or replaced, capped at `cap` addresses. */
export function destroyWarning(model: PlanModel, cap: number): string {
  const doomed = model.resources.filter(
    (r) =>
      isShownChange(r) &&
      ((r.action === 'delete' && r.mode === 'managed') ||
        (r.action === 'replace' && !r.forgetsPrevious)),
  );
  if (doomed.length === 0) return '';
  const destroys = doomed.filter((r) => r.action === 'delete').length;
  const replaces = doomed.length - destroys;
  const what = [
    destroys ? `destroys **${destroys}**` : '',
    replaces ? `replaces **${replaces}**` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const lines = [
    '> [!CAUTION]',
    `> This plan ${what} ${doomed.length === 1 ? 'resource' : 'resources'}:`,
  ];
  for (const r of doomed.slice(0, cap))
    lines.push(`> - ${describe(r)}${r.action === 'delete' ? ' (destroy)' : ''}`);
  if (doomed.length > cap) lines.push(`> - … and ${doomed.length - cap} more`);
  return lines.join('\n');
}

export function erroredWarning(model: PlanModel): string {
  if (!model.errored) return '';
  return [
    '> [!CAUTION]',
    '> **Planning failed.** The tool reported an error while planning; this plan is incomplete and cannot be applied.',
  ].join('\n');
}

const listCache = new WeakMap<PlanModel, ItemList[]>();

/** Resource addresses grouped by action (computed once per model: both forms use them). */
export function resourceLists(model: PlanModel): ItemList[] {
  let lists = listCache.get(model);
  if (!lists) {
    lists = groupResources(model);
    listCache.set(model, lists);
  }
  return lists;
}

const importItem = (r: ResourceChange): string =>
  `${inlineCode(r.address)}${r.importing?.id !== undefined ? ` (id ${inlineCode(r.importing.id, 120)})` : ''}`;
const moveItem = (r: ResourceChange): string =>
  `${inlineCode(r.previousAddress ?? '')} → ${inlineCode(r.address)}`;

/** In the order a reviewer should read them: what is lost first. */
function groupResources(model: PlanModel): ItemList[] {
  const groups: Record<string, ResourceChange[]> = {
    Replace: [],
    Destroy: [],
    Create: [],
    Update: [],
    Import: [],
    Move: [],
    Forget: [],
    Read: [],
  };
  const byAction: Record<ResourceChange['action'], string> = {
    replace: 'Replace',
    delete: 'Destroy',
    create: 'Create',
    update: 'Update',
    forget: 'Forget',
    read: 'Read',
    'no-op': '',
  };
  for (const r of model.resources) {
    if (!isShownChange(r)) continue;
    groups[byAction[r.action]]?.push(r);
    if (r.importing) groups.Import?.push(r);
    if (r.previousAddress) groups.Move?.push(r);
  }
  return Object.entries(groups).map(([title, changes]) =>
    lazyList(
      title,
      changes,
      title === 'Import' ? importItem : title === 'Move' ? moveItem : describe,
    ),
  );
}

export function resourcesSection(model: PlanModel, budget: number, measure: Measure): string {
  const lists = resourceLists(model);
  if (lists.every((l) => l.length === 0)) return '';
  const head = '#### Resources\n\n';
  return head + fitLists(lists, budget - measure(head), measure);
}

/** Failed checks as a warning alert, checks not yet known as a note. */
export function checksSection(model: PlanModel, budget: number, measure: Measure): string {
  if (model.checks.length === 0) return '';
  const items = (status: string[]): string[] =>
    model.checks
      .filter((c) => status.includes(c.status))
      .flatMap((c) => {
        const messages = c.instances.flatMap((i) =>
          i.messages.map((m) => `${inlineCode(i.address)}: ${inlineText(m)}`),
        );
        return messages.length ? messages : [`${inlineCode(c.address)} (${c.status})`];
      });
  const failed = items(['fail', 'error']);
  const unknown = items(['unknown']);
  const lists: ItemList[] = [
    itemList('Failed checks', failed),
    itemList('Checks known only after apply', unknown),
  ];
  const body = fitLists(lists, budget - 40, measure);
  const prefix = failed.length ? '> [!WARNING]\n' : '> [!NOTE]\n';
  return (
    prefix +
    body
      .split('\n')
      .map((l) => `> ${l}`.trimEnd())
      .join('\n')
  );
}

function diagnosticLines(d: Diagnostic): string[] {
  const lines = [`${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.summary}`];
  const place = diagnosticPlace(d);
  if (place) lines.push(`  on ${place}`);
  if (d.address) lines.push(`  with ${d.address}`);
  if (d.snippet) lines.push(...d.snippet.split('\n').map((l) => `  ${l}`));
  if (d.detail) lines.push('', ...d.detail.split('\n'));
  return lines.map((l) => truncate(l, 1000));
}

/** Diagnostics, each a heading line and a code block (detail and snippet are untrusted). */
export function diagnosticsBlock(
  diags: readonly Diagnostic[],
  budget: number,
  measure: Measure,
): string {
  const parts: string[] = [];
  let used = 0;
  for (let i = 0; i < diags.length; i++) {
    const d = diags[i] as Diagnostic;
    const place = diagnosticPlace(d);
    const title = `**${d.severity === 'error' ? 'Error' : 'Warning'}:** ${inlineText(d.summary)}${place ? ` (${inlineCode(place)})` : ''}`;
    let lines = diagnosticLines(d);
    let block = `${title}\n\n${codeBlock(lines, 'text')}`;
    if (used + measure(block) > budget && lines.length > 12) {
      lines = [...lines.slice(0, 10), `… ${lines.length - 10} lines omitted …`];
      block = `${title}\n\n${codeBlock(lines, 'text')}`;
    }
    if (used + measure(block) > budget) {
      parts.push(`… and ${diags.length - i} more`);
      break;
    }
    used += measure(block) + 2;
    parts.push(block);
  }
  return parts.join('\n\n');
}

export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function deferredSection(model: PlanModel, budget: number, measure: Measure): string {
  if (model.deferred.length === 0) return '';
  const items = model.deferred.map(
    (d) => `${inlineCode(d.change.address)} (${d.change.action}): ${inlineText(d.reason)}`,
  );
  const body = fitLists([itemList('Deferred to a later plan', items)], budget - 120, measure);
  return details(`Deferred changes (${model.deferred.length})`, body);
}

/** A run link only for a plain http(s) URL; anything else is shown as inert code. */
export function footer(options: {
  digest?: string | undefined;
  runUrl?: string | undefined;
}): string {
  const bits: string[] = [];
  if (options.digest) bits.push(`plan digest ${inlineCode(options.digest.slice(0, 12), 12)}`);
  if (options.runUrl) {
    bits.push(
      /^https?:\/\/[^\s<>()[\]"'`\\]+$/.test(options.runUrl) && options.runUrl.length < 500
        ? `[workflow run](${options.runUrl})`
        : `run ${inlineCode(options.runUrl, 200)}`,
    );
  }
  return bits.length ? `<sub>${bits.join(' · ')}</sub>` : '';
}
