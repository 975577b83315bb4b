/**
 * Fitting content into a size budget: lists capped with "and N more", code blocks cut to head +
 * tail with "… N lines omitted …". Sizes are measured by the form's own measure (characters for
 * comments, UTF-8 bytes for the job summary).
 */
import { codeBlock, fenceFor } from './markdown.js';

export type Measure = (text: string) => number;

export const measureChars: Measure = (text) => text.length;
export const measureBytes: Measure = (text) => Buffer.byteLength(text, 'utf8');

/** GitHub's limit for an issue/PR comment body, in characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary, in bytes. */
export const SUMMARY_LIMIT = 1_048_576;

/** The size limit of a form and how it is measured. */
export function formLimit(form: 'comment' | 'summary'): { limit: number; measure: Measure } {
  return form === 'comment'
    ? { limit: COMMENT_LIMIT, measure: measureChars }
    : { limit: SUMMARY_LIMIT, measure: measureBytes };
}

/**
 * A titled list of items; `fitLists` shows as many as fit, round-robin across lists. Items are
 * produced on demand: a 50,000-resource list formats only the addresses that are shown.
 */
export interface ItemList {
  title: string;
  length: number;
  item(index: number): string;
}

export function itemList(title: string, items: readonly string[]): ItemList {
  return { title, length: items.length, item: (i) => items[i] as string };
}

/** A list formatting `values` lazily (each at most once). */
export function lazyList<T>(
  title: string,
  values: readonly T[],
  format: (v: T) => string,
): ItemList {
  const cache: string[] = [];
  return { title, length: values.length, item: (i) => (cache[i] ??= format(values[i] as T)) };
}

/**
 * Render lists as `**title** (n)` + bullet items within `budget`. Every list gets its title and
 * at least its first item when the budget allows; the rest are shown round-robin; a list that
 * does not fit ends with "- … and N more".
 */
export function fitLists(lists: readonly ItemList[], budget: number, measure: Measure): string {
  const nonEmpty = lists.filter((l) => l.length > 0);
  const titles = nonEmpty.map((l) => `**${l.title}** (${l.length})`);
  const reserve = 40; // room for the "and N more" line of each list
  let used = titles.reduce((n, t) => n + measure(t) + 2 + reserve, 0);
  const shown = nonEmpty.map(() => 0);
  let progress = true;
  while (progress) {
    progress = false;
    for (let i = 0; i < nonEmpty.length; i++) {
      const list = nonEmpty[i] as ItemList;
      const index = shown[i] as number;
      if (index >= list.length) continue;
      const next = list.item(index);
      const size = measure(next) + 3;
      if (used + size > budget) continue;
      used += size;
      shown[i] = (shown[i] as number) + 1;
      progress = true;
    }
  }
  return nonEmpty
    .map((list, i) => {
      const n = shown[i] as number;
      const lines = [titles[i] as string];
      for (let k = 0; k < n; k++) lines.push(`- ${list.item(k)}`);
      if (n < list.length) lines.push(`- … and ${list.length - n} more`);
      return lines.join('\n');
    })
    .join('\n\n');
}

/**
 * A fenced code block of `lines` within `budget`: all of them when they fit, else the head and
 * the tail around one line saying how many were omitted and where the full text is.
 */
export function fitCodeBlock(
  lines: readonly string[],
  budget: number,
  measure: Measure,
  language: string,
  /** Where the full text is, e.g. 'full plan in the job summary'. */
  whereFull: string,
): { text: string; omitted: number } {
  const overhead = 2 * (fenceFor(lines).length + 1) + language.length + 16;
  const room = budget - overhead;
  let total = 0;
  let fits = true;
  for (const line of lines) {
    total += measure(line) + 1;
    if (total > room) {
      fits = false;
      break;
    }
  }
  if (fits) return { text: codeBlock(lines, language), omitted: 0 };
  const notice = (n: number): string => `… ${n} lines omitted, ${whereFull} …`;
  const available = room - measure(notice(lines.length)) - 2;
  let head = 0;
  let used = 0;
  const headRoom = Math.floor(available * 0.6);
  while (head < lines.length) {
    const size = measure(lines[head] as string) + 1;
    if (used + size > headRoom) break;
    used += size;
    head++;
  }
  let tail = 0;
  while (tail < lines.length - head) {
    const size = measure(lines[lines.length - 1 - tail] as string) + 1;
    if (used + size > available) break;
    used += size;
    tail++;
  }
  const omitted = lines.length - head - tail;
  const kept = [...lines.slice(0, head), notice(omitted), ...lines.slice(lines.length - tail)];
  return { text: codeBlock(kept, language), omitted };
}
