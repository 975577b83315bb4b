import { createHash, randomBytes } from 'node:crypto';
import { reconcileEndpointSlices } from './endpoint-slices.js';
import { EventRecorder } from './events.js';
import { PodServer, type ImageScript } from './pod-script.js';
import { isReady, podKey, podStatus, TERMINATION_GRACE_MS, type PodRuntime } from './pod-status.js';
import type { KObject, Store } from './store.js';

interface DeploymentSpec {
  replicas?: number;
  selector?: { matchLabels?: Record<string, string> };
  template?: {
    metadata?: { labels?: Record<string, string> };
    spec?: { containers?: { name: string; image: string; ports?: { containerPort: number }[] }[] };
  };
}

/**
 * The kube-controller-manager and kubelets in one loop: Deployments → pods (each a real HTTP
 * server), pod readiness per image script, Deployment status with observedGeneration lagging
 * one tick, EndpointSlices per Service, and the Events a real cluster would record.
 */
export class Controller {
  readonly pods = new Map<string, PodRuntime>();
  private timer: NodeJS.Timeout | undefined;
  private ipCounter = 10;
  readonly events: EventRecorder;
  private busy = false;

  constructor(
    private readonly store: Store,
    private readonly scriptFor: (image: string) => ImageScript,
    private readonly tickMs = 15,
  ) {
    this.events = new EventRecorder(store);
  }

