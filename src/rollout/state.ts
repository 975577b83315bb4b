import { COLORS, type Color } from './types.js';

/** Annotation keys on the live Service: the rollout's whole memory. */
export const ANNOTATION = {
  active: 'gantry.dev/active',
  previous: 'gantry.dev/previous',
  image: (color: Color) => `gantry.dev/image-${color}`,
  failed: (color: Color) => `gantry.dev/failed-${color}`,
  switchedAt: 'gantry.dev/switched-at',
  runUrl: 'gantry.dev/run-url',
  /** What made the last switch: deploy, revert (automatic) or rollback. */
  switchedBy: 'gantry.dev/switched-by',
  lease: 'gantry.dev/lease',
} as const;

export type SwitchKind = 'deploy' | 'revert' | 'rollback';
const asSwitchKind = (value: string | undefined): SwitchKind | undefined =>
  value === 'deploy' || value === 'revert' || value === 'rollback' ? value : undefined;

export interface Lease {
  runId: string;
  expiresAt: string;
}

export interface AppState {
  active?: Color;
  previous?: Color;
  images: Partial<Record<Color, string>>;
  /** Digest (image) a color was marked failed with. */
  failed: Partial<Record<Color, string>>;
  switchedAt?: string;
  runUrl?: string;
  switchedBy?: SwitchKind;
  lease?: Lease;
}

const asColor = (value: string | undefined): Color | undefined =>
  value === 'blue' || value === 'green' ? value : undefined;

function parseLease(value: string | undefined): Lease | undefined {
  if (!value) return undefined;
  try {
    const lease = JSON.parse(value) as Partial<Lease>;
    if (typeof lease.runId === 'string' && typeof lease.expiresAt === 'string') {
      return { runId: lease.runId, expiresAt: lease.expiresAt };
    }
  } catch {
    // A hand-edited, unreadable lease is treated as absent.
  }
  return undefined;
}

export function readState(annotations: Record<string, string> | undefined): AppState {
  const a = annotations ?? {};
  const images: AppState['images'] = {};
  const failed: AppState['failed'] = {};
  for (const color of COLORS) {
    const image = a[ANNOTATION.image(color)];
    if (image) images[color] = image;
    const mark = a[ANNOTATION.failed(color)];
    if (mark) failed[color] = mark;
  }
  return {
    active: asColor(a[ANNOTATION.active]),
    previous: asColor(a[ANNOTATION.previous]),
    images,
    failed,
    switchedAt: a[ANNOTATION.switchedAt],
    runUrl: a[ANNOTATION.runUrl],
    switchedBy: asSwitchKind(a[ANNOTATION.switchedBy]),
    lease: parseLease(a[ANNOTATION.lease]),
  };
}

/** A color is failed when it was marked failed with the image it still runs. */
export function isFailed(state: AppState, color: Color): boolean {
  return state.failed[color] !== undefined && state.failed[color] === state.images[color];
}

export function leaseValue(lease: Lease): string {
  return JSON.stringify(lease);
}

/** The live lease held by another run, if any (an expired lease is nobody's). */
export function foreignLease(state: AppState, runId: string, now: number): Lease | undefined {
  const lease = state.lease;
  if (!lease || lease.runId === runId) return undefined;
  return Date.parse(lease.expiresAt) > now ? lease : undefined;
}

/** Annotations for a switch to `active` (merge-patch values; null removes). */
export function switchAnnotations(input: {
  active: Color;
  previous?: Color;
  image: string;
  at: string;
  runUrl?: string;
  by?: SwitchKind;
  failed?: { color: Color; image: string };
}): Record<string, string | null> {
  return {
    [ANNOTATION.active]: input.active,
    [ANNOTATION.previous]: input.previous ?? null,
    [ANNOTATION.image(input.active)]: input.image,
    [ANNOTATION.switchedAt]: input.at,
    [ANNOTATION.runUrl]: input.runUrl ?? null,
    [ANNOTATION.switchedBy]: input.by ?? null,
    ...(input.failed ? { [ANNOTATION.failed(input.failed.color)]: input.failed.image } : {}),
  };
}
