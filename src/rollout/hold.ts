import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/log.js';
import { scaleTo, deploymentName } from './colors.js';
import type { Kube } from './kube.js';
import { acquireLease, releaseLease } from './lease.js';
import { readState } from './state.js';
import type { Phases } from './phases.js';
import type { Clock, Color, RunInfo } from './types.js';

/** The smallest rollback window allowed (Argo Rollouts' bar); tests may lower it explicitly. */
export const MIN_ROLLBACK_WINDOW_MS = 30_000;

export function checkRollbackWindow(windowMs: number, minimumMs: number): void {
  if (windowMs < minimumMs) {
    throw new UserError(`rollback-window ${windowMs} ms is below the minimum of ${minimumMs} ms.`, {
      reason: 'bad-input',
      hint: 'Keep the previous color warm for at least 30s so a rollback is one patch.',
    });
  }
}

/**
 * After a switch the previous color stays scaled for the rollback window (so a rollback is one
 * patch), then goes to zero replicas (the object is kept). The lease is not held while waiting,
 * so a rollback can run during the window; the scale-down re-takes the lease and only happens if
 * the state is still the one this run left (the color is neither active nor re-deployed).
 */
export async function holdThenScaleDown(
  kube: Kube,
  input: {
    namespace: string;
    app: string;
    color: Color;
    image: string | undefined;
    windowMs: number;
    run: RunInfo;
  },
  ports: { log: Logger; clock: Clock },
): Promise<'scaled-down' | 'left-alone'> {
  const { namespace, app, color, run } = input;
  ports.log.info(
    `${deploymentName(app, color)} stays warm for ${input.windowMs} ms (rollback window).`,
  );
  await ports.clock.sleep(input.windowMs);
  const target = { namespace, service: app, run, ttlMs: 60_000 };
  let svc;
  try {
    svc = await acquireLease(kube, target, ports.clock);
  } catch (error) {
    ports.log.warn(`Leaving ${deploymentName(app, color)} scaled: ${(error as Error).message}`);
    return 'left-alone';
  }
  try {
    const state = readState(svc.metadata?.annotations);
    if (state.active === color || state.images[color] !== input.image) {
      ports.log.info(
        `${deploymentName(app, color)} changed role during the window; leaving it scaled.`,
      );
      return 'left-alone';
    }
    await scaleTo(kube, namespace, deploymentName(app, color), 0);
    ports.log.info(
      `Scaled ${deploymentName(app, color)} to zero (object kept for the next deploy).`,
    );
    return 'scaled-down';
  } finally {
    await releaseLease(kube, target, ports.log);
  }
}

/**
 * How a deploy and a rollback both end: the color traffic just left (if any) stays warm for the
 * rollback window as a logged phase, then goes to zero.
 */
export async function keepWarm(
  kube: Kube,
  phases: Phases,
  hold: { color: Color; image?: string | undefined } | undefined,
  input: { namespace: string; app: string; run: RunInfo; windowMs: number },
  ports: { log: Logger; clock: Clock },
): Promise<void> {
  if (!hold) return;
  const { color, image } = hold;
  await phases.run(`Keep ${deploymentName(input.app, color)} warm for the rollback window`, () =>
    holdThenScaleDown(kube, { ...input, color, image }, ports),
  );
}
