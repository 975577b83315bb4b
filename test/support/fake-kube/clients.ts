/** @kubernetes/client-node API clients pointed at a fake cluster, as a user's kubeconfig would. */
import { AppsV1Api, CoreV1Api, DiscoveryV1Api, KubeConfig } from '@kubernetes/client-node';
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
