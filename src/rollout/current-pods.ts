import type { V1Deployment, V1Pod, V1ReplicaSet } from './kube.js';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const POD_TEMPLATE_HASH = 'pod-template-hash';

const revisionOf = (rs: V1ReplicaSet): number =>
  Number(rs.metadata?.annotations?.[REVISION_ANNOTATION] ?? 0) || 0;

const controllerUid = (meta: { ownerReferences?: { uid: string; controller?: boolean }[] }) =>
  meta.ownerReferences?.find((o) => o.controller)?.uid;

/** The image the Deployment's template runs in container `app` (what Gantry wrote). */
export const templateImage = (d: V1Deployment | undefined): string | undefined =>
  d?.spec?.template?.spec?.containers?.find((c) => c.name === 'app')?.image;

/**
 * The Deployment's newest ReplicaSet, as the Deployment controller finds it: among the
 * ReplicaSets it controls (ownerReference with controller: true and its uid), the one with the
 * highest `deployment.kubernetes.io/revision`.
 */
export function newestReplicaSet(
  d: V1Deployment,
  replicaSets: V1ReplicaSet[],
): V1ReplicaSet | undefined {
  const uid = d.metadata?.uid;
  return replicaSets
    .filter((rs) => uid !== undefined && controllerUid(rs.metadata ?? {}) === uid)
    .reduce<V1ReplicaSet | undefined>(
      (best, rs) => (!best || revisionOf(rs) > revisionOf(best) ? rs : best),
      undefined,
    );
}

/**
 * The pods of the newest ReplicaSet: controlled by it (ownerReference uid) or, for pods whose
 * owner is not recorded, carrying its `pod-template-hash`. The image in a pod's spec is not
 * compared: admission webhooks and registry mirrors rewrite it.
 */
export function podsOf(rs: V1ReplicaSet | undefined, pods: V1Pod[]): V1Pod[] {
  if (!rs) return [];
  const hash = rs.metadata?.labels?.[POD_TEMPLATE_HASH];
  return pods.filter((p) => {
    const owner = controllerUid(p.metadata ?? {});
    if (owner !== undefined) return owner === rs.metadata?.uid;
    return hash !== undefined && p.metadata?.labels?.[POD_TEMPLATE_HASH] === hash;
  });
}
