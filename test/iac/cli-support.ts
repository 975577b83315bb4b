import { PassThrough, Readable } from 'node:stream';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { createMemoryLogger } from '../../src/shared/log.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `gantry <argv>` in-process through main(), with captured stdout/stderr and the log. */
export async function gantry(
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; stdin?: string },
): Promise<{ code: number; stdout: string; stderr: string; log: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const log = createMemoryLogger();
  const code = await main(argv, {
    stdout,
    stderr,
    stdin: Readable.from([options.stdin ?? '']),
    env: options.env,
    cwd: options.cwd,
    log,
    signal: new AbortController().signal,
  });
  return { code, stdout: out, stderr: err, log: log.text() };
}

/** `gantry <argv>` as a child process (`node --import tsx src/cli/index.ts`). */
export function gantryChild(
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; stdin?: string },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), `${ROOT}/src/cli/index.ts`, ...argv],
      { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdin.end(options.stdin ?? '');
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
