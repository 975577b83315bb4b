import type { EventRecorder } from './events.js';
import type { ImageScript } from './pod-script.js';
import { evictedStatus, podStatus, type PodRuntime } from './pod-status.js';
import type { KObject, Store } from './store.js';

/** One kubelet sync of a running pod: start its server, probe it per its image script, report. */
export async function syncRunningPod(
  store: Store,
  events: EventRecorder,
  pod: KObject,
  runtime: PodRuntime,
  script: ImageScript,
): Promise<void> {
  const now = Date.now();
  const ref = { kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace };
  if (runtime.startedAt === undefined) {
    await runtime.server.start();
    runtime.startedAt = Date.now();
    events.record(ref, 'Normal', 'Scheduled', `Successfully assigned ${ref.namespace}/${ref.name}`);
    events.record(
      ref,
      'Normal',
      'Pulled',
      `Container image "${runtime.image}" already present on machine`,
    );
    events.record(ref, 'Normal', 'Started', 'Started container app');
  }
  let ready = false;
  if (script.crashLoop) {
    if (now - runtime.lastWarningAt > 200) {
      runtime.restarts++;
      runtime.lastWarningAt = now;
      events.record(
        ref,
        'Warning',
        'BackOff',
        `Back-off restarting failed container app in pod ${ref.name}_${ref.namespace}`,
      );
    }
  } else if (script.neverReady) {
    if (now - runtime.lastWarningAt > 200) {
      runtime.lastWarningAt = now;
      events.record(
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
    store.put('pods', { ...pod, status });
  }
}

/**
 * The kubelet evicting a pod under node pressure: the container is killed, the pod goes to phase
 * Failed with reason Evicted and stays listed (no deletionTimestamp) until someone deletes it.
 */
export async function evictPod(
  store: Store,
  events: EventRecorder,
  pod: KObject,
  runtime: PodRuntime,
  message: string,
): Promise<void> {
  runtime.evicted = true;
  await runtime.server.stop();
  store.put('pods', { ...pod, status: evictedStatus(runtime, message) });
  events.record(
    { kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace },
    'Warning',
    'Evicted',
    message,
  );
}
