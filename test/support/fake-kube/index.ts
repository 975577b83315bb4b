import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, type ClusterOptions } from './controller.js';
import type { ImageScript } from './pod-script.js';
import { ApiServer, type Fault, type RequestRecord } from './server.js';
import { ServiceProxy } from './service-proxy.js';
import { matchesLabels } from './selectors.js';
import { Store, type KObject, type Resource } from './store.js';

export type { ClusterOptions } from './controller.js';
export type { ImageScript } from './pod-script.js';
export type { Fault, RequestRecord } from './server.js';
export type { KObject } from './store.js';

export interface FakeKubeOptions extends ClusterOptions {
  tickMs?: number;
}

/**
 * An in-process Kubernetes API for @kubernetes/client-node: a real HTTP server on 127.0.0.1
 * with Deployments, ReplicaSets, Services, EndpointSlices, Pods and Events; a controller loop that runs pods as
 * real local HTTP servers; and one real proxy per Service on its own port.
 */
export class FakeKube {
  readonly store = new Store();
  readonly api: ApiServer;
  readonly controller: Controller;
  private readonly scripts = new Map<string, ImageScript>();
  private readonly proxies = new Map<string, ServiceProxy>();
  private server: Server | undefined;
  url = '';
  kubeconfigPath = '';

  constructor(options: FakeKubeOptions = {}) {
    this.api = new ApiServer(this.store, Boolean(options.dualStack));
    this.controller = new Controller(
      this.store,
      (image) => this.scripts.get(image) ?? {},
      options.tickMs,
      options,
    );
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.api.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.kubeconfigPath = this.writeKubeconfig(mkdtempSync(join(tmpdir(), 'fake-kube-')));
    this.controller.start();
    return this;
  }

  async close(): Promise<void> {
    await this.controller.stop();
    await Promise.all([...this.proxies.values()].map((p) => p.stop()));
    const server = this.server;
    if (server) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
  }

  /**
   * A kubeconfig pointing at the fake. client-node 2.x refuses plain http:// unless the cluster
   * entry sets insecure-skip-tls-verify, so it does.
   */
  kubeconfig(): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: fake',
      '  cluster:',
      `    server: ${this.url}`,
      '    insecure-skip-tls-verify: true',
      'contexts:',
      '- name: fake',
      '  context: {cluster: fake, user: fake, namespace: default}',
      'current-context: fake',
      'users:',
      '- name: fake',
      '  user: {token: fake-token-not-a-secret}',
      '',
    ].join('\n');
  }

  writeKubeconfig(dir: string): string {
    const file = join(dir, 'kubeconfig');
    writeFileSync(file, this.kubeconfig());
    return file;
  }

  script(image: string, script: ImageScript): void {
    this.scripts.set(image, script);
  }

  fail(fault: Fault): void {
    this.api.faults.push(fault);
  }

  /** The kubelet evicts a running pod under node pressure (phase Failed, left in place). */
  evict(
    namespace: string,
    name: string,
    message = 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 51Mi. ',
  ): Promise<void> {
    return this.controller.evict(namespace, name, message);
  }

  get requests(): RequestRecord[] {
    return this.api.requests;
  }

  get(resource: Resource, namespace: string, name: string): KObject | undefined {
    return this.store.get(resource, namespace, name);
  }

  list(resource: Resource, namespace: string): KObject[] {
    return this.store.list(resource, namespace);
  }

  /** Writes an object straight into the store (a cluster's pre-existing state). */
  seed(resource: Resource, object: KObject): KObject {
    return this.store.put(resource, object);
  }

  /**
   * The local URL of a Service's proxy (started on first use, so a test can hand it to the
   * action before the Service exists; it answers 503 until then). Requests go to the Service's
   * ready endpoints, chosen afresh for each request.
   */
  async serviceUrl(namespace: string, name: string): Promise<string> {
    const key = `${namespace}/${name}`;
    let proxy = this.proxies.get(key);
    if (!proxy) {
      proxy = new ServiceProxy(() => this.backends(namespace, name));
      this.proxies.set(key, proxy);
      await proxy.start();
    }
    return proxy.url;
  }

  private backends(namespace: string, name: string): { port: number }[] | undefined {
    const svc = this.store.get('services', namespace, name);
    if (!svc) return undefined;
    const selector = (svc.spec as { selector?: Record<string, string> }).selector;
    return this.store
      .list('pods', namespace)
      .filter((p) => matchesLabels(selector, p.metadata.labels))
      .filter((p) => this.controller.isReady(p) && !p.metadata.deletionTimestamp)
      .map((p) => this.controller.portForIp((p.status as { podIP?: string }).podIP ?? ''))
      .filter((port): port is number => port !== undefined)
      .map((port) => ({ port }));
  }

  /** Resolves when `predicate` holds (polled every 10 ms) or rejects after `timeoutMs`. */
  async until(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error('fake-kube: condition not met in time');
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

export async function startFakeKube(options: FakeKubeOptions = {}): Promise<FakeKube> {
  return new FakeKube(options).start();
}
