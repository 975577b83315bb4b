import { colorSelector, deploymentName, exactSelector, foreignKeys } from './colors.js';
import { RolloutFailure } from './failure.js';
import { KubeApiError, type Kube } from './kube.js';
import { describePods } from './diagnostics.js';
import { ANNOTATION, switchAnnotations, type SwitchKind } from './state.js';
import type { Clock, Color, RolloutReport } from './types.js';

export interface FlipInput {
  namespace: string;
  app: string;
  to: Color;
  from?: Color;
  /** The image `to` runs (recorded as gantry.dev/image-<to>). */
  image: string;
  runUrl?: string;
  by: SwitchKind;
  /** Mark a color failed with this digest in the same patch (the automatic revert). */
  failed?: { color: Color; image: string };
  /** Clear `to`'s failed mark (a new digest went live on it). */
  clearFailed?: boolean;
  /** The live Service's selector as read under the lease: keys other than app/color go. */
  selectorNow?: Record<string, string>;
}

/** The warning for a live Service whose selector has keys Gantry will remove, if it has any. */
export function foreignSelectorWarning(
  service: string,
  selector: Record<string, string> | undefined,
): string | undefined {
  const foreign = foreignKeys(selector, { app: '', color: '' });
  if (!foreign.length) return undefined;
  return (
    `Service ${service} selects on ${foreign.map((k) => `${k}=${selector?.[k]}`).join(', ')} as well: ` +
    `the switch removes ${foreign.length > 1 ? 'those keys' : 'that key'}, so the Service selects exactly app and color (the pods Gantry checked).`
  );
}

/**
 * Moves traffic: ONE merge patch of the live Service that sets its selector to exactly the
 * color's (foreign keys removed) and records the state annotations together, so traffic and
 * state never disagree.
 */
export async function flip(
  kube: Kube,
  input: FlipInput,
  clock: Clock,
): Promise<{ at: string; ms: number }> {
  const started = clock.now();
  const at = new Date(started).toISOString();
  const annotations: Record<string, string | null> = switchAnnotations({
    active: input.to,
    previous: input.from,
    image: input.image,
    at,
    runUrl: input.runUrl,
    by: input.by,
    failed: input.failed,
  });
  if (input.clearFailed) annotations[ANNOTATION.failed(input.to)] = null;
  await kube.patchService(input.namespace, input.app, {
    metadata: { annotations },
    spec: { selector: exactSelector(input.selectorNow, colorSelector(input.app, input.to)) },
  });
  return { at, ms: clock.now() - started };
}

/** An API error mid-rollout, with the pods of the color involved, as a RolloutFailure. */
export async function apiFailure(
  kube: Kube,
  error: KubeApiError,
  report: RolloutReport,
  target: { namespace: string; app: string; color: Color },
): Promise<RolloutFailure> {
  const diagnostics = await describePods(
    kube,
    target.namespace,
    deploymentName(target.app, target.color),
    colorSelector(target.app, target.color),
  ).catch(() => []);
  return new RolloutFailure(
    error.message,
    { ...report, outcome: 'failed', diagnostics },
    { cause: error },
  );
}
