import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
/** The source CLI: the committed bundle is rebuilt only at release time. */
export const GANTRY = `${process.execPath} --import tsx src/cli/index.ts`;

export interface MakeResult {
  code: number | null;
  out: string;
  err: string;
}

/** `make -f Makefile.cicd …` in the repository, with the CLI run from source. */
export function make(args: string[], env: NodeJS.ProcessEnv = {}): Promise<MakeResult> {
  return new Promise((resolve) => {
    const child = spawn('make', ['-f', 'Makefile.cicd', `GANTRY=${GANTRY}`, ...args], {
      cwd: root,
      env: { ...process.env, MAKEFLAGS: '', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += String(c)));
    child.stderr.on('data', (c: Buffer) => (err += String(c)));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
