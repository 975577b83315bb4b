import { UserError } from '../shared/errors.js';
import { loadKubeConfig } from '../rollout/kube.js';
import { createClusterReader, type ClusterReader } from './cluster.js';

/** Options every cluster-reading command shares (parseArgs shape). */
export const TARGET_OPTIONS = {
  namespace: { type: 'string', short: 'n' },
  app: { type: 'string' },
  kubeconfig: { type: 'string' },
} as const;

export const TARGET_HELP = `  -n, --namespace <ns>  namespace of the app (required)
  --app <name>          app name: Service <app>, Deployments <app>-blue / <app>-green (required)
  --kubeconfig <file>   kubeconfig file (default: KUBECONFIG, then ~/.kube/config)`;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export interface Target {
  namespace: string;
  app: string;
  kubeconfig?: string;
}

/** Validate before any API call: both names must be DNS labels, as Kubernetes requires. */
export function parseTarget(values: {
  namespace?: string;
  app?: string;
  kubeconfig?: string;
}): Target {
  for (const [flag, value] of [
    ['--namespace', values.namespace],
    ['--app', values.app],
  ] as const) {
    if (!value) throw new UserError(`${flag} is required.`, { hint: 'See --help.' });
    if (!DNS_LABEL.test(value)) {
      throw new UserError(`${flag} '${value}' is not a valid Kubernetes name.`, {
        hint: 'Use lower-case letters, digits and dashes (at most 63 characters).',
      });
    }
  }
  return {
    namespace: values.namespace ?? '',
    app: values.app ?? '',
    kubeconfig: values.kubeconfig,
  };
}

export function readerFor(target: Target, env: NodeJS.ProcessEnv): ClusterReader {
  return createClusterReader(loadKubeConfig({ path: target.kubeconfig ?? env.KUBECONFIG }));
}
