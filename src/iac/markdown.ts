/**
 * Making untrusted strings (addresses, values, output names, diagnostics) inert in GitHub
 * Markdown: no HTML, no mentions, no issue references, no escaping out of code.
 */

const ZWJ = '\u200d';
/** Longest untrusted string shown outside the diff (addresses, names, messages). */
export const MAX_INLINE = 300;

/** Cut a string to `max` characters (never splitting a surrogate pair), marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}

/** Break `@user`, `@org/team` mentions and `#123` / `GH-123` references with a zero-width joiner. */
export function breakReferences(text: string): string {
  return text
    .replace(/([@#])(?=[\p{L}\p{N}_-])/gu, `$1${ZWJ}`)
    .replace(/\b(GH)-(\d)/gi, `$1-${ZWJ}$2`);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Untrusted text as inline Markdown: one line, HTML escaped, Markdown punctuation
 * backslash-escaped, mentions/references broken.
 */
export function inlineText(text: string, max = MAX_INLINE): string {
  const oneLine = truncate(text.replace(/[\r\n\u2028\u2029]+/g, ' '), max);
  // References first: escaping adds `&#39;`-style entities whose `#` must stay intact.
  return escapeHtml(breakReferences(oneLine)).replace(/[\\`*_[\]()~|!{}]/g, '\\$&');
}

/** Untrusted text as an inline code span, delimited by more backticks than it contains. */
export function inlineCode(text: string, max = MAX_INLINE): string {
  const oneLine = truncate(text.replace(/[\r\n\u2028\u2029]+/g, ' '), max);
  const fence = '`'.repeat(longestRun(oneLine, '`') + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') || oneLine === '' ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** Length of the longest run of `char` in `text`. */
export function longestRun(text: string, char: string): number {
  if (!text.includes(char)) return 0;
  let best = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === char) {
      run++;
      if (run > best) best = run;
    } else {
      run = 0;
    }
  }
  return best;
}

/** A fence (≥ 3 backticks) longer than any backtick run in the lines, so they cannot close it. */
export function fenceFor(lines: readonly string[]): string {
  let best = 0;
  for (const line of lines) {
    if (line.includes('`')) best = Math.max(best, longestRun(line, '`'));
  }
  return '`'.repeat(Math.max(3, best + 1));
}

/** A fenced code block holding untrusted lines verbatim (inert: code is never parsed). */
export function codeBlock(lines: readonly string[], language = ''): string {
  const fence = fenceFor(lines);
  const body = lines.join('\n').replace(/\r\n?/g, '\n');
  return `${fence}${language}\n${body}\n${fence}`;
}

/** `1 item` / `2 items`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
