import type { V1EndpointSlice, V1Pod } from './kube.js';

export type AddressFamily = 'IPv4' | 'IPv6';

const familyOf = (ip: string): AddressFamily => (ip.includes(':') ? 'IPv6' : 'IPv4');

/**
 * A pod's addresses (`status.podIPs`, one per family on a dual-stack cluster; `status.podIP`,
 * the primary one, when podIPs is missing).
 */
export function podAddresses(pod: V1Pod): string[] {
  const ips = (pod.status?.podIPs ?? []).map((p) => p.ip).filter(Boolean);
  if (ips.length) return ips;
  return pod.status?.podIP ? [pod.status.podIP] : [];
}

/**
 * Why the Service's ready endpoints are not exactly `pods`, if so. Each EndpointSlice holds one
 * address family (`addressType`): a dual-stack Service has an IPv4 and an IPv6 slice, so each
 * family is compared with the pods' addresses of that family. Without any slice, the pods'
 * primary family must be served.
 */
export function endpointMismatch(
  service: string,
  slices: V1EndpointSlice[],
  pods: V1Pod[],
): string | undefined {
  const families = new Set(
    slices
      .map((s) => s.addressType)
      .filter((t): t is AddressFamily => t === 'IPv4' || t === 'IPv6'),
  );
  if (!families.size) families.add(familyOf(pods[0]?.status?.podIP ?? ''));
  const dual = families.size > 1;
  for (const family of [...families].sort()) {
    const endpointIps = new Set(
      slices
        .filter((s) => s.addressType === family)
        .flatMap((s) => s.endpoints ?? [])
        .filter((e) => e.conditions?.ready !== false)
        .flatMap((e) => e.addresses),
    );
    const podIps = pods.map((p) => podAddresses(p).find((ip) => familyOf(ip) === family) ?? '');
    const same =
      endpointIps.size === podIps.length && podIps.every((ip) => ip && endpointIps.has(ip));
    if (!same) {
      const what = dual ? `${family} endpoints` : 'endpoints';
      return `Service ${service} ${what} [${[...endpointIps].join(', ')}] are not the new pods [${podIps.filter(Boolean).join(', ')}]`;
    }
  }
  return undefined;
}
