import {
  CoreV1Api,
  DiscoveryV1Api,
  type CoreV1Event,
  type KubeConfig,
  type V1ConfigMap,
  type V1EndpointSlice,
  type V1Secret,
  type V1Service,
} from '@kubernetes/client-node';
import { createKube, KubeApiError, type Kube } from '../rollout/kube.js';
import { UserError } from '../shared/errors.js';

/** What status and diagnose read through: the rollout's own Kubernetes port (reads only). */
export type StatusKube = Kube;

/**
 * The read-only port of logs and support bundles: the rollout's port plus namespace-wide lists
 * and pod logs. Lists return `undefined` when the cluster does not serve that resource (404 on
 * the collection), so a bundle can say "not available" instead of failing.
 */
export interface ClusterReader extends Kube {
  listServices(namespace: string): Promise<V1Service[]>;
  listNamespaceEvents(namespace: string): Promise<CoreV1Event[]>;
  listAllEndpointSlices(namespace: string): Promise<V1EndpointSlice[] | undefined>;
  listConfigMaps(namespace: string): Promise<V1ConfigMap[] | undefined>;
  listSecrets(namespace: string): Promise<V1Secret[] | undefined>;
  podLog(
    namespace: string,
    pod: string,
    options: { container?: string; tailLines?: number },
  ): Promise<string>;
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

/** Turn an API failure into one line that says what we were reading and what the server said. */
export function apiError(what: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  if (error instanceof KubeApiError) {
    const hint =
      error.status === 401 || error.status === 403
        ? 'Check that the kubeconfig user may read this resource in the namespace.'
        : error.status === 0
          ? 'Check the kubeconfig (KUBECONFIG or --kubeconfig) and that the API server is reachable.'
          : undefined;
    return new UserError(error.message, { reason: 'kube-api', hint, cause: error });
  }
  const code = statusOf(error);
  let detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  const body = (error as { body?: unknown }).body;
  if (typeof body === 'string') {
    try {
      detail = (JSON.parse(body) as { message?: string }).message ?? detail;
    } catch {
      detail = body.slice(0, 200) || detail;
    }
  }
  const hint =
    code === 401 || code === 403
      ? 'Check that the kubeconfig user may get/list this resource in the namespace.'
      : !code
        ? 'Check the kubeconfig (KUBECONFIG or --kubeconfig) and that the API server is reachable.'
        : undefined;
  return new UserError(`${what}: ${code ? `HTTP ${code}: ` : ''}${detail}`, {
    reason: 'kube-api',
    hint,
    cause: error,
  });
}

async function orMissing<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw apiError(what, error);
  }
}

async function must<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw apiError(what, error);
  }
}

export function createClusterReader(kc: KubeConfig): ClusterReader {
  const kube = createKube(kc);
  const core = kc.makeApiClient(CoreV1Api);
  const discovery = kc.makeApiClient(DiscoveryV1Api);
  return {
    ...kube,
    listServices: async (namespace) =>
      (
        await must(`listing Services in ${namespace}`, () =>
          core.listNamespacedService({ namespace }),
        )
      ).items,
    listNamespaceEvents: async (namespace) =>
      (await must(`listing Events in ${namespace}`, () => core.listNamespacedEvent({ namespace })))
        .items,
    listAllEndpointSlices: async (namespace) =>
      (
        await orMissing(`listing EndpointSlices in ${namespace}`, () =>
          discovery.listNamespacedEndpointSlice({ namespace }),
        )
      )?.items,
    listConfigMaps: async (namespace) =>
      (
        await orMissing(`listing ConfigMaps in ${namespace}`, () =>
          core.listNamespacedConfigMap({ namespace }),
        )
      )?.items,
    listSecrets: async (namespace) =>
      (
        await orMissing(`listing Secrets in ${namespace}`, () =>
          core.listNamespacedSecret({ namespace }),
        )
      )?.items,
    podLog: (namespace, name, options) =>
      must(`reading the log of Pod ${namespace}/${name}`, () =>
        core.readNamespacedPodLog({ namespace, name, ...options }),
      ),
  };
}
