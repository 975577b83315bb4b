import { isUserError, type UserError } from '../shared/errors.js';
import type { Manifest } from '../iac/manifest.js';
import type { ApplyFailure, LockInfo } from '../iac/apply-failure.js';
import { ApplyRefused, isFailureReason, REASON_HINTS, type FailureReason } from './reasons.js';

/** Engine reasons (manifest, tool, apply classification) → the apply action's failure reasons. */
const ENGINE_REASONS: Record<string, FailureReason> = {
  'manifest-missing': 'plan-missing',
  'manifest-corrupt': 'digest-mismatch',
  'working-dir-missing': 'plan-missing',
  'plan-hash-mismatch': 'digest-mismatch',
  'lock-file-mismatch': 'tool-mismatch',
  'tool-missing': 'tool-mismatch',
  'init-failed': 'apply-failed',
};

export function failureReasonOf(engineReason: string | undefined): FailureReason {
  if (!engineReason) return 'apply-failed';
  if (isFailureReason(engineReason)) return engineReason;
  return ENGINE_REASONS[engineReason] ?? 'apply-failed';
}

/** A UserError from the engine (manifest, tool, verification) as a named refusal. */
export function fromUserError(error: UserError): ApplyRefused {
  return new ApplyRefused(failureReasonOf(error.reason), error.message);
}

/** How long ago terraform's lock `Created:` time was (e.g. `2026-11-22 11:08:59.76 +0000 UTC`). */
export function lockAge(created: string | undefined, nowMs: number): string | undefined {
  if (!created) return undefined;
  const iso = created
    .replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T')
    .replace(/(\.\d{3})\d*/, '$1')
    .replace(/ \+0000 UTC$/, 'Z')
    .replace(/ ([+-]\d{2})(\d{2}) \w+$/, '$1:$2');
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  const seconds = Math.max(0, Math.round((nowMs - at) / 1000));
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

/** The holder line for a state-locked refusal (who, what, how long, lock ID). */
export function describeLock(lock: LockInfo | undefined, nowMs: number): string {
  if (!lock) return 'The state is locked by another run (terraform printed no lock details).';
  const age = lockAge(lock.created, nowMs);
  return (
    `The state is locked by ${lock.who ?? 'an unknown holder'}` +
    (lock.operation ? ` (${lock.operation})` : '') +
    (age ? `, held for ${age}` : '') +
    (lock.created ? ` since ${lock.created}` : '') +
    `; lock ID ${lock.id ?? 'unknown'}.`
  );
}

/** An engine apply failure as a named refusal with what to do. */
export function fromApplyFailure(
  failure: ApplyFailure,
  manifest: Manifest,
  nowMs: number = Date.now(),
): ApplyRefused {
  const reason = failureReasonOf(failure.reason);
  switch (reason) {
    case 'state-locked':
      return new ApplyRefused(reason, describeLock(failure.lock, nowMs));
    case 'plan-stale':
      return new ApplyRefused(
        reason,
        `The plan of ${manifest.target} (digest ${manifest.digest.slice(0, 12)}) is stale: the state changed after it was planned, so terraform refused it. Nothing was applied.`,
      );
    default:
      return new ApplyRefused(reason, failure.message);
  }
}

export interface ApplyFailureInfo {
  reason: FailureReason;
  message: string;
  hint: string;
  /** Markdown for the summary, e.g. the diff of approved vs new changes. */
  details?: string | undefined;
}

/** A refusal (or an engine UserError) as the result's failure; anything else is a bug: rethrown. */
export function toFailure(error: unknown): ApplyFailureInfo {
  const refused =
    error instanceof ApplyRefused ? error : isUserError(error) ? fromUserError(error) : undefined;
  if (!refused) throw error;
  return {
    reason: refused.failure,
    message: refused.message,
    hint: REASON_HINTS[refused.failure],
    ...(refused.details ? { details: refused.details } : {}),
  };
}
