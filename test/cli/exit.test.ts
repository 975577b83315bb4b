import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWhenFlushed } from '../../src/cli/exit.js';
import { gantry } from '../iac/cli-support.js';
import { syntheticPlan } from '../iac/synthetic-plan.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A stream that takes `delayMs` per write, like a pipe on macOS with a slow reader. */
function slowStream(delayMs: number) {
  const received: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _enc, done) {
      setTimeout(() => {
        received.push(chunk.toString());
        done();
      }, delayMs);
    },
  });
  return { stream, received };
}

test('exits only after an asynchronous stream has taken everything written to it', async () => {
  const { stream, received } = slowStream(15);
  for (const part of ['review ', 'of ', 'the ', 'plan\n']) stream.write(part);
  let exitedWith: number | undefined;
  let seenAtExit = '';
  await exitWhenFlushed(2, [stream], (code) => {
    exitedWith = code;
    seenAtExit = received.join('');
  });
  assert.equal(exitedWith, 2);
  assert.equal(seenAtExit, 'review of the plan\n');
});

test('a stream whose reader went away does not hold the exit', async () => {
  const { stream } = slowStream(5);
  stream.destroy();
  let exitedWith: number | undefined;
  await exitWhenFlushed(1, [stream], (code) => (exitedWith = code));
  assert.equal(exitedWith, 1);
});

test('gantry keeps its exit code and all of its output through a pipe read slowly', async () => {
  // The summary form of a 2,000-resource plan: many times a pipe's buffer.
  const dir = await mkdtemp(join(tmpdir(), 'gantry-exit-'));
  await writeFile(join(dir, 'plan.json'), JSON.stringify(syntheticPlan(2000)));
  const argv = ['render', 'plan.json', '--format', 'summary'];
  const expected = await gantry(argv, { cwd: dir, env: process.env });
  assert.ok(expected.stdout.length > 256 * 1024, 'the review is larger than a pipe buffer');
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), `${ROOT}/src/cli/index.ts`, ...argv],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pause();
  await new Promise((r) => setTimeout(r, 300));
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stdout.resume();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, expected.code);
  assert.equal(out.length, expected.stdout.length);
  assert.equal(out, expected.stdout);
});
