import type { Store } from './store.js';

/** Records Events the way the kubelet and controllers do: one per object+reason, counted. */
export class EventRecorder {
  private counter = 0;

  constructor(private readonly store: Store) {}

  record(
    object: { kind: string; name: string; namespace: string; uid?: string },
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
  ): void {
    const existing = this.store.list('events', object.namespace).find((e) => {
      const io = e.involvedObject as { name: string; kind: string };
      return io.name === object.name && io.kind === object.kind && e.reason === reason;
    });
    const now = new Date().toISOString();
    if (existing) {
      this.store.put('events', {
        ...existing,
        count: Number(existing.count ?? 1) + 1,
        lastTimestamp: now,
        message,
      });
      return;
    }
    this.store.put('events', {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: `${object.name}.${(++this.counter).toString(16).padStart(12, '0')}`,
        namespace: object.namespace,
        uid: '',
        resourceVersion: '',
      },
      involvedObject: {
        apiVersion: object.kind === 'Pod' ? 'v1' : 'apps/v1',
        kind: object.kind,
        name: object.name,
        namespace: object.namespace,
        uid: object.uid,
      },
      reason,
      message,
      type,
      count: 1,
      firstTimestamp: now,
      lastTimestamp: now,
      source: { component: object.kind === 'Pod' ? 'kubelet' : 'deployment-controller' },
    });
  }
}
