import { isReady, isTerminal } from './pod-status.js';
import { matchesLabels } from './selectors.js';
import type { KObject, Store } from './store.js';

type Family = 'IPv4' | 'IPv6';

interface ServiceSpec {
  selector?: Record<string, string>;
  ipFamilies?: Family[];
  ports?: { name?: string; port: number; targetPort?: number | string; protocol?: string }[];
}

const familyOf = (ip: string): Family => (ip.includes(':') ? 'IPv6' : 'IPv4');

/** The pod's address of one family (`status.podIPs`, else the primary `status.podIP`). */
function podIpOf(pod: KObject, family: Family): string | undefined {
  const status = pod.status as { podIP?: string; podIPs?: { ip: string }[] };
  const ips = status.podIPs?.map((p) => p.ip) ?? (status.podIP ? [status.podIP] : []);
  return ips.find((ip) => familyOf(ip) === family);
}

/** IPv4 keeps the historical name so tests can find it; each family has its own slice. */
const sliceName = (service: string, family: Family): string =>
  family === 'IPv4' ? `${service}-fk8s` : `${service}-fk8s-v6`;

/**
 * The EndpointSlice controller: per Service, one slice per IP family of the Service
 * (`spec.ipFamilies`, `addressType` IPv4 or IPv6), listing the pods its selector picks that have
 * an address of that family and are not terminal (ShouldPodBeInEndpoints: an evicted pod keeps
 * its IP but is never an endpoint).
 */
export function reconcileEndpointSlices(store: Store): void {
  for (const svc of store.list('services')) {
    const { namespace } = svc.metadata;
    const spec = svc.spec as ServiceSpec;
    const pods = store
      .list('pods', namespace)
      .filter((p) => matchesLabels(spec.selector, p.metadata.labels))
      .filter((p) => !isTerminal(p))
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    for (const family of spec.ipFamilies ?? ['IPv4']) {
      putSlice(store, svc, family, {
        addressType: family,
        endpoints: pods.flatMap((p) => {
          const ip = podIpOf(p, family);
          if (!ip) return [];
          return [
            {
              addresses: [ip],
              conditions: {
                ready: isReady(p) && !p.metadata.deletionTimestamp,
                serving: isReady(p),
                terminating: Boolean(p.metadata.deletionTimestamp),
              },
              targetRef: { kind: 'Pod', name: p.metadata.name, namespace, uid: p.metadata.uid },
            },
          ];
        }),
        ports: (spec.ports ?? []).map((p) => ({
          name: p.name ?? '',
          port: typeof p.targetPort === 'number' ? p.targetPort : p.port,
          protocol: p.protocol ?? 'TCP',
        })),
      });
    }
  }
  for (const slice of store.list('endpointslices')) {
    const svc = store.get(
      'services',
      slice.metadata.namespace,
      slice.metadata.labels?.['kubernetes.io/service-name'] ?? '',
    );
    const families = (svc?.spec as ServiceSpec | undefined)?.ipFamilies ?? ['IPv4'];
    if (!svc || !families.includes(slice.addressType as Family)) {
      store.delete('endpointslices', slice.metadata.namespace, slice.metadata.name);
    }
  }
}

function putSlice(store: Store, svc: KObject, family: Family, body: Record<string, unknown>): void {
  const { name, namespace } = svc.metadata;
  const existing = store.get('endpointslices', namespace, sliceName(name, family));
  const current = existing && {
    addressType: existing.addressType,
    endpoints: existing.endpoints,
    ports: existing.ports,
  };
  if (current && JSON.stringify(current) === JSON.stringify(body)) return;
  store.put('endpointslices', {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      ...(existing?.metadata ?? { uid: '', resourceVersion: '' }),
      name: sliceName(name, family),
      namespace,
      labels: {
        'kubernetes.io/service-name': name,
        'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
      },
    },
    ...body,
  });
}
