/**
 * The plan diff of a large plan without holding it: one pass measures every resource's block
 * (lines, characters, UTF-8 bytes) and keeps only those numbers; a render then generates just the
 * head and tail blocks that fit its budget. 50,000 resources make about a million diff lines, so
 * this is what keeps rendering fast and memory flat.
 */
import { codeBlock } from './markdown.js';
import type { ResourceChange } from './plan-model.js';
import { resourceDiff, type DiffCause } from './render-diff.js';
import { measureChars, type Measure } from './render-fit.js';

export interface BlockIndex {
  changes: readonly ResourceChange[];
  cause: DiffCause;
  /** Lines of each block, counting the blank line that separates it from the next. */
  lines: Int32Array;
  chars: Float64Array;
  bytes: Float64Array;
  totalLines: number;
}

function blockLines(r: ResourceChange, cause: DiffCause): string[] {
  const out: string[] = [];
  resourceDiff(r, cause, out);
  out.push('');
  return out;
}

export function indexBlocks(changes: readonly ResourceChange[], cause: DiffCause): BlockIndex {
  const n = changes.length;
  const index: BlockIndex = {
    changes,
    cause,
    lines: new Int32Array(n),
    chars: new Float64Array(n),
    bytes: new Float64Array(n),
    totalLines: 0,
  };
  for (let i = 0; i < n; i++) {
    const lines = blockLines(changes[i] as ResourceChange, cause);
    const text = lines.join('\n');
    index.lines[i] = lines.length;
    index.chars[i] = text.length + 1;
    index.bytes[i] = Buffer.byteLength(text, 'utf8') + 1;
    index.totalLines += lines.length;
  }
  if (n) index.totalLines--; // the last block's separator is not shown
  return index;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * A ```diff block of the indexed changes within `budget`: everything when it fits, else whole
 * blocks from the head (60%) and the tail around "… N lines omitted, <whereFull> …".
 */
export function fitDiff(
  index: BlockIndex,
  budget: number,
  measure: Measure,
  whereFull: string,
): { text: string; omitted: number } {
  const n = index.changes.length;
  const sizes = measure === measureChars ? index.chars : index.bytes;
  const all = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let i = from; i < to; i++)
      out.push(...blockLines(index.changes[i] as ResourceChange, index.cause));
    return out;
  };
  const trim = (lines: string[]): string[] =>
    lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
  const overhead = 64;
  if (sum(sizes) + overhead <= budget)
    return { text: codeBlock(trim(all(0, n)), 'diff'), omitted: 0 };

  const notice = `… ${index.totalLines} lines omitted, ${whereFull} …`;
  const available = budget - overhead - measure(notice) - 16;
  const headRoom = Math.floor(available * 0.6);
  let used = 0;
  let headEnd = 0;
  while (headEnd < n && used + (sizes[headEnd] as number) <= headRoom)
    used += sizes[headEnd++] as number;
  const head = all(0, headEnd);
  let headLines = 0;
  for (let i = 0; i < headEnd; i++) headLines += index.lines[i] as number;
  // Part of the next block, line by line, so a single huge resource still shows its start.
  if (headEnd < n) {
    for (const line of blockLines(index.changes[headEnd] as ResourceChange, index.cause)) {
      const size = measure(line) + 1;
      if (used + size > headRoom) break;
      head.push(line);
      headLines++;
      used += size;
    }
  }
  let tailStart = n;
  while (tailStart > headEnd + 1 && used + (sizes[tailStart - 1] as number) <= available) {
    used += sizes[--tailStart] as number;
  }
  const tail = trim(all(tailStart, n));
  const omitted = index.totalLines - headLines - tail.length;
  const kept = [...trim(head), '', `… ${omitted} lines omitted, ${whereFull} …`, '', ...tail];
  return { text: codeBlock(kept, 'diff'), omitted };
}
