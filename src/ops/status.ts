import type { CoreV1Event, V1Deployment, V1Pod } from '@kubernetes/client-node';
import type { ClusterReader } from './cluster.js';
import { readRolloutRecord, type RolloutRecord } from './rollout-record.js';

export const COLORS = ['blue', 'green'] as const;
export type Color = (typeof COLORS)[number];

export interface PodStatus {
  name: string;
  color: Color;
  phase: string;
  ready: boolean;
  restarts: number;
  /** Why a container is not running (CrashLoopBackOff, ImagePullBackOff, …). */
  reason?: string;
  ip?: string;
  startedAt?: string;
}

export interface ColorStatus {
  color: Color;
  deployment: string;
  exists: boolean;
  role: 'live' | 'previous' | 'idle';
  image?: string;
  digest?: string;
  desired: number;
  ready: number;
  available: number;
  updated: number;
  /** The rollout marked this color failed (it served a release that failed verification). */
  failed?: { digest?: string; at?: string; reason?: string };
  pods: PodStatus[];
}

export interface WarningEvent {
  at?: string;
  object: string;
  reason?: string;
  message?: string;
  count: number;
}

export interface AppStatus {
  schemaVersion: 1;
  app: string;
  namespace: string;
  service: { name: string; exists: boolean; selectorColor?: string };
  liveColor?: Color;
  previousColor?: Color;
  liveImage?: string;
  switchedAt?: string;
  runUrl?: string;
  /** A rollout that holds the app right now (run id and since when). */
  lease?: { holder: string; since?: string };
  colors: ColorStatus[];
  warnings: WarningEvent[];
  /** Plain-language findings, worst first; empty when all is well. */
  problems: string[];
  healthy: boolean;
}

export interface StatusRequest {
  namespace: string;
  app: string;
  /** How many warning events to keep (most recent first). */
  maxEvents?: number;
}

function digestOf(image: string | undefined): string | undefined {
  const at = image?.indexOf('@sha256:') ?? -1;
  return image && at >= 0 ? image.slice(at + 1) : undefined;
}

function podStatus(pod: V1Pod, color: Color): PodStatus {
  const statuses = pod.status?.containerStatuses ?? [];
  const waiting = statuses.find((c) => c.state?.waiting?.reason)?.state?.waiting?.reason;
  const terminated = statuses.find((c) => c.state?.terminated?.reason)?.state?.terminated?.reason;
  const ready =
    pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
  const started = pod.status?.startTime as unknown;
  return {
    name: pod.metadata?.name ?? '',
    color,
    phase: pod.status?.phase ?? 'Unknown',
    ready,
    restarts: statuses.reduce((n, c) => n + (c.restartCount ?? 0), 0),
    reason: waiting ?? terminated,
    ip: pod.status?.podIP,
    startedAt: started instanceof Date ? started.toISOString() : (started as string | undefined),
  };
}

