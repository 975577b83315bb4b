import {
  AppsV1Api,
  CoreV1Api,
  DiscoveryV1Api,
  KubeConfig,
  Observable,
  PatchStrategy,
  setHeaderOptions,
  type ConfigurationOptions,
  type CoreV1Event,
  type RequestContext,
  type ResponseContext,
  type V1Deployment,
  type V1EndpointSlice,
  type V1Pod,
  type V1ReplicaSet,
  type V1Service,
  type V1ServicePort,
} from '@kubernetes/client-node';
import { UserError } from '../shared/errors.js';
import { callApi as call, isNotFound, type KubeTarget } from './kube-errors.js';

export {
  isConflict,
  isNotFound,
  isTransient,
  KubeApiError,
  retryAfterMs,
  type KubeTarget,
} from './kube-errors.js';

export type {
  CoreV1Event,
  V1Deployment,
  V1EndpointSlice,
  V1Pod,
  V1ReplicaSet,
  V1Service,
  V1ServicePort,
};

/** How long a single API request may take before it is abandoned (an answer is ~10–100 ms). */
export const REQUEST_TIMEOUT_MS = 30_000;

/** A JSON merge patch (RFC 7386): objects merge, `null` deletes a key. */
export type MergePatch = Record<string, unknown>;

/**
 * The Kubernetes port: the few calls the rollout (and status/diagnose) need. Reads of a missing
 * object return undefined; every other failure is a KubeApiError naming verb and object.
 * Writes that carry `metadata.resourceVersion` are conditional (409 when stale).
 */
export interface Kube {
  getDeployment(namespace: string, name: string): Promise<V1Deployment | undefined>;
  listDeployments(namespace: string, labels: Record<string, string>): Promise<V1Deployment[]>;
  createDeployment(namespace: string, body: V1Deployment): Promise<V1Deployment>;
  replaceDeployment(namespace: string, name: string, body: V1Deployment): Promise<V1Deployment>;
  patchDeployment(namespace: string, name: string, patch: MergePatch): Promise<V1Deployment>;
  /** ReplicaSets by label (the Deployment controller's, owned through ownerReferences). */
  listReplicaSets(namespace: string, labels: Record<string, string>): Promise<V1ReplicaSet[]>;
  getService(namespace: string, name: string): Promise<V1Service | undefined>;
  createService(namespace: string, body: V1Service): Promise<V1Service>;
  patchService(namespace: string, name: string, patch: MergePatch): Promise<V1Service>;
  /** EndpointSlices of a Service (label `kubernetes.io/service-name`). */
  listEndpointSlices(namespace: string, service: string): Promise<V1EndpointSlice[]>;
  listPods(namespace: string, labels: Record<string, string>): Promise<V1Pod[]>;
  /** Events whose involvedObject is the named object (optionally of one kind). */
  listEvents(namespace: string, object: { name: string; kind?: string }): Promise<CoreV1Event[]>;
}

