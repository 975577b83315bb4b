import { spawnSync } from 'node:child_process';
import type { TestContext } from 'node:test';

/** True when `name` runs (`name --version` or the given probe args exit 0). */
export function hasTool(name: string, probe: string[] = ['--version']): boolean {
  const r = spawnSync(name, probe, { stdio: 'ignore' });
  return r.status === 0;
}

/**
 * Skip loudly when a tool the test needs is missing; under GANTRY_REQUIRE_ALL=1 (CI) a missing
 * tool fails the test instead, so a skipped suite can never pass CI silently.
 * Returns true when the test may go on.
 */
export function requireTool(
  t: TestContext,
  name: string,
  installHint: string,
  probe?: string[],
): boolean {
  if (hasTool(name, probe)) return true;
  const message = `${name} is not installed: this test needs it (${installHint}).`;
  if (process.env.GANTRY_REQUIRE_ALL === '1') {
    throw new Error(`${message} GANTRY_REQUIRE_ALL=1 forbids skipping.`);
  }
  console.error(`\n*** SKIPPED: ${message} ***\n`);
  t.skip(message);
  return false;
}
