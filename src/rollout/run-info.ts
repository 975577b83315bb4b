import { MIN_ROLLBACK_WINDOW_MS } from './hold.js';
import type { RunInfo } from './types.js';

/**
 * This run's identity for the lease and the annotations: the Actions run (id, attempt, URL)
 * or, locally, the host and process.
 */
export function runInfo(env: Record<string, string | undefined>, host = 'local'): RunInfo {
  if (env.GITHUB_RUN_ID) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
      id: `${env.GITHUB_REPOSITORY ?? 'repo'}#${env.GITHUB_RUN_ID}.${env.GITHUB_RUN_ATTEMPT ?? '1'}`,
      url: env.GITHUB_REPOSITORY
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    };
  }
  return { id: `${host}:${process.pid}:${Date.now().toString(36)}` };
}

/**
 * The enforced minimum rollback window: 30 s. Only an explicit testing variable,
 * GANTRY_MIN_ROLLBACK_WINDOW_MS, lowers it (tests and benchmarks against the fake cluster).
 */
export function minRollbackWindowMs(env: Record<string, string | undefined>): number {
  const raw = env.GANTRY_MIN_ROLLBACK_WINDOW_MS;
  if (raw === undefined || raw === '') return MIN_ROLLBACK_WINDOW_MS;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : MIN_ROLLBACK_WINDOW_MS;
}
