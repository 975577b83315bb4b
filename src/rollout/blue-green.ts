import { applyColor, deploymentName, previewName, serviceUrl } from './colors.js';
import { checkRollbackWindow, keepWarm } from './hold.js';
import { checkImage } from './image-ref.js';
import { KubeApiError, type V1Service } from './kube.js';
import { acquireLease, releaseLease } from './lease.js';
import { loadTemplates, renderColor } from './manifests.js';
import { Phases } from './phases.js';
import { abortColor, checkLive, readyThroughPreview } from './prepare.js';
import { smokeTest, verifyLive } from './probe.js';
import { READY_POLL_MS } from './readiness.js';
import { ANNOTATION, readState } from './state.js';
import { apiFailure, flip, foreignSelectorWarning } from './switch.js';
import { otherColor, type DeployOptions, type RolloutPorts, type RolloutReport } from './types.js';

/**
 * Blue-green deploy of one image:
 *  1. check inputs and render the manifests (before any change)
 *  2. discover the live color from the Service and take the lease (bootstrap: create it)
 *  3. apply the idle color's Deployment with the image
 *  4. wait until it is ready behind the preview Service
 *  5. smoke-test it through the preview
 *  6. switch the live Service's selector (one patch, annotations included)
 *  7. verify through the live Service; failure reverts with one patch
 *  8. release the lease, keep the previous color warm for the rollback window, scale it to zero
 */
