import type { Kube, V1Deployment, V1Pod } from './kube.js';
import type { Clock } from './types.js';

export interface ReadyTarget {
  namespace: string;
  deployment: string;
  /** The Service whose endpoints must be exactly the new pods (the preview). */
  service: string;
  selector: Record<string, string>;
  image: string;
}

export interface Readiness {
  ready: boolean;
  /** Why not (yet): the last unmet condition. */
  waiting: string;
}

const podReady = (pod: V1Pod): boolean =>
  pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

/** One look at the gate: Deployment status, the pods running the image, the Service endpoints. */
export async function checkReady(kube: Kube, target: ReadyTarget): Promise<Readiness> {
  const d = await kube.getDeployment(target.namespace, target.deployment);
  if (!d) return { ready: false, waiting: `Deployment ${target.deployment} does not exist` };
  const want = d.spec?.replicas ?? 1;
  const s = d.status ?? {};
  if ((s.observedGeneration ?? 0) < (d.metadata?.generation ?? 1)) {
    return {
      ready: false,
      waiting: `observedGeneration ${s.observedGeneration ?? 0} < generation ${d.metadata?.generation ?? 1}`,
    };
  }
  if (want === 0) return { ready: false, waiting: 'the Deployment is scaled to zero' };
  const counts = {
    updated: s.updatedReplicas ?? 0,
    available: s.availableReplicas ?? 0,
    ready: s.readyReplicas ?? 0,
    total: s.replicas ?? 0,
  };
  if (counts.updated !== want || counts.available !== want || counts.total !== want) {
    return {
      ready: false,
      waiting: `${counts.available}/${want} available, ${counts.updated}/${want} updated, ${counts.total} total`,
    };
  }
  const pods = (await kube.listPods(target.namespace, target.selector)).filter(
    (p) => !p.metadata?.deletionTimestamp,
  );
  const current = pods.filter(
    (p) => p.spec?.containers?.some((c) => c.name === 'app' && c.image === target.image) ?? false,
  );
  if (current.length !== want || pods.length !== want || !current.every(podReady)) {
    return {
      ready: false,
      waiting: `${current.filter(podReady).length}/${want} pods with the new image ready (${pods.length} pods)`,
    };
  }
  const podIps = new Set(current.map((p) => p.status?.podIP ?? ''));
  const slices = await kube.listEndpointSlices(target.namespace, target.service);
  const endpointIps = new Set(
    slices.flatMap((sl) =>
      (sl.endpoints ?? []).filter((e) => e.conditions?.ready !== false).flatMap((e) => e.addresses),
    ),
  );
  const same = endpointIps.size === podIps.size && [...podIps].every((ip) => endpointIps.has(ip));
  if (!same) {
    return {
      ready: false,
      waiting: `Service ${target.service} endpoints [${[...endpointIps].join(', ')}] are not the new pods [${[...podIps].join(', ')}]`,
    };
  }
  return { ready: true, waiting: '' };
}

/** Polls the gate until it holds or the timeout passes; never a fixed sleep. */
export async function waitReady(
  kube: Kube,
  target: ReadyTarget,
  options: { timeoutMs: number; pollMs: number; clock: Clock; onProgress?: (w: string) => void },
): Promise<Readiness> {
  const deadline = options.clock.now() + options.timeoutMs;
  let last = '';
  for (;;) {
    const state = await checkReady(kube, target);
    if (state.ready) return state;
    if (state.waiting !== last) options.onProgress?.(state.waiting);
    last = state.waiting;
    if (options.clock.now() >= deadline) return state;
    await options.clock.sleep(
      Math.min(options.pollMs, Math.max(1, deadline - options.clock.now())),
    );
  }
}

function conditionLines(d: V1Deployment | undefined): string[] {
  return (d?.status?.conditions ?? [])
    .filter((c) => c.status !== 'True')
    .map((c) =>
      `Deployment ${d?.metadata?.name}: ${c.type}=${c.status} ${c.reason ?? ''} ${c.message ?? ''}`.trim(),
    );
}

/** The pods' conditions, container states and events (warnings first): why a color is not ready. */
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
    const bad = (pod.status?.conditions ?? []).filter((c) => c.status !== 'True');
    const containers = (pod.status?.containerStatuses ?? []).map((c) => {
      const waiting = c.state?.waiting;
      return `${c.name} ready=${c.ready} restarts=${c.restartCount}${waiting ? ` waiting=${waiting.reason ?? ''}` : ''}`;
    });
    lines.push(
      `Pod ${name}: phase=${pod.status?.phase ?? '?'}; ${containers.join('; ')}${bad.length ? `; ${bad.map((c) => `${c.type}=False${c.reason ? ` (${c.reason})` : ''}`).join(', ')}` : ''}`,
    );
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
