/**
 * The job summary (GITHUB_STEP_SUMMARY): at most 1 MiB per step. Written through a port so domain
 * code never touches @actions/core; the action backs it with core.summary.
 */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryPort {
  /** Append Markdown to the job summary. */
  append(markdown: string): Promise<void>;
}

const NOTE = '\n\n> Summary truncated: GitHub keeps at most 1 MiB per step.\n';

/** Cut `markdown` so it fits in `limit` bytes (UTF-8), on a line boundary, with a note. */
export function fitSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limit) return markdown;
  const budget = limit - Buffer.byteLength(NOTE, 'utf8');
  let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
  // A partial multi-byte character decodes to U+FFFD: drop it, then end on a whole line.
  cut = cut.replace(/\uFFFD+$/, '');
  const newline = cut.lastIndexOf('\n');
  if (newline > 0) cut = cut.slice(0, newline);
  return cut + NOTE;
}

/** Write the summary, fitted to GitHub's limit. */
export async function writeSummary(port: SummaryPort, markdown: string): Promise<void> {
  await port.append(fitSummary(markdown));
}
