import { createMemoryLogger } from '../../src/shared/log.js';
import { execProcess } from '../../src/shared/exec.js';
import { createKube, loadKubeConfig, type Kube } from '../../src/rollout/kube.js';
import { systemClock, type DeployOptions, type RolloutPorts } from '../../src/rollout/types.js';
import { startFakeKube, type FakeKube, type FakeKubeOptions } from '../support/fake-kube/index.js';

export const NS = 'shop';
export const APP = 'web';
export const digest = (n: number): string =>
  `registry.example/shop/web@sha256:${n.toString(16).padStart(64, '0')}`;

export interface Harness {
  fake: FakeKube;
  kube: Kube;
  log: ReturnType<typeof createMemoryLogger>;
  ports: RolloutPorts;
  liveUrl: string;
  previewUrl: string;
  options(overrides?: Partial<DeployOptions>): DeployOptions & { minRollbackWindowMs: number };
  close(): Promise<void>;
}

/** A fake cluster, a real client-node port at it, and options whose URLs reach the proxies. */
export async function harness(cluster: FakeKubeOptions = {}): Promise<Harness> {
  const fake = await startFakeKube(cluster);
  const kube = createKube(loadKubeConfig({ path: fake.kubeconfigPath }));
  const log = createMemoryLogger();
  const liveUrl = await fake.serviceUrl(NS, APP);
  const previewUrl = await fake.serviceUrl(NS, `${APP}-preview`);
  const ports: RolloutPorts = {
    kube,
    exec: execProcess,
    log,
    clock: systemClock,
    cwd: process.cwd(),
  };
  return {
    fake,
    kube,
    log,
    ports,
    liveUrl,
    previewUrl,
    options: (overrides = {}) => ({
      namespace: NS,
      app: APP,
      image: digest(1),
      allowMutableTag: false,
      healthPath: '/health',
      smoke: { path: '/health', expectStatus: 200, retries: 1, timeoutMs: 2000 },
      readyTimeoutMs: 3000,
      verifyWindowMs: 300,
      rollbackWindowMs: 0,
      minRollbackWindowMs: 0,
      previewUrl,
      liveUrl,
      run: { id: 'run-1', url: 'https://github.com/o/r/actions/runs/1' },
      pollMs: 20,
      ...overrides,
    }),
    close: () => fake.close(),
  };
}

/** The image the live Service's traffic reaches right now (body of GET /). */
export async function servedImage(url: string): Promise<string> {
  const response = await fetch(url);
  return (await response.text()).replace(/^ok /, '');
}

export function annotations(fake: FakeKube): Record<string, string> {
  return fake.get('services', NS, APP)?.metadata.annotations ?? {};
}
