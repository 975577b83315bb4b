import {
  AppsV1Api,
  CoreV1Api,
  DiscoveryV1Api,
  type KubeConfig,
  type CoreV1Event,
  type V1ConfigMap,
  type V1Deployment,
  type V1Pod,
  type V1Secret,
  type V1Service,
  type V1EndpointSlice,
} from '@kubernetes/client-node';
import { UserError } from '../shared/errors.js';

/**
 * The read-only slice of the Kubernetes API that status, diagnose, logs and support-bundle need.
 * Lists return `undefined` when the cluster does not serve that resource (404 on the collection),
 * so a bundle can say "not available" instead of failing.
 */
export interface ClusterReader {
  getService(namespace: string, name: string): Promise<V1Service | undefined>;
  listServices(namespace: string): Promise<V1Service[]>;
  listDeployments(namespace: string): Promise<V1Deployment[]>;
  listPods(namespace: string, labelSelector?: string): Promise<V1Pod[]>;
  listEvents(namespace: string): Promise<CoreV1Event[]>;
  listEndpointSlices(namespace: string): Promise<V1EndpointSlice[] | undefined>;
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
  const code = statusOf(error);
  const body = (error as { body?: unknown }).body;
  let detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
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
      : code === undefined
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
  const core = kc.makeApiClient(CoreV1Api);
  const apps = kc.makeApiClient(AppsV1Api);
  const discovery = kc.makeApiClient(DiscoveryV1Api);
  return {
    getService: (namespace, name) =>
      orMissing(`reading Service ${namespace}/${name}`, () =>
        core.readNamespacedService({ namespace, name }),
      ),
    listServices: async (namespace) =>
      (
        await must(`listing Services in ${namespace}`, () =>
          core.listNamespacedService({ namespace }),
        )
      ).items,
    listDeployments: async (namespace) =>
      (
        await must(`listing Deployments in ${namespace}`, () =>
          apps.listNamespacedDeployment({ namespace }),
        )
      ).items,
    listPods: async (namespace, labelSelector) =>
      (
        await must(`listing Pods in ${namespace}`, () =>
          core.listNamespacedPod({ namespace, labelSelector }),
        )
      ).items,
    listEvents: async (namespace) =>
      (await must(`listing Events in ${namespace}`, () => core.listNamespacedEvent({ namespace })))
        .items,
    listEndpointSlices: async (namespace) =>
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
