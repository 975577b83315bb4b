import {
  ApiException,
  AppsV1Api,
  CoreV1Api,
  DiscoveryV1Api,
  KubeConfig,
  PatchStrategy,
  setHeaderOptions,
  type CoreV1Event,
  type V1Deployment,
  type V1EndpointSlice,
  type V1Pod,
  type V1Service,
  type V1ServicePort,
} from '@kubernetes/client-node';
import { UserError } from '../shared/errors.js';

export type { CoreV1Event, V1Deployment, V1EndpointSlice, V1Pod, V1Service, V1ServicePort };

/** Which object a call was about, for error messages. */
export interface KubeTarget {
  kind: string;
  namespace: string;
  name?: string;
}

/** A failed Kubernetes API call, with what it was about: verb, object, status, server message. */
export class KubeApiError extends Error {
  constructor(
    readonly verb: string,
    readonly target: KubeTarget,
    /** HTTP status (0 when the server could not be reached). */
    readonly status: number,
    readonly reason: string,
    readonly apiMessage: string,
  ) {
    const what = `${target.kind} ${target.namespace}/${target.name ?? '*'}`;
    super(
      `Kubernetes API: ${verb} ${what} failed: ${status ? `HTTP ${status}` : 'no response'}` +
        `${reason ? ` ${reason}` : ''}: ${apiMessage}`,
    );
    this.name = 'KubeApiError';
  }
}

export const isConflict = (e: unknown): boolean => e instanceof KubeApiError && e.status === 409;
export const isNotFound = (e: unknown): boolean => e instanceof KubeApiError && e.status === 404;

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

function messageOf(body: unknown, fallback: string): { reason: string; message: string } {
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return { reason: '', message: body.slice(0, 500) || fallback };
    }
  }
  const status = parsed as { message?: string; reason?: string } | undefined;
  return { reason: status?.reason ?? '', message: status?.message ?? fallback };
}

async function call<T>(verb: string, target: KubeTarget, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ApiException) {
      const { reason, message } = messageOf(error.body, error.message.split('\n')[0] ?? '');
      throw new KubeApiError(verb, target, error.code, reason, message);
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new KubeApiError(verb, target, 0, '', detail);
  }
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

/** The real port, backed by @kubernetes/client-node. */
export function createKube(kc: KubeConfig): Kube {
  const apps = kc.makeApiClient(AppsV1Api);
  const core = kc.makeApiClient(CoreV1Api);
  const discovery = kc.makeApiClient(DiscoveryV1Api);
  const merge = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);
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
        call('get', dep(namespace, name), () => apps.readNamespacedDeployment({ namespace, name })),
      ),
    listDeployments: async (namespace, labels) =>
      (
        await call('list', dep(namespace), () =>
          apps.listNamespacedDeployment({ namespace, labelSelector: labelSelector(labels) }),
        )
      ).items,
    createDeployment: (namespace, body) =>
      call('create', dep(namespace, body.metadata?.name), () =>
        apps.createNamespacedDeployment({ namespace, body }),
      ),
    replaceDeployment: (namespace, name, body) =>
      call('replace', dep(namespace, name), () =>
        apps.replaceNamespacedDeployment({ namespace, name, body }),
      ),
    patchDeployment: (namespace, name, body) =>
      call('patch', dep(namespace, name), () =>
        apps.patchNamespacedDeployment({ namespace, name, body }, merge),
      ),
    getService: (namespace, name) =>
      orUndefined(
        call('get', svc(namespace, name), () => core.readNamespacedService({ namespace, name })),
      ),
    createService: (namespace, body) =>
      call('create', svc(namespace, body.metadata?.name), () =>
        core.createNamespacedService({ namespace, body }),
      ),
    patchService: (namespace, name, body) =>
      call('patch', svc(namespace, name), () =>
        core.patchNamespacedService({ namespace, name, body }, merge),
      ),
    listEndpointSlices: async (namespace, service) =>
      (
        await call('list', { kind: 'EndpointSlice', namespace, name: `(service ${service})` }, () =>
          discovery.listNamespacedEndpointSlice({
            namespace,
            labelSelector: `kubernetes.io/service-name=${service}`,
          }),
        )
      ).items,
    listPods: async (namespace, labels) =>
      (
        await call('list', { kind: 'Pod', namespace, name: `(${labelSelector(labels)})` }, () =>
          core.listNamespacedPod({ namespace, labelSelector: labelSelector(labels) }),
        )
      ).items,
    listEvents: async (namespace, object) =>
      (
        await call('list', { kind: 'Event', namespace, name: `(for ${object.name})` }, () =>
          core.listNamespacedEvent({
            namespace,
            fieldSelector: [
              `involvedObject.name=${object.name}`,
              ...(object.kind ? [`involvedObject.kind=${object.kind}`] : []),
            ].join(','),
          }),
        )
      ).items,
  };
}
