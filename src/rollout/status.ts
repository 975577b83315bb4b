import { deploymentName } from './colors.js';
import type { Kube } from './kube.js';
import { isFailed, readState, type Lease, type SwitchKind } from './state.js';
import { COLORS, type Color } from './types.js';

export interface ColorStatus {
  color: Color;
  role: 'active' | 'previous' | 'idle';
  /** The digest recorded on the Service for this color. */
  image?: string;
  /** The image the Deployment actually runs (container `app`). */
  deployedImage?: string;
  exists: boolean;
  desired: number;
  ready: number;
  available: number;
  /** The digest this color was marked failed with, if it still runs it. */
  failed?: string;
}

export interface AppStatus {
  namespace: string;
  app: string;
  deployed: boolean;
  active?: Color;
  previous?: Color;
  switchedAt?: string;
  runUrl?: string;
  /** What made the last switch: deploy, revert (automatic) or rollback. */
  switchedBy?: SwitchKind;
  lease?: Lease;
  /** The live Service's selector color (should equal `active`). */
  selectorColor?: string;
  colors: ColorStatus[];
}

/** The app's blue-green state as recorded on the Service, and what the Deployments report. */
export async function readStatus(kube: Kube, namespace: string, app: string): Promise<AppStatus> {
  const svc = await kube.getService(namespace, app);
  const state = readState(svc?.metadata?.annotations);
  const colors = await Promise.all(
    COLORS.map(async (color): Promise<ColorStatus> => {
      const d = await kube.getDeployment(namespace, deploymentName(app, color));
      return {
        color,
        role: state.active === color ? 'active' : state.previous === color ? 'previous' : 'idle',
        image: state.images[color],
        deployedImage: d?.spec?.template?.spec?.containers?.find((c) => c.name === 'app')?.image,
        exists: Boolean(d),
        desired: d?.spec?.replicas ?? 0,
        ready: d?.status?.readyReplicas ?? 0,
        available: d?.status?.availableReplicas ?? 0,
        failed: isFailed(state, color) ? state.failed[color] : undefined,
      };
    }),
  );
  return {
    namespace,
    app,
    deployed: Boolean(svc),
    active: state.active,
    previous: state.previous,
    switchedAt: state.switchedAt,
    runUrl: state.runUrl,
    switchedBy: state.switchedBy,
    lease: state.lease,
    selectorColor: svc?.spec?.selector?.color,
    colors,
  };
}

/** A human table of the status (the CLI's default output). */
export function formatStatus(status: AppStatus): string {
  if (!status.deployed) return `${status.namespace}/${status.app}: not deployed (no Service).`;
  const lines = [
    `${status.namespace}/${status.app}: active ${status.active ?? 'none'}, previous ${status.previous ?? 'none'}` +
      (status.switchedAt ? `, switched at ${status.switchedAt}` : ''),
  ];
  if (status.runUrl || status.switchedBy) {
    lines.push(
      `last switch: ${status.switchedBy ?? 'unknown'}${status.runUrl ? ` by ${status.runUrl}` : ''}`,
    );
  }
  if (status.lease)
    lines.push(`lease held by run ${status.lease.runId} until ${status.lease.expiresAt}`);
  lines.push('COLOR  ROLE      READY  IMAGE');
  for (const c of status.colors) {
    const ready = c.exists ? `${c.ready}/${c.desired}` : '-';
    lines.push(
      `${c.color.padEnd(6)} ${c.role.padEnd(9)} ${ready.padEnd(6)} ${c.image ?? c.deployedImage ?? '-'}${c.failed ? '  FAILED' : ''}`,
    );
  }
  return lines.join('\n');
}
