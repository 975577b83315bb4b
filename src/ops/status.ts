import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { colorSelector, deploymentName } from '../rollout/colors.js';
import { readStatus, type ColorStatus } from '../rollout/status.js';
import type { Color } from '../rollout/types.js';
import { apiError, type StatusKube } from './cluster.js';

export interface PodStatus {
  name: string;
  color: Color;
  phase: string;
  ready: boolean;
  restarts: number;
  /** Why a container is not running (CrashLoopBackOff, ImagePullBackOff, …). */
  reason?: string;
  ip?: string;
  /** Container names (logs are per container). */
  containers: string[];
}

/** The rollout's view of a color, plus its digest and pods. */
export interface DiagnosedColor extends ColorStatus {
  /** Digest of the image the Deployment runs (sha256:…), when it runs one by digest. */
  digest?: string;
  pods: PodStatus[];
}

export interface WarningEvent {
  at?: string;
  object: string;
  reason?: string;
  message?: string;
  count: number;
}

/** What `gantry status` / `diagnose` print; `--json` prints exactly this (schemaVersion 1). */
export interface Diagnosis {
  schemaVersion: 1;
  namespace: string;
  app: string;
  /** False when the app's Service does not exist (never deployed). */
  deployed: boolean;
  active?: Color;
  previous?: Color;
  /** The image the active color serves (name@sha256:…). */
  image?: string;
  switchedAt?: string;
  /** What made the last switch: a deploy, an automatic revert, or a rollback. */
  switchedBy?: 'deploy' | 'revert' | 'rollback';
  runUrl?: string;
  /** A rollout holding the app right now (shown, not a problem: deploys are normal). */
  lease?: { runId: string; expiresAt: string };
  /** The color the Service's selector points at (traffic follows this, not the record). */
  selectorColor?: string;
  colors: DiagnosedColor[];
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

export function digestOf(image: string | undefined): string | undefined {
  const at = image?.indexOf('@sha256:') ?? -1;
  return image && at >= 0 ? image.slice(at + 1) : undefined;
}

function podStatus(pod: V1Pod, color: Color): PodStatus {
  const statuses = pod.status?.containerStatuses ?? [];
  const waiting = statuses.find((c) => c.state?.waiting?.reason)?.state?.waiting?.reason;
  const terminated = statuses.find((c) => c.state?.terminated?.reason)?.state?.terminated?.reason;
  return {
    name: pod.metadata?.name ?? '',
    color,
    phase: pod.metadata?.deletionTimestamp ? 'Terminating' : (pod.status?.phase ?? 'Unknown'),
    ready: pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false,
    restarts: statuses.reduce((n, c) => n + (c.restartCount ?? 0), 0),
    reason: waiting ?? terminated,
    ip: pod.status?.podIP,
    containers: (pod.spec?.containers ?? []).map((c) => c.name),
  };
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

export function recentWarnings(events: CoreV1Event[], max: number): WarningEvent[] {
  const seen = new Set<string>();
  return events
    .filter((e) => e.type === 'Warning')
    .filter((e) => {
      const key = e.metadata?.uid || `${e.metadata?.name}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
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
export function findProblems(d: Omit<Diagnosis, 'problems' | 'healthy'>): string[] {
  if (!d.deployed) {
    return [
      `Service ${d.app} does not exist: the app was never deployed (the first rollout bootstraps it).`,
    ];
  }
  const problems: string[] = [];
  if (!d.active) problems.push(`Service ${d.app} records no active color.`);
  if (d.selectorColor && d.active && d.selectorColor !== d.active) {
    problems.push(
      `the Service selector points at ${d.selectorColor} but the record says ${d.active} is active.`,
    );
  }
  for (const c of d.colors) {
    if (c.role === 'active' && !c.exists)
      problems.push(`active color ${c.color} has no Deployment.`);
    if (c.role === 'active' && c.exists && c.ready < c.desired) {
      problems.push(`active color ${c.color} has ${c.ready}/${c.desired} pods ready.`);
    }
    if (c.role === 'active' && c.failed) problems.push(`active color ${c.color} is marked failed.`);
    for (const p of c.pods.filter((x) => x.reason || x.restarts > 0)) {
      problems.push(
        `pod ${p.name} (${c.color}): ${p.reason ?? 'restarted'}, ${p.restarts} restarts.`,
      );
    }
  }
  const previous = d.colors.find((c) => c.role === 'previous');
  if (d.active && (!previous || previous.failed || !previous.exists)) {
    problems.push('no known-good previous color: a rollback has nothing to flip back to.');
  }
  return problems;
}

/**
 * Status through the rollout's own reader (so both agree on colors, roles and failed marks),
 * then each color's pods and the warning events of the Service, Deployments and pods.
 */
export async function collectStatus(kube: StatusKube, request: StatusRequest): Promise<Diagnosis> {
  const { namespace, app } = request;
  try {
    // 1. The rollout's record and the Deployments, read by the rollout's own reader.
    const base = await readStatus(kube, namespace, app);
    // 2. Each color's pods.
    const colors = await Promise.all(
      base.colors.map(async (c): Promise<DiagnosedColor> => {
        const pods = c.exists ? await kube.listPods(namespace, colorSelector(app, c.color)) : [];
        return {
          ...c,
          digest: digestOf(c.deployedImage ?? c.image),
          pods: pods.map((p) => podStatus(p, c.color)).sort((a, b) => a.name.localeCompare(b.name)),
        };
      }),
    );
    // 3. Warning events of the Service, the Deployments and the pods.
    const objects = [
      { name: app, kind: 'Service' },
      ...colors
        .filter((c) => c.exists)
        .map((c) => ({ name: deploymentName(app, c.color), kind: 'Deployment' })),
      ...colors.flatMap((c) => c.pods.map((p) => ({ name: p.name, kind: 'Pod' }))),
    ];
    const maxEvents = request.maxEvents ?? 10;
    const events =
      maxEvents > 0 && base.deployed
        ? (await Promise.all(objects.map((o) => kube.listEvents(namespace, o)))).flat()
        : [];
    // 4. Findings.
    const active = colors.find((c) => c.color === base.active);
    const diagnosis = {
      schemaVersion: 1 as const,
      namespace,
      app,
      deployed: base.deployed,
      active: base.active,
      previous: base.previous,
      image: active?.image ?? active?.deployedImage,
      switchedAt: base.switchedAt,
      switchedBy: base.switchedBy,
      runUrl: base.runUrl,
      lease: base.lease && Date.parse(base.lease.expiresAt) > Date.now() ? base.lease : undefined,
      selectorColor: base.selectorColor,
      colors,
      warnings: recentWarnings(events, maxEvents),
    };
    const problems = findProblems(diagnosis);
    return { ...diagnosis, problems, healthy: problems.length === 0 };
  } catch (error) {
    throw apiError(`reading the status of ${namespace}/${app}`, error);
  }
}
