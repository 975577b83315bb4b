import { createHash } from 'node:crypto';
import { reconcileEndpointSlices } from './endpoint-slices.js';
import { EventRecorder } from './events.js';
import { PodServer, type ImageScript } from './pod-script.js';
import { deploymentStatus, nextProgress, type Progress } from './deployment-status.js';
import { evictPod, syncRunningPod } from './kubelet.js';
import {
  isReady,
  isTerminal,
  podKey,
  podStatus,
  TERMINATION_GRACE_MS,
  type PodRuntime,
} from './pod-status.js';
import { podQuotaRefusal } from './quota.js';
import {
  collectOrphanReplicaSets,
  podFromTemplate,
  REVISION,
  syncNewReplicaSet,
  syncReplicaSetStatuses,
} from './replica-sets.js';
import type { KObject, Store } from './store.js';

interface DeploymentSpec {
  replicas?: number;
  progressDeadlineSeconds?: number;
  selector?: { matchLabels?: Record<string, string> };
  template?: {
    metadata?: { labels?: Record<string, string> };
    spec?: { containers?: { name: string; image: string; ports?: { containerPort: number }[] }[] };
  };
}

/** How the simulated cluster is set up. */
export interface ClusterOptions {
  /**
   * A mutating admission webhook on pod CREATE that rewrites container images (a registry
   * mirror, an image swapper): the pod's spec and status carry the rewritten name, the app
   * served is the same.
   */
  podImageWebhook?: (image: string) => string;
  /** Pods get an IPv4 and an IPv6 address (`status.podIPs`), as on a dual-stack cluster. */
  dualStack?: boolean;
}

/**
 * The kube-controller-manager and kubelets in one loop: Deployments → ReplicaSets (one per
 * template, named `<deployment>-<pod-template-hash>`, revision-annotated) → pods (each a real HTTP
 * server), pod readiness per image script, Deployment status with observedGeneration lagging
 * one tick, EndpointSlices per Service, and the Events a real cluster would record. Pods in phase
 * Failed/Succeeded (evicted) stay listed but count for nothing, as IsPodActive says.
 */
export class Controller {
  readonly pods = new Map<string, PodRuntime>();
  private readonly progress = new Map<string, Progress>();
  private readonly lastFailedCreateAt = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private ipCounter = 10;
  readonly events: EventRecorder;
  private busy = false;

  constructor(
    private readonly store: Store,
    private readonly scriptFor: (image: string) => ImageScript,
    private readonly tickMs = 15,
    private readonly cluster: ClusterOptions = {},
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

  /** The kubelet evicting a pod under node pressure: phase Failed, the object stays listed. */
  async evict(namespace: string, name: string, message: string): Promise<void> {
    const pod = this.store.get('pods', namespace, name);
    const runtime = pod && this.pods.get(podKey(pod));
    if (!pod || !runtime) throw new Error(`fake-kube: no running pod ${namespace}/${name}`);
    await evictPod(this.store, this.events, pod, runtime, message);
  }

  async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      this.reconcileDeployments();
      collectOrphanReplicaSets(this.store);
      await this.reconcilePods();
      syncReplicaSetStatuses(this.store);
      reconcileEndpointSlices(this.store);
    } finally {
      this.busy = false;
    }
  }

  private reconcileDeployments(): void {
    const now = Date.now();
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
          (p) =>
            this.pods.get(podKey(p))?.deployment === name &&
            !p.metadata.deletionTimestamp &&
            !isTerminal(p),
        );
      const stale = live.filter((p) => p.metadata.labels?.['pod-template-hash'] !== hash);
      const current = live.filter((p) => p.metadata.labels?.['pod-template-hash'] === hash);
      stale.forEach((p) => this.terminate(p));
      const { rs, revision } = syncNewReplicaSet(this.store, d, hash, replicas);
      let failedCreate: string | undefined;
      for (let i = current.length; i < replicas && !failedCreate; i++) {
        failedCreate = podQuotaRefusal(this.store, namespace, `${name}-${hash}-`);
        if (failedCreate) this.recordFailedCreate(d, hash, failedCreate, now);
        else current.push(this.createPod(d, rs));
      }
      if (current.length > replicas) {
        this.events.record(
          { kind: 'Deployment', name, namespace, uid: d.metadata.uid },
          'Normal',
          'ScalingReplicaSet',
          `Scaled down replica set ${name}-${hash} to ${replicas}`,
        );
        current.splice(replicas).forEach((p) => this.terminate(p));
      }
      const input = {
        name,
        hash,
        generation: d.metadata.generation ?? 1,
        desired: replicas,
        updated: current.length,
        ready: current.filter((p) => isReady(p)).length,
        progressDeadlineSeconds: spec.progressDeadlineSeconds,
        failedCreate,
        now,
      };
      const key = `${namespace}/${name}`;
      const progress = nextProgress(this.progress.get(key), input);
      this.progress.set(key, progress);
      const status = deploymentStatus(input, progress);
      const annotations = { ...d.metadata.annotations, [REVISION]: String(revision) };
      if (
        JSON.stringify(d.status) !== JSON.stringify(status) ||
        JSON.stringify(d.metadata.annotations) !== JSON.stringify(annotations)
      ) {
        this.store.put('deployments', { ...d, metadata: { ...d.metadata, annotations }, status });
      }
    }
  }

  /** The ReplicaSet controller's FailedCreate event (retried with backoff, so not every tick). */
  private recordFailedCreate(d: KObject, hash: string, refusal: string, now: number): void {
    const rs = `${d.metadata.name}-${hash}`;
    const key = `${d.metadata.namespace}/${rs}`;
    if (now - (this.lastFailedCreateAt.get(key) ?? 0) < 200) return;
    this.lastFailedCreateAt.set(key, now);
    this.events.record(
      { kind: 'ReplicaSet', name: rs, namespace: d.metadata.namespace },
      'Warning',
      'FailedCreate',
      `Error creating: ${refusal}`,
    );
  }

  /** The ReplicaSet controller creating a pod from its template, through admission. */
  private createPod(d: KObject, rs: KObject): KObject {
    const spec = d.spec as DeploymentSpec;
    const { name, namespace, uid } = d.metadata;
    const { pod, image, podImage } = podFromTemplate(rs, this.cluster.podImageWebhook);
    const n = this.ipCounter++ % 250;
    const server = new PodServer(image, () => this.scriptFor(image));
    this.pods.set(`${namespace}/${pod.metadata.name}`, {
      server,
      image: podImage,
      ip: `10.244.0.${n}`,
      ...(this.cluster.dualStack ? { ipv6: `fd00:10:244::${n.toString(16)}` } : {}),
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
      `Scaled up replica set ${rs.metadata.name} to ${spec.replicas ?? 1}`,
    );
    return this.store.put('pods', pod);
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
      const owner = this.store.get('deployments', runtime.namespace, runtime.deployment);
      if (runtime.evicted) {
        // The garbage collector removes a terminal pod with its owner; otherwise it lingers.
        if (!owner) {
          this.store.delete('pods', pod.metadata.namespace, pod.metadata.name);
          this.pods.delete(podKey(pod));
        }
        continue;
      }
      if (!owner && !pod.metadata.deletionTimestamp) this.terminate(pod);
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
      await syncRunningPod(
        this.store,
        this.events,
        pod,
        runtime,
        this.scriptFor(runtime.server.image),
      );
    }
  }
}