export async function deploy(
  options: DeployOptions & { minRollbackWindowMs: number },
  ports: RolloutPorts,
): Promise<RolloutReport> {
  const { kube, log, clock } = ports;
  const { namespace, app, image, run } = options;
  // 1. Inputs, before any side effect.
  checkImage(image, options.allowMutableTag);
  checkRollbackWindow(options.rollbackWindowMs, options.minRollbackWindowMs);
  const templates = await loadTemplates(options.manifests, options.healthPath, ports);
  const render = (color: 'blue' | 'green', replicas: number) =>
    renderColor(templates, { app, namespace, color, image, replicas });
  const blueprint = render('blue', options.replicas ?? 1);
  const svcPort = blueprint.service.spec?.ports?.[0]?.port ?? 80;
  const url = (template: string | undefined, service: string) =>
    serviceUrl(template, { service, namespace, port: svcPort, app });
  const pollMs = options.pollMs ?? READY_POLL_MS;

  const phases = new Phases(log, clock);
  const report: RolloutReport = {
    outcome: 'deployed',
    changed: true,
    image,
    phases: phases.records,
    diagnostics: [],
  };
  const leaseTarget = {
    namespace,
    service: app,
    run,
    ttlMs:
      options.readyTimeoutMs +
      options.verifyWindowMs +
      (options.smoke.retries + 1) * options.smoke.timeoutMs +
      120_000,
  };

  // 2. Discover + lease.
  const live = await phases.run('Discover the live color and take the lease', () =>
    acquireLease(kube, leaseTarget, clock, () => blueprint.service as V1Service),
  );
  let hold: { color: 'blue' | 'green'; image?: string } | undefined;
  try {
    const state = readState(live.metadata?.annotations);
    const active = state.active;
    report.activeColor = active;
    report.previousColor = state.previous;
    report.switchedAt = state.switchedAt;
    log.info(
      active
        ? `Live color: ${active} (${state.images[active] ?? 'unknown image'})`
        : 'No live color: this is a bootstrap.',
    );
    const foreign = foreignSelectorWarning(app, live.spec?.selector);
    if (foreign) log.warn(foreign);

    if (active && state.images[active] === image) {
      const ready = await checkLive(kube, { namespace, app, color: active, image });
      if (ready.ready) {
        log.info(`${image} is already live on ${active}: nothing to do.`);
        return { ...report, changed: false };
      }
      log.warn(
        `${image} is recorded live on ${active} but ${ready.waiting}; deploying it to the idle color.`,
      );
    }

    const target = active ? otherColor(active) : 'blue';
    const liveDeployment = active
      ? await kube.getDeployment(namespace, deploymentName(app, active))
      : undefined;
    const replicas =
      options.replicas ??
      Math.max(1, liveDeployment?.spec?.replicas ?? blueprint.deployment.spec?.replicas ?? 1);
    const rendered = render(target, replicas);
    const servicePorts = live.spec?.ports ?? blueprint.service.spec?.ports ?? [];
    const base = () => ({ ...report });

    // 3. Apply the idle color. It replaces the previous color, so that is no rollback target now.
    if (state.previous === target) {
      log.info(
        `${deploymentName(app, target)} (${state.images[target] ?? '?'}) is replaced: no rollback to it after this.`,
      );
      await kube.patchService(namespace, app, {
        metadata: { annotations: { [ANNOTATION.previous]: null } },
      });
      report.previousColor = undefined;
    }
    //    Apply.
    await phases.run(`Apply ${deploymentName(app, target)} (${replicas} replicas)`, () =>
      applyColor(kube, namespace, rendered.deployment),
    );

    // 4. Readiness gate behind the preview.
    await readyThroughPreview(
      kube,
      {
        namespace,
        app,
        color: target,
        image,
        ports: servicePorts,
        readyTimeoutMs: options.readyTimeoutMs,
        pollMs,
      },
      phases,
      ports,
      base,
    );

    // 5. Smoke test through the preview.
    const previewUrl = url(options.previewUrl, previewName(app));
    const smoke = await phases.run(`Smoke-test ${target} through ${previewName(app)}`, () =>
      smokeTest(previewUrl, { ...options.smoke }, ports),
    );
    log.info(smoke.detail);
    if (!smoke.ok) {
      await abortColor(
        kube,
        { namespace, app, color: target },
        'aborted-smoke',
        `Smoke test of ${target} failed: ${smoke.detail}`,
        base(),
        ports,
      );
    }

    // 6. Switch: one patch of the live Service.
    const switched = await phases.run(`Switch ${app} to ${target}`, () =>
      flip(
        kube,
        {
          namespace,
          app,
          to: target,
          from: active,
          image,
          runUrl: run.url,
          by: 'deploy',
          clearFailed: true,
          selectorNow: live.spec?.selector,
        },
        clock,
      ),
    );
    Object.assign(report, {
      switchMs: switched.ms,
      switchedAt: switched.at,
      activeColor: target,
      previousColor: active,
    });
    if (!active) return { ...report, outcome: 'bootstrapped' };

    // 7. Verify through the live Service.
    const liveUrl = url(options.liveUrl, app) + options.healthPath;
    const verdict = await phases.run(`Verify ${app} for ${options.verifyWindowMs} ms`, () =>
      verifyLive(
        liveUrl,
        {
          windowMs: options.verifyWindowMs,
          intervalMs: options.pollMs ?? 250,
          timeoutMs: options.smoke.timeoutMs,
        },
        clock,
      ),
    );
    log.info(verdict.detail);
    if (!verdict.ok) {
      const reverted = await phases.run(`Revert ${app} to ${active}`, () =>
        flip(
          kube,
          {
            namespace,
            app,
            to: active,
            from: target,
            image: state.images[active] ?? '',
            runUrl: run.url,
            by: 'revert',
            failed: { color: target, image },
            selectorNow: live.spec?.selector,
          },
          clock,
        ),
      );
      Object.assign(report, {
        rollbackMs: reverted.ms,
        switchedAt: reverted.at,
        activeColor: active,
        previousColor: target,
      });
      log.error(
        `Verification failed after the switch; traffic is back on ${active} (${report.rollbackMs} ms). ${target} is marked failed.`,
      );
      await abortColor(
        kube,
        { namespace, app, color: target },
        'reverted-after-switch',
        `Verification of ${target} failed after the switch (${verdict.detail}); reverted to ${active} in ${report.rollbackMs} ms.`,
        { ...report },
        ports,
      );
    }
    hold = { color: active, image: state.images[active] };
    return { ...report, outcome: 'deployed' };
  } catch (error) {
    if (error instanceof KubeApiError) {
      const color = report.activeColor ? otherColor(report.activeColor) : 'blue';
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
