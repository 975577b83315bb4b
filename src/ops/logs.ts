import type { ClusterReader } from './cluster.js';
import { redactText } from './redact.js';
import type { Diagnosis, PodStatus } from './status.js';

export type ColorChoice = 'active' | 'previous' | 'blue' | 'green' | 'all';
export const COLOR_CHOICES: readonly ColorChoice[] = ['active', 'previous', 'blue', 'green', 'all'];

export interface PodLog {
  pod: string;
  /** Set when the pod has several containers (a sidecar): one entry per container. */
  container?: string;
  color: string;
  /** The log text (already redacted), or undefined when it could not be read. */
  text?: string;
  error?: string;
}

/** The pods whose logs a choice means, from a status already collected. */
export function podsFor(status: Diagnosis, choice: ColorChoice): PodStatus[] {
  return status.colors
    .filter((c) => {
      if (choice === 'all') return true;
      if (choice === 'active' || choice === 'previous') return c.role === choice;
      return c.color === choice;
    })
    .flatMap((c) => c.pods);
}

/**
 * Read the tail of each pod's log. A pod whose log cannot be read (not started, API refuses)
 * yields an error entry rather than failing the whole read: on call, partial logs beat none.
 */
export async function readLogs(
  reader: ClusterReader,
  namespace: string,
  pods: readonly PodStatus[],
  options: { tailLines: number; redact?: { secrets: readonly string[] } },
): Promise<PodLog[]> {
  const targets = pods.flatMap((p): { pod: PodStatus; container?: string }[] =>
    p.containers.length > 1
      ? p.containers.map((container) => ({ pod: p, container }))
      : [{ pod: p, container: undefined }],
  );
  return Promise.all(
    targets.map(async ({ pod: p, container }) => {
      const entry = { pod: p.name, color: p.color, ...(container ? { container } : {}) };
      try {
        const text = await reader.podLog(namespace, p.name, {
          tailLines: options.tailLines,
          ...(container ? { container } : {}),
        });
        return { ...entry, text: options.redact ? redactText(text, options.redact.secrets) : text };
      } catch (error) {
        return { ...entry, error: (error as Error).message };
      }
    }),
  );
}

/** Where a log goes in a bundle: `<pod>.log`, or `<pod>_<container>.log` beside a sidecar. */
export function logName(log: PodLog): string {
  return log.container ? `${log.pod}_${log.container}` : log.pod;
}

/** `kubectl logs --prefix`-style text: every line prefixed by its pod (and container). */
export function formatLogs(logs: readonly PodLog[]): string {
  return logs
    .map((l) => {
      const prefix = `[${l.container ? `${l.pod}/${l.container}` : l.pod}]`;
      if (l.error !== undefined) return `${prefix} (log unavailable: ${l.error})`;
      const lines = (l.text ?? '').replace(/\n$/, '').split('\n');
      return lines.map((line) => `${prefix} ${line}`).join('\n');
    })
    .join('\n');
}
