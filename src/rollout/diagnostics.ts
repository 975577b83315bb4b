import type { Kube, V1Deployment, V1Pod } from './kube.js';

/** Progressing reasons of a rollout going normally; any other one is worth showing. */
const NORMAL_PROGRESS = new Set([
  'NewReplicaSetCreated',
  'FoundNewReplicaSet',
  'ReplicaSetUpdated',
  'NewReplicaSetAvailable',
]);

/**
 * The Deployment conditions a user needs to see: every condition that is not True, plus
 * ReplicaFailure (True is the bad state: pods cannot be created — quota, admission) and
 * Progressing with an abnormal reason, whatever their status.
 */
export function conditionLines(d: V1Deployment | undefined): string[] {
  return (d?.status?.conditions ?? [])
    .filter(
      (c) =>
        c.status !== 'True' ||
        c.type === 'ReplicaFailure' ||
        (c.type === 'Progressing' && !NORMAL_PROGRESS.has(c.reason ?? '')),
    )
    .map(
      (c) =>
        `Deployment ${d?.metadata?.name}: ${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}` +
        `${c.message ? `: ${c.message.trim()}` : ''}`,
    );
}

/** One line per pod: phase (and why, e.g. Evicted), containers, conditions that are not True. */
export function podLine(pod: V1Pod): string {
  const s = pod.status;
  const why = s?.reason ? ` (${s.reason}${s.message ? `: ${s.message.trim()}` : ''})` : '';
  const parts = [`Pod ${pod.metadata?.name ?? '?'}: phase=${s?.phase ?? '?'}${why}`];
  for (const c of s?.containerStatuses ?? []) {
    const waiting = c.state?.waiting;
    const terminated = c.state?.terminated;
    parts.push(
      `${c.name} ready=${c.ready} restarts=${c.restartCount}` +
        (waiting ? ` waiting=${waiting.reason ?? ''}` : '') +
        (terminated ? ` terminated=${terminated.reason ?? terminated.exitCode}` : ''),
    );
  }
  const bad = (s?.conditions ?? []).filter((c) => c.status !== 'True');
  if (bad.length) {
    parts.push(
      bad.map((c) => `${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}`).join(', '),
    );
  }
  return parts.join('; ');
}

/** The Deployment's conditions, the pods' states and events (warnings first): why a color is not ready. */
export async function describePods(
  kube: Kube,
  namespace: string,
  deployment: string,
  selector: Record<string, string>,
): Promise<string[]> {
  const lines: string[] = [];
  const d = await kube.getDeployment(namespace, deployment).catch(() => undefined);
  lines.push(...conditionLines(d));
  const pods = await kube.listPods(namespace, selector).catch(() => []);
  if (!pods.length)
    lines.push(
      `no pods match ${Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')}`,
    );
  for (const pod of pods.slice(0, 10)) {
    const name = pod.metadata?.name ?? '?';
    lines.push(podLine(pod));
    const events = await kube.listEvents(namespace, { name, kind: 'Pod' }).catch(() => []);
    events
      .sort((a, b) => (a.type === b.type ? 0 : a.type === 'Warning' ? -1 : 1))
      .slice(0, 8)
      .forEach((e) =>
        lines.push(
          `  event ${e.type ?? ''} ${e.reason ?? ''}${(e.count ?? 1) > 1 ? ` (x${e.count})` : ''}: ${e.message ?? ''}`,
        ),
      );
  }
  return lines;
}
