/** @kubernetes/client-node API clients pointed at a fake cluster, and a Deployment to create there. */
import {
  AppsV1Api,
  CoreV1Api,
  DiscoveryV1Api,
  KubeConfig,
  type V1Deployment,
} from '@kubernetes/client-node';
import type { FakeKube } from './index.js';

export function clientsFor(fake: FakeKube) {
  const kc = new KubeConfig();
  kc.loadFromFile(fake.kubeconfigPath);
  return {
    apps: kc.makeApiClient(AppsV1Api),
    core: kc.makeApiClient(CoreV1Api),
    discovery: kc.makeApiClient(DiscoveryV1Api),
  };
}

/** A one-replica Deployment `name` running `image` as container `app`; `spec` adds fields. */
export const testDeployment = (
  name: string,
  image = `${name}:1`,
  spec: Record<string, unknown> = {},
): V1Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'app', image }] },
    },
    ...spec,
  },
});
