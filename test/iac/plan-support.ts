import assert from 'node:assert/strict';
import { writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { planTarget, type PlanOutcome, type PlanTargetOptions } from '../../src/iac/plan-run.js';
import { execProcess } from '../../src/shared/exec.js';
import { createMemoryLogger } from '../../src/shared/log.js';
import { terraform, terraformTestEnv, writeStack } from '../support/terraform.js';

export type Files = Record<string, string>;

/** A temp stack: `before` applied with the real terraform, then replaced by `after` files. */
export async function appliedStack(before: Files, after?: Files, remove: string[] = []) {
  const tfEnv = await terraformTestEnv();
  const dir = await writeStack(before);
  const init = terraform(dir, ['init', '-input=false'], tfEnv);
  assert.equal(init.status, 0, init.stderr);
  const apply = terraform(dir, ['apply', '-auto-approve', '-input=false'], tfEnv);
  assert.equal(apply.status, 0, apply.stderr);
  for (const name of remove) await rm(join(dir, name));
  for (const [name, text] of Object.entries(after ?? {})) await writeFile(join(dir, name), text);
  return { dir, tfEnv };
}

/** planTarget with the real terraform and the test environment; the log is returned too. */
export async function plan(
  dir: string,
  tfEnv: Record<string, string>,
  options: Partial<PlanTargetOptions> = {},
  signal?: AbortSignal,
  log = createMemoryLogger(),
): Promise<PlanOutcome & { logText: string }> {
  const outcome = await planTarget(
    { dir, root: dir, baseEnv: { ...process.env, ...tfEnv }, ...options },
    { exec: execProcess, log, signal, now: () => new Date('2026-11-22T10:00:00Z') },
  );
  return { ...outcome, logText: log.text() };
}
