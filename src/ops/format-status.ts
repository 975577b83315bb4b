import { digestOf, type DiagnosedColor, type Diagnosis } from './status.js';

/** Left-aligned columns, two spaces apart; the last column is not padded. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function shortDigest(digest: string | undefined): string {
  return digest ? `${digest.slice(0, 'sha256:'.length + 12)}` : '-';
}

function failedMark(c: DiagnosedColor): string {
  if (!c.failed) return '-';
  const digest = digestOf(c.failed);
  return `FAILED${digest ? ` (${shortDigest(digest)})` : ''}`;
}

function colorRows(status: Diagnosis): string[][] {
  const order = { active: 0, previous: 1, idle: 2 } as const;
  return [...status.colors]
    .sort((a, b) => order[a.role] - order[b.role])
    .map((c) => [
      c.color,
      c.role,
      c.exists ? `${c.ready}/${c.desired}` : 'absent',
      shortDigest(c.digest),
      failedMark(c),
      c.deployedImage ?? c.image ?? '-',
    ]);
}

/** `gantry status`: the colors at a glance. */
export function formatStatus(status: Diagnosis): string {
  const lines = [`${status.app} in namespace ${status.namespace}`];
  if (!status.deployed) {
    lines.push(`not deployed: Service ${status.app} does not exist.`);
    return lines.join('\n');
  }
  lines.push(
    '',
    table(['COLOR', 'ROLE', 'READY', 'DIGEST', 'FAILED', 'IMAGE'], colorRows(status)),
    '',
    `active:      ${status.active ?? 'unknown'}${status.image ? `  ${status.image}` : ''}`,
    `previous:    ${status.previous ?? 'none'}`,
    `last switch: ${status.switchedAt ?? 'never (bootstrap only)'}${status.switchedBy ? ` (${status.switchedBy})` : ''}${status.runUrl ? `  ${status.runUrl}` : ''}`,
  );
  if (status.lease) {
    lines.push(
      `in progress: run ${status.lease.runId} holds the app until ${status.lease.expiresAt}`,
    );
  }
  lines.push(
    `warnings:    ${status.warnings.length ? `${status.warnings.length} recent (gantry diagnose)` : 'none'}`,
  );
  lines.push(`health:      ${status.healthy ? 'ok' : `${status.problems.length} problem(s)`}`);
  return lines.join('\n');
}

/** `gantry diagnose`: status, then every pod, then the recent warning events and findings. */
export function formatDiagnosis(status: Diagnosis): string {
  const pods = status.colors.flatMap((c) => c.pods);
  const sections = [formatStatus(status)];
  sections.push(
    pods.length
      ? `Pods\n${table(
          ['POD', 'COLOR', 'PHASE', 'READY', 'RESTARTS', 'REASON'],
          pods.map((p) => [
            p.name,
            p.color,
            p.phase,
            p.ready ? 'yes' : 'no',
            String(p.restarts),
            p.reason ?? '',
          ]),
        )}`
      : 'Pods\nnone',
  );
  sections.push(
    status.warnings.length
      ? `Recent warning events\n${table(
          ['LAST SEEN', 'OBJECT', 'REASON', 'COUNT', 'MESSAGE'],
          status.warnings.map((w) => [
            w.at ?? '-',
            w.object,
            w.reason ?? '',
            String(w.count),
            w.message ?? '',
          ]),
        )}`
      : 'Recent warning events\nnone',
  );
  sections.push(
    status.problems.length
      ? `Problems\n${status.problems.map((p) => `- ${p}`).join('\n')}`
      : 'Problems\nnone found',
  );
  return sections.join('\n\n');
}