  /** True when the pod's Ready condition is True. */
  isReady(pod: KObject): boolean {
    return isReady(pod);
  }

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.tickMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.pods.values()].map((p) => p.server.stop()));
    this.pods.clear();
  }

  /** The address a pod IP stands for: the local port of that pod's real server. */
  portForIp(ip: string): number | undefined {
    for (const p of this.pods.values()) if (p.ip === ip && p.server.port) return p.server.port;
    return undefined;
  }

  async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      this.reconcileDeployments();
      await this.reconcilePods();
      reconcileEndpointSlices(this.store);
    } finally {
      this.busy = false;
    }
  }

  private reconcileDeployments(): void {
    for (const d of this.store.list('deployments')) {
      const spec = d.spec as DeploymentSpec;
      const { name, namespace } = d.metadata;
      const replicas = spec.replicas ?? 1;
      const hash = createHash('sha256')
        .update(JSON.stringify(spec.template ?? {}))
        .digest('hex')
        .slice(0, 10);
      const live = this.store
        .list('pods', namespace)
        .filter(
          (p) => this.pods.get(podKey(p))?.deployment === name && !p.metadata.deletionTimestamp,
        );
      const stale = live.filter((p) => p.metadata.labels?.['pod-template-hash'] !== hash);
      const current = live.filter((p) => p.metadata.labels?.['pod-template-hash'] === hash);
      stale.forEach((p) => this.terminate(p));
      for (let i = current.length; i < replicas; i++) current.push(this.createPod(d, hash));
      if (current.length > replicas) {
        this.events.record(
          { kind: 'Deployment', name, namespace, uid: d.metadata.uid },
          'Normal',
          'ScalingReplicaSet',
          `Scaled down replica set ${name}-${hash} to ${replicas}`,
        );
        current.splice(replicas).forEach((p) => this.terminate(p));
      }
      const ready = current.filter((p) => isReady(p)).length;
      const status = {
        observedGeneration: d.metadata.generation ?? 1,
        replicas: current.length,
        updatedReplicas: current.length,
        readyReplicas: ready,
        availableReplicas: ready,
        unavailableReplicas: Math.max(0, replicas - ready),
        conditions: [
          {
            type: 'Available',
            status: ready >= replicas ? 'True' : 'False',
            reason: ready >= replicas ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
            message:
              ready >= replicas
                ? 'Deployment has minimum availability.'
                : 'Deployment does not have minimum availability.',
          },
          {
            type: 'Progressing',
            status: 'True',
            reason: ready >= replicas ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
            message: `ReplicaSet "${name}-${hash}" is progressing.`,
          },
        ],
      };
      const prior = d.status as typeof status | undefined;
      const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
      if (!same(prior, status)) this.store.put('deployments', { ...d, status });
    }
  }

  private createPod(d: KObject, hash: string): KObject {
    const spec = d.spec as DeploymentSpec;
    const { name, namespace, uid } = d.metadata;
    const podName = `${name}-${hash}-${randomBytes(3).toString('hex').slice(0, 5)}`;
    const image = spec.template?.spec?.containers?.[0]?.image ?? 'unknown';
    const ip = `10.244.0.${this.ipCounter++ % 250}`;
    const server = new PodServer(image, () => this.scriptFor(image));
    this.pods.set(`${namespace}/${podName}`, {
      server,
      ip,
      deployment: name,
      namespace,
      createdAt: Date.now(),
      lastWarningAt: 0,
      restarts: 0,
    });
    this.events.record(
      { kind: 'Deployment', name, namespace, uid },
      'Normal',
      'ScalingReplicaSet',
      `Scaled up replica set ${name}-${hash} to ${spec.replicas ?? 1}`,
    );
    return this.store.put('pods', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: podName,
        namespace,
        uid: '',
        resourceVersion: '',
        labels: { ...(spec.template?.metadata?.labels ?? {}), 'pod-template-hash': hash },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${name}-${hash}`, uid: uid },
        ],
      },
      spec: structuredClone(spec.template?.spec ?? {}),
      status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'True' }] },
    });
  }

  private terminate(pod: KObject): void {
    const runtime = this.pods.get(podKey(pod));
    if (runtime) runtime.terminatingSince = Date.now();
    this.store.put('pods', {
      ...pod,
      metadata: { ...pod.metadata, deletionTimestamp: new Date().toISOString() },
    });
    this.events.record(
      { kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace },
      'Normal',
      'Killing',
      'Stopping container app',
    );
  }

  private async reconcilePods(): Promise<void> {
    const now = Date.now();
    for (const pod of this.store.list('pods')) {
      const runtime = this.pods.get(podKey(pod));
      if (!runtime) continue;
      if (!this.store.get('deployments', runtime.namespace, runtime.deployment)) {
        if (!pod.metadata.deletionTimestamp) this.terminate(pod);
      }
      if (runtime.terminatingSince !== undefined || pod.metadata.deletionTimestamp) {
        runtime.terminatingSince ??= now;
        if (now - runtime.terminatingSince >= TERMINATION_GRACE_MS) {
          this.store.delete('pods', pod.metadata.namespace, pod.metadata.name);
          this.pods.delete(podKey(pod));
          await runtime.server.stop();
        } else if (isReady(pod)) {
          this.store.put('pods', { ...pod, status: podStatus(runtime, false, false) });
        }
        continue;
      }
      const script = this.scriptFor(runtime.server.image);
      const ref = { kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace };
      if (runtime.startedAt === undefined) {
        await runtime.server.start();
        runtime.startedAt = Date.now();
        this.events.record(
          ref,
          'Normal',
          'Scheduled',
          `Successfully assigned ${ref.namespace}/${ref.name}`,
        );
        this.events.record(
          ref,
          'Normal',
          'Pulled',
          `Container image "${runtime.server.image}" already present on machine`,
        );
        this.events.record(ref, 'Normal', 'Started', 'Started container app');
      }
      let ready = false;
      if (script.crashLoop) {
        if (now - runtime.lastWarningAt > 200) {
          runtime.restarts++;
          runtime.lastWarningAt = now;
          this.events.record(
            ref,
            'Warning',
            'BackOff',
            `Back-off restarting failed container app in pod ${ref.name}_${ref.namespace}`,
          );
        }
      } else if (script.neverReady) {
        if (now - runtime.lastWarningAt > 200) {
          runtime.lastWarningAt = now;
          this.events.record(
            ref,
            'Warning',
            'Unhealthy',
            'Readiness probe failed: HTTP probe failed with statuscode: 503',
          );
        }
      } else {
        ready = now - runtime.startedAt >= (script.readyAfterMs ?? 40);
      }
      if (ready && runtime.server.readyAt === undefined) runtime.server.readyAt = now;
      const status = podStatus(runtime, ready, Boolean(script.crashLoop));
      if (JSON.stringify(status) !== JSON.stringify(pod.status)) {
        this.store.put('pods', { ...pod, status });
      }
    }
  }
}
