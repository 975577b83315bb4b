import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * The environment every test that runs the real terraform uses: no CLI config (an empty file),
 * no checkpoint calls, automation mode. Merged over process.env by the caller.
 */
export async function terraformTestEnv(): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-tfrc-'));
  const rc = join(dir, 'empty.tfrc');
  await writeFile(rc, '');
  return { TF_CLI_CONFIG_FILE: rc, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
}

/** A fresh temp copy of a stack (e.g. `examples/stacks/network`), so tests never share state. */
export async function copyStack(stackDir: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-stack-'));
  await cp(stackDir, dir, {
    recursive: true,
    filter: (src) => !/[\\/](\.terraform|\.gantry)([\\/]|$)|\.tfstate/.test(src),
  });
  return dir;
}

/** A temp dir holding the given files (name → content): a stack written inline by a test. */
export async function writeStack(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-stack-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

/** Run terraform synchronously in `dir` with the test environment; for arranging test state. */
export function terraform(dir: string, args: string[], env: Record<string, string>) {
  const r = spawnSync('terraform', args, {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
