/**
 * How the `gantry` process ends once a command has returned: as soon as what it wrote is flushed,
 * instead of letting node run its event loop dry and tear the environment down. That natural exit
 * took about 10 ms at the end of a 1,000-resource plan (closing the last tool's handles, a
 * pending garbage-collection task, freeing the heap), nearly a fifth of Gantry's own time there.
 */
import type { Writable } from 'node:stream';

type Flushable = Pick<Writable, 'write' | 'writableLength' | 'destroyed'>;

/**
 * Resolves once everything already written to `stream` has been handed to the OS. On Linux,
 * process.stdout/stderr are synchronous for files, pipes and terminals, so this is at once; on
 * macOS a pipe is asynchronous and `gantry plan | less` must not lose the end of the review.
 */
export function flushed(stream: Flushable): Promise<void> {
  if (stream.destroyed || stream.writableLength === 0) return Promise.resolve();
  // Writes complete in order: the callback of an empty write runs after all earlier ones,
  // with an error when the reader went away (EPIPE), which is also done.
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/** Exit with `code` once `streams` are flushed (the CLI entry's last step). */
export async function exitWhenFlushed(
  code: number,
  streams: readonly Flushable[] = [process.stdout, process.stderr],
  exit: (code: number) => void = (c) => process.exit(c),
): Promise<void> {
  await Promise.all(streams.map(flushed));
  exit(code);
}