function selectorOf(deployment: V1Deployment): string | undefined {
  const labels = deployment.spec?.selector?.matchLabels;
  if (!labels || !Object.keys(labels).length) return undefined;
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

function eventTime(e: CoreV1Event): string | undefined {
  const t = (e.lastTimestamp ??
    e.eventTime ??
    e.firstTimestamp ??
    e.metadata?.creationTimestamp) as Date | string | undefined;
  return t instanceof Date ? t.toISOString() : t;
}

/** Names that belong to the app: its Services, Deployments, their ReplicaSets and Pods. */
export function belongsToApp(name: string, app: string): boolean {
  return name === app || name.startsWith(`${app}-`);
}

async function colorStatus(
  reader: ClusterReader,
  namespace: string,
  app: string,
  color: Color,
  deployments: V1Deployment[],
  record: RolloutRecord,
): Promise<ColorStatus> {
  const name = `${app}-${color}`;
  const d = deployments.find((x) => x.metadata?.name === name);
  const role = record.active === color ? 'live' : record.previous === color ? 'previous' : 'idle';
  const failed = record.failed[color];
  if (!d) {
    return {
      color,
      deployment: name,
      exists: false,
      role,
      desired: 0,
      ready: 0,
      available: 0,
      updated: 0,
      failed,
      pods: [],
    };
  }
  const selector = selectorOf(d);
  const pods = selector ? await reader.listPods(namespace, selector) : [];
  const image = d.spec?.template?.spec?.containers?.[0]?.image;
  return {
    color,
    deployment: name,
    exists: true,
    role,
    image,
    digest: digestOf(image),
    desired: d.spec?.replicas ?? 1,
    ready: d.status?.readyReplicas ?? 0,
    available: d.status?.availableReplicas ?? 0,
    updated: d.status?.updatedReplicas ?? 0,
    failed,
    pods: pods.map((p) => podStatus(p, color)).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export function recentWarnings(events: CoreV1Event[], app: string, max: number): WarningEvent[] {
  return events
    .filter((e) => e.type === 'Warning' && belongsToApp(e.involvedObject?.name ?? '', app))
    .map((e) => ({
      at: eventTime(e),
      object: `${e.involvedObject?.kind ?? 'Object'}/${e.involvedObject?.name ?? '?'}`,
      reason: e.reason,
      message: e.message,
      count: e.count ?? 1,
    }))
    .sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''))
    .slice(0, max);
}

/** What a person on call would want pointed out first. */
export function findProblems(status: Omit<AppStatus, 'problems' | 'healthy'>): string[] {
  const problems: string[] = [];
  if (!status.service.exists) {
    problems.push(
      `Service ${status.service.name} does not exist: the app has not been deployed (bootstrap with the first rollout).`,
    );
    return problems;
  }
  if (!status.liveColor) problems.push(`Service ${status.service.name} records no live color.`);
  for (const c of status.colors) {
    if (c.role === 'live' && !c.exists)
      problems.push(`live color ${c.color} has no Deployment ${c.deployment}.`);
    if (c.role === 'live' && c.exists && c.ready < c.desired) {
      problems.push(`live color ${c.color} has ${c.ready}/${c.desired} pods ready.`);
    }
    if (c.role === 'live' && c.failed) problems.push(`live color ${c.color} is marked failed.`);
    for (const p of c.pods.filter((x) => x.reason || x.restarts > 0)) {
      problems.push(
        `pod ${p.name} (${c.color}): ${p.reason ?? 'restarted'}, ${p.restarts} restarts.`,
      );
    }
  }
  const previous = status.colors.find((c) => c.role === 'previous');
  if (status.liveColor && (!previous || previous.failed || !previous.exists)) {
    problems.push('no known-good previous color: a rollback has nothing to flip back to.');
  }
  if (
    status.service.selectorColor &&
    status.liveColor &&
    status.service.selectorColor !== status.liveColor
  ) {
    problems.push(
      `Service selector points at ${status.service.selectorColor} but the record says ${status.liveColor} is live.`,
    );
  }
  return problems;
}

/** Read everything `gantry status` / `diagnose` show, in parallel where the API allows. */
export async function collectStatus(
  reader: ClusterReader,
  request: StatusRequest,
): Promise<AppStatus> {
  const { namespace, app } = request;
  const [service, deployments, events] = await Promise.all([
    reader.getService(namespace, app),
    reader.listDeployments(namespace),
    reader.listEvents(namespace),
  ]);
  const record = readRolloutRecord(service);
  const colors = await Promise.all(
    COLORS.map((c) => colorStatus(reader, namespace, app, c, deployments, record)),
  );
  const live = colors.find((c) => c.role === 'live');
  const base = {
    schemaVersion: 1 as const,
    app,
    namespace,
    service: { name: app, exists: Boolean(service), selectorColor: record.selectorColor },
    liveColor: record.active,
    previousColor: record.previous,
    liveImage: record.image ?? live?.image,
    switchedAt: record.switchedAt,
    runUrl: record.runUrl,
    lease: record.lease,
    colors,
    warnings: recentWarnings(events, app, request.maxEvents ?? 10),
  };
  const problems = findProblems(base);
  return { ...base, problems, healthy: problems.length === 0 };
}
