import type { V1Service } from '@kubernetes/client-node';
import { readState, isFailed } from '../rollout/state.js';
import { COLORS, type Color } from '../rollout/types.js';

/** What the rollout recorded on the live Service, in the shape status needs. */
export interface RolloutRecord {
  active?: Color;
  previous?: Color;
  /** The image (name@digest) the active color was switched to. */
  image?: string;
  images: Partial<Record<Color, string>>;
  switchedAt?: string;
  runUrl?: string;
  /** The color the Service's selector points at right now (the truth traffic follows). */
  selectorColor?: string;
  lease?: { holder: string; since?: string; expiresAt?: string };
  /** Colors marked failed with the image they still run (a later fixed image clears it). */
  failed: Partial<Record<Color, { digest?: string }>>;
}

/** Read the rollout's annotations through the rollout's own parser, so both agree. */
export function readRolloutRecord(service: V1Service | undefined): RolloutRecord {
  const state = readState(service?.metadata?.annotations);
  const failed: RolloutRecord['failed'] = {};
  for (const color of COLORS) {
    if (isFailed(state, color)) {
      const image = state.failed[color] ?? '';
      const at = image.indexOf('@');
      failed[color] = { digest: at >= 0 ? image.slice(at + 1) : image };
    }
  }
  const now = Date.now();
  const lease =
    state.lease && Date.parse(state.lease.expiresAt) > now
      ? { holder: state.lease.runId, expiresAt: state.lease.expiresAt }
      : undefined;
  return {
    active: state.active,
    previous: state.previous,
    image: state.active ? state.images[state.active] : undefined,
    images: state.images,
    switchedAt: state.switchedAt,
    runUrl: state.runUrl,
    selectorColor: service?.spec?.selector?.color,
    lease,
    failed,
  };
}
