import { UserError } from '../shared/errors.js';
import { deploymentName, scaleTo } from './colors.js';
import { keepWarm } from './hold.js';
import { KubeApiError, type V1Deployment } from './kube.js';
import { acquireLease, releaseLease } from './lease.js';
import { Phases } from './phases.js';
import { readyThroughPreview } from './prepare.js';
import { templateImage as imageOf } from './current-pods.js';
import { deploymentWaiting, READY_POLL_MS, stuckReason } from './readiness.js';
import { isFailed, readState } from './state.js';
import { apiFailure, flip, foreignSelectorWarning } from './switch.js';
import type { Color, RolloutPorts, RolloutReport, TargetOptions } from './types.js';

/**
 * Warm = one patch away: scaled, and the readiness gate's Deployment checks hold (status
 * current, every replica updated and available, not paused, progress deadline not exceeded).
 */
export function isWarm(d: V1Deployment | undefined): boolean {
  return d !== undefined && (d.spec?.replicas ?? 0) > 0 && deploymentWaiting(d) === undefined;
}

/**
 * Rollback to the previous color:
 *  1. take the lease and read the state; refuse without a known-good previous color
 *  2. refuse a previous color that is paused or past its progress deadline (no wait can help);
 *     if it is warm, go on; else scale it up and wait for the readiness gate
 *  3. flip the live Service's selector back (one patch)
 *  4. release the lease; keep the color we left warm for the rollback window, then scale it down
 */
export async function rollback(
  options: TargetOptions & { minRollbackWindowMs: number },
  ports: RolloutPorts,
): Promise<RolloutReport> {
  const { kube, log, clock } = ports;
  const { namespace, app, run } = options;
  const started = clock.now();
  const phases = new Phases(log, clock);
  const report: RolloutReport = {
    outcome: 'rolled-back',
    changed: true,
    phases: phases.records,
    diagnostics: [],
  };
  const leaseTarget = { namespace, service: app, run, ttlMs: options.readyTimeoutMs + 120_000 };
  const live = await phases.run('Read the state and take the lease', () =>
    acquireLease(kube, leaseTarget, clock),
  );
  let hold: { color: Color; image?: string } | undefined;
  try {
    const state = readState(live.metadata?.annotations);
    const { active, previous } = state;
    if (active && run.url && state.runUrl === run.url && state.switchedBy === 'rollback') {
      // A re-run (new attempt) of the run that already rolled back: do not flip again.
      log.info(
        `This run already rolled ${app} back to ${active} at ${state.switchedAt ?? '?'}: nothing to do.`,
      );
      return {
        ...report,
        changed: false,
        activeColor: active,
        previousColor: previous,
        image: state.images[active],
        switchedAt: state.switchedAt,
      };
    }
    const previousImage = previous ? state.images[previous] : undefined;
    if (!active || !previous || !previousImage) {
      throw new UserError(`${namespace}/${app} has no known-good previous color to roll back to.`, {
        reason: 'no-previous',
        hint: 'A rollback needs an earlier successful deploy; deploy the image you want instead.',
      });
    }
    if (isFailed(state, previous)) {
      throw new UserError(
        `Refusing to roll back ${app} onto ${previous}: it is marked failed with ${previousImage}.`,
        {
          reason: 'previous-failed',
          hint: 'Deploy a known-good image instead (the failed color was reverted automatically).',
        },
      );
    }
    const name = deploymentName(app, previous);
    const previousDeployment = await kube.getDeployment(namespace, name);
    if (!previousDeployment || imageOf(previousDeployment) !== previousImage) {
      throw new UserError(
        `${namespace}/${name} no longer runs ${previousImage} (found ${imageOf(previousDeployment) ?? 'nothing'}).`,
        {
          reason: 'no-previous',
          hint: 'Deploy the image you want instead.',
        },
      );
    }
    const stuck = (previousDeployment.spec?.replicas ?? 1) > 0 && stuckReason(previousDeployment);
    if (stuck) {
      throw new UserError(`Refusing to roll back ${app} onto ${previous}: ${stuck}`, {
        reason: 'previous-stuck',
        hint: `Resume or repair ${name} (kubectl rollout resume / rollout status), or deploy a known-good image instead.`,
      });
    }
    Object.assign(report, { image: previousImage, previousColor: active });
    const foreign = foreignSelectorWarning(app, live.spec?.selector);
    if (foreign) log.warn(foreign);

    if (!isWarm(previousDeployment)) {
      const activeDeployment = await kube.getDeployment(namespace, deploymentName(app, active));
      const replicas = options.replicas ?? Math.max(1, activeDeployment?.spec?.replicas ?? 1);
      await phases.run(`Scale ${name} up to ${replicas} (it was cold)`, () =>
        scaleTo(kube, namespace, name, replicas),
      );
      await readyThroughPreview(
        kube,
        {
          namespace,
          app,
          color: previous,
          image: previousImage,
          ports: live.spec?.ports ?? [],
          readyTimeoutMs: options.readyTimeoutMs,
          pollMs: options.pollMs ?? READY_POLL_MS,
        },
        phases,
        ports,
        () => ({ ...report, activeColor: active }),
      );
    } else log.info(`${name} is warm: rolling back is one patch.`);

    const flipped = await phases.run(`Switch ${app} back to ${previous}`, () =>
      flip(
        kube,
        {
          namespace,
          app,
          to: previous,
          from: active,
          image: previousImage,
          runUrl: run.url,
          by: 'rollback',
          selectorNow: live.spec?.selector,
        },
        clock,
      ),
    );
    Object.assign(report, {
      activeColor: previous,
      switchedAt: flipped.at,
      switchMs: flipped.ms,
      rollbackMs: clock.now() - started,
    });
    log.info(
      `Traffic is on ${previous} (${previousImage}); rollback took ${report.rollbackMs} ms.`,
    );
    hold = { color: active, image: state.images[active] };
    return { ...report };
  } catch (error) {
    if (error instanceof KubeApiError) {
      const color = readState(live.metadata?.annotations).previous ?? 'blue';
      throw await apiFailure(kube, error, report, { namespace, app, color });
    }
    throw error;
  } finally {
    await releaseLease(kube, leaseTarget, log);
    await keepWarm(
      kube,
      phases,
      hold,
      { namespace, app, run, windowMs: options.rollbackWindowMs },
      ports,
    );
  }
}