export function labelSelector(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** Per-request options: an abort signal after `timeoutMs` (client-node sets none by default). */
function requestOptions(timeoutMs: number, base?: ConfigurationOptions): ConfigurationOptions {
  const timeout = {
    pre: (context: RequestContext) => {
      context.setSignal(AbortSignal.timeout(timeoutMs));
      return new Observable(Promise.resolve(context));
    },
    post: (response: ResponseContext) => new Observable(Promise.resolve(response)),
  };
  return {
    ...base,
    middleware: [...(base?.middleware ?? []), timeout],
    middlewareMergeStrategy: 'append',
  };
}

async function orUndefined<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * Loads a kubeconfig: `content` (e.g. the action's masked `kubeconfig` input) wins, then the
 * file at `path` (KUBECONFIG). A plain http:// server needs `insecure-skip-tls-verify: true`
 * in its cluster entry — client-node 2.x refuses it otherwise.
 */
export function loadKubeConfig(source: { content?: string; path?: string }): KubeConfig {
  const kc = new KubeConfig();
  try {
    if (source.content) kc.loadFromString(source.content);
    else if (source.path) kc.loadFromFile(source.path);
    else kc.loadFromDefault();
  } catch (error) {
    throw new UserError(`Could not read the kubeconfig: ${(error as Error).message}.`, {
      reason: 'bad-kubeconfig',
      hint: 'Pass a valid kubeconfig through the `kubeconfig` input or the KUBECONFIG variable.',
    });
  }
  if (!kc.getCurrentCluster()) {
    throw new UserError('The kubeconfig has no current cluster.', {
      reason: 'bad-kubeconfig',
      hint: 'Set current-context to a context whose cluster exists.',
    });
  }
  return kc;
}

/** The real port, backed by @kubernetes/client-node; every request is abandoned after the timeout. */
export function createKube(kc: KubeConfig, options: { requestTimeoutMs?: number } = {}): Kube {
  const timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const apps = kc.makeApiClient(AppsV1Api);
  const core = kc.makeApiClient(CoreV1Api);
  const discovery = kc.makeApiClient(DiscoveryV1Api);
  const plain = requestOptions(timeoutMs);
  const merge = requestOptions(
    timeoutMs,
    setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
  );
  const run = <T>(verb: string, target: KubeTarget, fn: () => Promise<T>): Promise<T> =>
    call(verb, target, timeoutMs, fn);
  const dep = (namespace: string, name?: string): KubeTarget => ({
    kind: 'Deployment',
    namespace,
    name,
  });
  const svc = (namespace: string, name?: string): KubeTarget => ({
    kind: 'Service',
    namespace,
    name,
  });
  return {
    getDeployment: (namespace, name) =>
      orUndefined(
        run('get', dep(namespace, name), () =>
          apps.readNamespacedDeployment({ namespace, name }, plain),
        ),
      ),
    listDeployments: async (namespace, labels) =>
      (
        await run('list', dep(namespace), () =>
          apps.listNamespacedDeployment({ namespace, labelSelector: labelSelector(labels) }, plain),
        )
      ).items,
    createDeployment: (namespace, body) =>
      run('create', dep(namespace, body.metadata?.name), () =>
        apps.createNamespacedDeployment({ namespace, body }, plain),
      ),
    replaceDeployment: (namespace, name, body) =>
      run('replace', dep(namespace, name), () =>
        apps.replaceNamespacedDeployment({ namespace, name, body }, plain),
      ),
    patchDeployment: (namespace, name, body) =>
      run('patch', dep(namespace, name), () =>
        apps.patchNamespacedDeployment({ namespace, name, body }, merge),
      ),
    listReplicaSets: async (namespace, labels) =>
      (
        await run(
          'list',
          { kind: 'ReplicaSet', namespace, name: `(${labelSelector(labels)})` },
          () =>
            apps.listNamespacedReplicaSet(
              { namespace, labelSelector: labelSelector(labels) },
              plain,
            ),
        )
      ).items,
    getService: (namespace, name) =>
      orUndefined(
        run('get', svc(namespace, name), () =>
          core.readNamespacedService({ namespace, name }, plain),
        ),
      ),
    createService: (namespace, body) =>
      run('create', svc(namespace, body.metadata?.name), () =>
        core.createNamespacedService({ namespace, body }, plain),
      ),
    patchService: (namespace, name, body) =>
      run('patch', svc(namespace, name), () =>
        core.patchNamespacedService({ namespace, name, body }, merge),
      ),
    listEndpointSlices: async (namespace, service) =>
      (
        await run('list', { kind: 'EndpointSlice', namespace, name: `(service ${service})` }, () =>
          discovery.listNamespacedEndpointSlice(
            { namespace, labelSelector: `kubernetes.io/service-name=${service}` },
            plain,
          ),
        )
      ).items,
    listPods: async (namespace, labels) =>
      (
        await run('list', { kind: 'Pod', namespace, name: `(${labelSelector(labels)})` }, () =>
          core.listNamespacedPod({ namespace, labelSelector: labelSelector(labels) }, plain),
        )
      ).items,
    listEvents: async (namespace, object) =>
      (
        await run('list', { kind: 'Event', namespace, name: `(for ${object.name})` }, () =>
          core.listNamespacedEvent(
            {
              namespace,
              fieldSelector: [
                `involvedObject.name=${object.name}`,
                ...(object.kind ? [`involvedObject.kind=${object.kind}`] : []),
              ].join(','),
            },
            plain,
          ),
        )
      ).items,
  };
}
