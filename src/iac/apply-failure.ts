import { z } from 'zod';
import type { ToolRunResult } from './run-tool.js';
import { describeRun } from './run-tool.js';

export type ApplyFailureReason =
  'plan-stale' | 'state-locked' | 'timeout' | 'cancelled' | 'init-failed' | 'apply-failed';

/** Who holds the state lock, as terraform prints it under "Lock Info:". */
export interface LockInfo {
  id?: string;
  path?: string;
  operation?: string;
  who?: string;
  version?: string;
  created?: string;
  info?: string;
}

export interface ApplyFailure {
  reason: ApplyFailureReason;
  message: string;
  lock?: LockInfo;
}

const LOCK_FIELDS: Record<string, keyof LockInfo> = {
  ID: 'id',
  Path: 'path',
  Operation: 'operation',
  Who: 'who',
  Version: 'version',
  Created: 'created',
  Info: 'info',
};

/** Parse terraform's "Lock Info:" block (ANSI-free text); undefined when there is none. */
export function parseLockInfo(text: string): LockInfo | undefined {
  const start = text.indexOf('Lock Info:');
  if (start < 0) return undefined;
  const info: LockInfo = {};
  for (const raw of text.slice(start).split('\n').slice(1, 12)) {
    const line = raw.replace(/^[│|\s]+/, '');
    const m = /^(ID|Path|Operation|Who|Version|Created|Info):\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = LOCK_FIELDS[m[1] as string];
    const value = (m[2] ?? '').trim();
    if (key && value) info[key] = value;
  }
  return Object.keys(info).length ? info : undefined;
}

/** Name what went wrong with an apply, from how it ended and what terraform said. */
export function classifyApplyFailure(result: ToolRunResult): ApplyFailure {
  const text = result.output;
  if (result.stopped) {
    return {
      reason: result.stopped,
      message: `apply ${describeRun(result)}; terraform was asked to stop gracefully and persist state.`,
    };
  }
  if (/Saved plan is stale/i.test(text)) {
    return {
      reason: 'plan-stale',
      message: 'The saved plan is stale: the state changed since it was planned. Plan again.',
    };
  }
  if (/Error acquiring the state lock/i.test(text)) {
    const lock = parseLockInfo(text);
    const holder = lock
      ? ` (held by ${lock.who ?? 'unknown'}${lock.operation ? ` for ${lock.operation}` : ''}${lock.created ? ` since ${lock.created}` : ''}, lock ID ${lock.id ?? 'unknown'})`
      : '';
    return {
      reason: 'state-locked',
      message: `The state is locked by another run${holder}. Wait for it, or raise lock-timeout.`,
      ...(lock ? { lock } : {}),
    };
  }
  const errorLine = /Error: (.+)/.exec(text)?.[1]?.trim();
  return {
    reason: 'apply-failed',
    message: `apply failed (${describeRun(result)})${errorLine ? `: ${errorLine}` : ''}`,
  };
}

const outputsSchema = z.record(
  z.string(),
  z.object({ sensitive: z.boolean(), type: z.unknown().optional(), value: z.unknown() }),
);

export interface OutputValue {
  sensitive: boolean;
  type?: unknown;
  value: unknown;
}

/** `output -json`: name → {sensitive, type, value}. Callers must mask sensitive values. */
export function parseOutputs(jsonText: string): Record<string, OutputValue> {
  const parsed = outputsSchema.parse(JSON.parse(jsonText || '{}'));
  return Object.fromEntries(
    Object.entries(parsed).map(([k, v]) => [
      k,
      { sensitive: v.sensitive, type: v.type, value: v.value },
    ]),
  );
}

/** Every string inside a value (for masking a sensitive output). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
