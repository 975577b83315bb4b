import { conflict, existing, HttpError, parseJson } from './api-errors.js';
import { applyPatch, type Json } from './patch.js';
import type { Store } from './store.js';

/** The Deployment /scale subresource (autoscaling/v1 Scale): GET, PUT and PATCH. */
export function scaleSubresource(
  store: Store,
  method: string,
  namespace: string,
  name: string,
  body: string,
  contentType: string,
): [number, unknown] {
  const d = existing(store, 'deployments', namespace, name);
  const spec = d.spec as {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> };
  };
  const scale = {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name,
      namespace,
      uid: d.metadata.uid,
      resourceVersion: d.metadata.resourceVersion,
    },
    spec: { replicas: spec.replicas ?? 1 },
    status: {
      replicas: (d.status as { replicas?: number } | undefined)?.replicas ?? 0,
      selector: Object.entries(spec.selector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    },
  };
  if (method === 'GET') return [200, scale];
  const next = (method === 'PUT'
    ? parseJson<Json>(body)
    : applyPatch(
        contentType,
        scale as unknown as Json,
        parseJson<Json>(body),
      )) as unknown as typeof scale;
  const wanted = next.metadata?.resourceVersion;
  if (wanted && wanted !== d.metadata.resourceVersion) throw conflict('deployments', name);
  const replicas = next.spec?.replicas;
  if (!Number.isInteger(replicas) || replicas < 0) {
    throw new HttpError(
      422,
      'Invalid',
      `Scale.autoscaling "${name}" is invalid: spec.replicas: must be greater than or equal to 0`,
    );
  }
  if (replicas === spec.replicas) return [200, scale];
  const updated = store.put('deployments', {
    ...d,
    metadata: { ...d.metadata, generation: (d.metadata.generation ?? 1) + 1 },
    spec: { ...spec, replicas },
  });
  return [
    200,
    {
      ...scale,
      metadata: { ...scale.metadata, resourceVersion: updated.metadata.resourceVersion },
      spec: { replicas },
    },
  ];
}
