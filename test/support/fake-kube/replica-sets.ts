import { randomBytes } from 'node:crypto';
import { isReady, isTerminal } from './pod-status.js';
import type { KObject, Store } from './store.js';

export const REVISION = 'deployment.kubernetes.io/revision';
const HASH = 'pod-template-hash';

interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec?: { containers?: { name: string; image: string }[] };
}

interface DeploymentSpec {
  replicas?: number;
  selector?: { matchLabels?: Record<string, string> };
  template?: { metadata?: { labels?: Record<string, string> }; spec?: unknown };
}

const controllerUid = (o: KObject): string | undefined =>
  o.metadata.ownerReferences?.find((r) => r.controller)?.uid;

const revisionOf = (rs: KObject): number => Number(rs.metadata.annotations?.[REVISION] ?? 0) || 0;

/** The ReplicaSets a Deployment controls (ownerReference with controller: true and its uid). */
export function ownedReplicaSets(store: Store, d: KObject): KObject[] {
  return store
    .list('replicasets', d.metadata.namespace)
    .filter((rs) => controllerUid(rs) === d.metadata.uid);
}

function putIfChanged(store: Store, before: KObject | undefined, next: KObject): KObject {
  if (before && JSON.stringify(before) === JSON.stringify(next)) return before;
  const specChanged = before && JSON.stringify(before.spec) !== JSON.stringify(next.spec);
  const generation = (before?.metadata.generation ?? 0) + (!before || specChanged ? 1 : 0);
  return store.put('replicasets', { ...next, metadata: { ...next.metadata, generation } });
}

/**
 * The Deployment controller's getNewReplicaSet and scaling, for a rollout that replaces pods at
 * once: the ReplicaSet of the current template is `<deployment>-<pod-template-hash>` (label and
 * selector `pod-template-hash`, controlled by the Deployment). A template change creates a new
 * one with revision max+1; an older one whose template comes back is reused and gets max+1.
 * The others are scaled to zero. Returns the new ReplicaSet and its revision.
 */
export function syncNewReplicaSet(
  store: Store,
  d: KObject,
  hash: string,
  replicas: number,
): { rs: KObject; revision: number } {
  const { name, namespace, uid } = d.metadata;
  const spec = d.spec as DeploymentSpec;
  const rsName = `${name}-${hash}`;
  const owned = ownedReplicaSets(store, d);
  const existing = owned.find((rs) => rs.metadata.name === rsName);
  const others = owned.filter((rs) => rs.metadata.name !== rsName);
  const maxOther = Math.max(0, ...others.map(revisionOf));
  const revision =
    existing && revisionOf(existing) > maxOther ? revisionOf(existing) : maxOther + 1;
  const labels = { ...(spec.template?.metadata?.labels ?? {}), [HASH]: hash };
  const rs = putIfChanged(store, existing, {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: rsName,
      namespace,
      uid: existing?.metadata.uid ?? '',
      resourceVersion: existing?.metadata.resourceVersion ?? '',
      generation: existing?.metadata.generation,
      creationTimestamp: existing?.metadata.creationTimestamp,
      labels,
      annotations: {
        'deployment.kubernetes.io/desired-replicas': String(spec.replicas ?? 1),
        'deployment.kubernetes.io/max-replicas': String(spec.replicas ?? 1),
        [REVISION]: String(revision),
      },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name,
          uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      replicas,
      selector: { matchLabels: { ...(spec.selector?.matchLabels ?? {}), [HASH]: hash } },
      template: {
        ...structuredClone(spec.template ?? {}),
        metadata: { ...(spec.template?.metadata ?? {}), labels },
      },
    },
    status: existing?.status ?? { replicas: 0 },
  });
  for (const old of others) {
    if ((old.spec as { replicas?: number }).replicas !== 0) {
      putIfChanged(store, old, { ...old, spec: { ...(old.spec as object), replicas: 0 } });
    }
  }
  return { rs, revision };
}

/** The ReplicaSet controller's status: its active pods (owned by uid), ready and available. */
export function syncReplicaSetStatuses(store: Store): void {
  for (const rs of store.list('replicasets')) {
    const pods = store
      .list('pods', rs.metadata.namespace)
      .filter((p) => controllerUid(p) === rs.metadata.uid)
      .filter((p) => !isTerminal(p) && !p.metadata.deletionTimestamp);
    const ready = pods.filter((p) => isReady(p)).length;
    const status = {
      replicas: pods.length,
      fullyLabeledReplicas: pods.length,
      ...(ready ? { readyReplicas: ready, availableReplicas: ready } : {}),
      observedGeneration: rs.metadata.generation ?? 1,
    };
    if (JSON.stringify(rs.status) !== JSON.stringify(status)) {
      store.put('replicasets', { ...rs, status });
    }
  }
}

/** The garbage collector: ReplicaSets whose controlling Deployment is gone are deleted. */
export function collectOrphanReplicaSets(store: Store): void {
  const uids = new Set(store.list('deployments').map((d) => d.metadata.uid));
  for (const rs of store.list('replicasets')) {
    const owner = controllerUid(rs);
    if (owner && !uids.has(owner)) {
      store.delete('replicasets', rs.metadata.namespace, rs.metadata.name);
    }
  }
}

/**
 * The pod the ReplicaSet controller creates from its template (`<replicaset>-<5 chars>`,
 * controlled by the ReplicaSet), after a mutating admission webhook may have rewritten the
 * container images. `image` is the template's (the app served), `podImage` the admitted one.
 */
export function podFromTemplate(
  rs: KObject,
  webhook: ((image: string) => string) | undefined,
): { pod: KObject; image: string; podImage: string } {
  const template = (rs.spec as { template?: PodTemplate }).template ?? {};
  const spec = structuredClone(template.spec ?? {});
  const image = spec.containers?.[0]?.image ?? 'unknown';
  if (webhook) spec.containers?.forEach((c) => (c.image = webhook(c.image)));
  const pod: KObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${rs.metadata.name}-${randomBytes(3).toString('hex').slice(0, 5)}`,
      namespace: rs.metadata.namespace,
      uid: '',
      resourceVersion: '',
      labels: { ...(template.metadata?.labels ?? {}) },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: rs.metadata.name,
          uid: rs.metadata.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec,
    status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'True' }] },
  };
  return { pod, image, podImage: spec.containers?.[0]?.image ?? image };
}
