import { HttpError } from './api-errors.js';

type Family = 'IPv4' | 'IPv6';

interface ServiceSpec {
  type?: string;
  ipFamilyPolicy?: string;
  ipFamilies?: Family[];
  clusterIP?: string;
  clusterIPs?: string[];
}

const octet = (): number => Math.floor(Math.random() * 250);

/**
 * The API server's Service IP allocation: `ipFamilyPolicy` defaults to SingleStack; on a
 * dual-stack cluster PreferDualStack and RequireDualStack get `ipFamilies: [IPv4, IPv6]` and a
 * cluster IP of each family (`clusterIPs`); on a single-stack cluster PreferDualStack gets IPv4
 * only and RequireDualStack is refused. Addresses already allocated are kept on update.
 */
export function allocateServiceIps(
  name: string,
  spec: ServiceSpec,
  previous: ServiceSpec | undefined,
  dualStack: boolean,
): ServiceSpec {
  const policy = spec.ipFamilyPolicy ?? 'SingleStack';
  if (policy === 'RequireDualStack' && !dualStack) {
    throw new HttpError(
      422,
      'Invalid',
      `Service "${name}" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services`,
      { name, kind: 'Service' },
    );
  }
  const families: Family[] = policy !== 'SingleStack' && dualStack ? ['IPv4', 'IPv6'] : ['IPv4'];
  const v4 = previous?.clusterIP ?? `10.96.${octet()}.${octet()}`;
  const v6 = previous?.clusterIPs?.[1] ?? `fd00:10:96::${octet().toString(16)}`;
  return {
    type: 'ClusterIP',
    ...spec,
    ipFamilyPolicy: policy,
    ipFamilies: families,
    clusterIP: v4,
    clusterIPs: families.length > 1 ? [v4, v6] : [v4],
  };
}
