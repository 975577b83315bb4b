import { colorSelector, deploymentName, pointPreview, previewName, scaleTo } from './colors.js';
import { RolloutFailure } from './failure.js';
import type { Kube, V1ServicePort } from './kube.js';
import type { Phases } from './phases.js';
import { describePods } from './diagnostics.js';
import { checkReady, waitReady, type Readiness } from './readiness.js';
import type { Clock, Color, Outcome, RolloutPorts, RolloutReport } from './types.js';

export interface ReadyInput {
  namespace: string;
  app: string;
  color: Color;
  image: string;
  ports: V1ServicePort[];
  readyTimeoutMs: number;
  pollMs: number;
}

/** One look at `color` through the live Service: is `image` already serving (a rerun)? */
export function checkLive(
  kube: Kube,
  input: { namespace: string; app: string; color: Color; image: string },
): Promise<Readiness> {
  return checkReady(kube, {
    namespace: input.namespace,
    deployment: deploymentName(input.app, input.color),
    service: input.app,
    selector: colorSelector(input.app, input.color),
    image: input.image,
  });
}

/**
 * Stops a color that must not take traffic: scale it to zero (live untouched), gather the pods'
 * conditions and events, and fail with them.
 */
export async function abortColor(
  kube: Kube,
  input: { namespace: string; app: string; color: Color },
  outcome: Outcome,
  message: string,
  report: Omit<RolloutReport, 'outcome' | 'diagnostics'>,
  ports: Pick<RolloutPorts, 'log'>,
): Promise<never> {
  const name = deploymentName(input.app, input.color);
  const diagnostics = await describePods(
    kube,
    input.namespace,
    name,
    colorSelector(input.app, input.color),
  );
  try {
    await scaleTo(kube, input.namespace, name, 0);
    ports.log.info(`Scaled ${name} to zero; the live color was not touched.`);
  } catch (error) {
    diagnostics.push(`could not scale ${name} to zero: ${(error as Error).message}`);
  }
  diagnostics.forEach((line) => ports.log.info(line));
  throw new RolloutFailure(message, { ...report, outcome, diagnostics });
}

/**
 * Points the preview at the color and waits for the full readiness gate; aborts when the timeout
 * passes or as soon as waiting cannot help (progress deadline exceeded, scaled to zero).
 */
export async function readyThroughPreview(
  kube: Kube,
  input: ReadyInput,
  phases: Phases,
  ports: Pick<RolloutPorts, 'log'> & { clock: Clock },
  report: () => Omit<RolloutReport, 'outcome' | 'diagnostics'>,
): Promise<void> {
  const name = deploymentName(input.app, input.color);
  const state = await phases.run(
    `Wait until ${name} is ready behind ${previewName(input.app)}`,
    async () => {
      await pointPreview(kube, input.namespace, input.app, input.color, input.ports);
      return waitReady(
        kube,
        {
          namespace: input.namespace,
          deployment: name,
          service: previewName(input.app),
          selector: colorSelector(input.app, input.color),
          image: input.image,
        },
        {
          timeoutMs: input.readyTimeoutMs,
          pollMs: input.pollMs,
          clock: ports.clock,
          onProgress: (w) => ports.log.info(`waiting: ${w}`),
        },
      );
    },
  );
  if (!state.ready) {
    await abortColor(
      kube,
      input,
      'aborted-not-ready',
      state.stuck ??
        `${name} did not become ready within ${input.readyTimeoutMs} ms (${state.waiting}).`,
      report(),
      ports,
    );
  }
}
