import { randomUUID } from 'node:crypto';

/** The subset of ObjectMeta the fake keeps; everything else in an object is stored verbatim. */
export interface ObjectMeta {
  name: string;
  namespace: string;
  uid: string;
  resourceVersion: string;
  generation?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  ownerReferences?: {
    apiVersion: string;
    kind: string;
    name: string;
    uid: string;
    controller?: boolean;
    blockOwnerDeletion?: boolean;
  }[];
}

export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

export type Resource =
  | 'deployments'
  | 'replicasets'
  | 'services'
  | 'endpointslices'
  | 'pods'
  | 'events'
  | 'resourcequotas';

export const KINDS: Record<Resource, { kind: string; apiVersion: string; group: string }> = {
  deployments: { kind: 'Deployment', apiVersion: 'apps/v1', group: 'apps' },
  replicasets: { kind: 'ReplicaSet', apiVersion: 'apps/v1', group: 'apps' },
  services: { kind: 'Service', apiVersion: 'v1', group: '' },
  endpointslices: {
    kind: 'EndpointSlice',
    apiVersion: 'discovery.k8s.io/v1',
    group: 'discovery.k8s.io',
  },
  pods: { kind: 'Pod', apiVersion: 'v1', group: '' },
  events: { kind: 'Event', apiVersion: 'v1', group: '' },
  resourcequotas: { kind: 'ResourceQuota', apiVersion: 'v1', group: '' },
};

/** etcd in miniature: one global resourceVersion counter, bumped on every write. */
export class Store {
  private readonly objects = new Map<string, KObject>();
  private revision = 100;
  private readonly listeners: (() => void)[] = [];

  private key(resource: Resource, namespace: string, name: string): string {
    return `${resource}/${namespace}/${name}`;
  }

  currentRevision(): string {
    return String(this.revision);
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  get(resource: Resource, namespace: string, name: string): KObject | undefined {
    const found = this.objects.get(this.key(resource, namespace, name));
    return found ? structuredClone(found) : undefined;
  }

  list(resource: Resource, namespace?: string): KObject[] {
    const prefix = namespace === undefined ? `${resource}/` : `${resource}/${namespace}/`;
    return [...this.objects.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .map(([, v]) => structuredClone(v));
  }

  /** Stores the object with a fresh resourceVersion (and uid/creationTimestamp on create). */
  put(resource: Resource, object: KObject): KObject {
    const key = this.key(resource, object.metadata.namespace, object.metadata.name);
    const previous = this.objects.get(key);
    const { kind, apiVersion } = KINDS[resource];
    const stored: KObject = {
      ...structuredClone(object),
      kind,
      apiVersion,
      metadata: {
        ...structuredClone(object.metadata),
        uid: previous?.metadata.uid || object.metadata.uid || randomUUID(),
        creationTimestamp:
          previous?.metadata.creationTimestamp ??
          object.metadata.creationTimestamp ??
          new Date().toISOString(),
        resourceVersion: String(++this.revision),
      },
    };
    this.objects.set(key, stored);
    this.listeners.forEach((l) => l());
    return structuredClone(stored);
  }

  delete(resource: Resource, namespace: string, name: string): KObject | undefined {
    const key = this.key(resource, namespace, name);
    const found = this.objects.get(key);
    if (!found) return undefined;
    this.objects.delete(key);
    this.revision++;
    this.listeners.forEach((l) => l());
    return found;
  }
}
