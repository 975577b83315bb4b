import { isReady, isTerminal } from './pod-status.js';
import { matchesLabels } from './selectors.js';
import type { Store } from './store.js';

/**
 * The EndpointSlice controller: one slice per Service listing the pods its selector picks that
 * have an IP and are not terminal (ShouldPodBeInEndpoints: an evicted pod keeps its IP but is
 * never an endpoint).
 */
export function reconcileEndpointSlices(store: Store): void {
  for (const svc of store.list('services')) {
    const { name, namespace } = svc.metadata;
    const spec = svc.spec as {
      selector?: Record<string, string>;
      ports?: { name?: string; port: number; targetPort?: number | string; protocol?: string }[];
    };
    const endpoints = store
      .list('pods', namespace)
      .filter((p) => matchesLabels(spec.selector, p.metadata.labels))
      .filter((p) => (p.status as { podIP?: string }).podIP && !isTerminal(p))
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
      .map((p) => {
        const ready = isReady(p) && !p.metadata.deletionTimestamp;
        return {
          addresses: [(p.status as { podIP: string }).podIP],
          conditions: {
            ready,
            serving: isReady(p),
            terminating: Boolean(p.metadata.deletionTimestamp),
          },
          targetRef: { kind: 'Pod', name: p.metadata.name, namespace, uid: p.metadata.uid },
        };
      });
    const sliceName = `${name}-fk8s`;
    const existing = store.get('endpointslices', namespace, sliceName);
    const body = {
      addressType: 'IPv4',
      endpoints,
      ports: (spec.ports ?? []).map((p) => ({
        name: p.name ?? '',
        port: typeof p.targetPort === 'number' ? p.targetPort : p.port,
        protocol: p.protocol ?? 'TCP',
      })),
    };
    const current = existing && {
      addressType: existing.addressType,
      endpoints: existing.endpoints,
      ports: existing.ports,
    };
    if (current && JSON.stringify(current) === JSON.stringify(body)) continue;
    store.put('endpointslices', {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        ...(existing?.metadata ?? { uid: '', resourceVersion: '' }),
        name: sliceName,
        namespace,
        labels: {
          'kubernetes.io/service-name': name,
          'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        },
      },
      ...body,
    });
  }
  for (const slice of store.list('endpointslices')) {
    const svc = slice.metadata.labels?.['kubernetes.io/service-name'] ?? '';
    if (!store.get('services', slice.metadata.namespace, svc)) {
      store.delete('endpointslices', slice.metadata.namespace, slice.metadata.name);
    }
  }
}
