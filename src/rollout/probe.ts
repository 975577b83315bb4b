import type { Exec } from '../shared/exec.js';
import type { Clock, SmokeOptions } from './types.js';

export interface CheckResult {
  ok: boolean;
  detail: string;
}

/** One HTTP GET: status (and body substring) as expected within the timeout. */
export async function httpCheck(
  url: string,
  expect: { status?: number; body?: string; timeoutMs: number },
): Promise<CheckResult> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(expect.timeoutMs) });
    const text = await response.text();
    if (expect.status === undefined ? !response.ok : response.status !== expect.status) {
      const wanted = expect.status ?? '2xx';
      return {
        ok: false,
        detail: `GET ${url} → ${response.status} (expected ${wanted}): ${text.slice(0, 200)}`,
      };
    }
    if (expect.body !== undefined && !text.includes(expect.body)) {
      return {
        ok: false,
        detail: `GET ${url} → body does not contain '${expect.body}': ${text.slice(0, 200)}`,
      };
    }
    return { ok: true, detail: `GET ${url} → ${response.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, detail: `GET ${url} → ${cause ?? (error as Error).message}` };
  }
}

/** Smoke test through the preview: HTTP with retries, or a command with PREVIEW_URL. */
export async function smokeTest(
  previewUrl: string,
  smoke: SmokeOptions,
  ports: { exec: Exec; clock: Clock; cwd: string },
): Promise<CheckResult> {
  if (smoke.command) {
    const result = await ports.exec({
      command: 'sh',
      args: ['-c', smoke.command],
      cwd: ports.cwd,
      env: { PREVIEW_URL: previewUrl },
      timeoutMs: smoke.timeoutMs,
      graceMs: 2000,
    });
    const ok = result.termination === 'exited' && result.exitCode === 0;
    const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-5).join('\n');
    return {
      ok,
      detail: ok
        ? 'smoke command passed'
        : `smoke command ${result.termination === 'timeout' ? 'timed out' : `exited ${result.exitCode ?? result.signal}`}: ${output}`,
    };
  }
  let last: CheckResult = { ok: false, detail: 'not run' };
  for (let attempt = 0; attempt <= smoke.retries; attempt++) {
    if (attempt > 0) await ports.clock.sleep(Math.min(2000, 250 * 2 ** (attempt - 1)));
    last = await httpCheck(previewUrl + smoke.path, {
      status: smoke.expectStatus,
      body: smoke.expectBody,
      timeoutMs: smoke.timeoutMs,
    });
    if (last.ok) return last;
  }
  return { ok: false, detail: `${last.detail} (after ${smoke.retries + 1} attempts)` };
}

/**
 * Watches the live Service for `windowMs`: a GET of the health path every `intervalMs`; two
 * failures in a row fail the verification (one blip is tolerated), and so does any failure on
 * the last check.
 */
export async function verifyLive(
  url: string,
  input: { windowMs: number; intervalMs: number; timeoutMs: number },
  clock: Clock,
): Promise<CheckResult & { checks: number }> {
  const end = clock.now() + input.windowMs;
  let checks = 0;
  let streak = 0;
  for (;;) {
    const result = await httpCheck(url, { timeoutMs: input.timeoutMs });
    checks++;
    streak = result.ok ? 0 : streak + 1;
    const over = clock.now() >= end;
    if (streak >= 2 || (over && streak > 0)) return { ...result, ok: false, checks };
    if (over) return { ok: true, detail: `${checks} checks passed`, checks };
    await clock.sleep(Math.min(input.intervalMs, Math.max(0, end - clock.now())));
  }
}
