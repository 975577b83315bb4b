import type { ClusterReader } from './cluster.js';
import { redactText } from './redact.js';
import type { Diagnosis, PodStatus } from './status.js';

export type ColorChoice = 'active' | 'previous' | 'blue' | 'green' | 'all';
export const COLOR_CHOICES: readonly ColorChoice[] = ['active', 'previous', 'blue', 'green', 'all'];

export interface PodLog {
  pod: string;
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
  return Promise.all(
    pods.map(async (p) => {
      try {
        const text = await reader.podLog(namespace, p.name, { tailLines: options.tailLines });
        const redacted = options.redact ? redactText(text, options.redact.secrets) : text;
        return { pod: p.name, color: p.color, text: redacted };
      } catch (error) {
        return { pod: p.name, color: p.color, error: (error as Error).message };
      }
    }),
  );
}

/** `kubectl logs --prefix`-style text: every line prefixed by its pod. */
export function formatLogs(logs: readonly PodLog[]): string {
  return logs
    .map((l) => {
      const prefix = `[${l.pod}]`;
      if (l.error !== undefined) return `${prefix} (log unavailable: ${l.error})`;
      const lines = (l.text ?? '').replace(/\n$/, '').split('\n');
      return lines.map((line) => `${prefix} ${line}`).join('\n');
    })
    .join('\n');
}
