import { UserError } from '../shared/errors.js';
import type { RolloutReport } from './types.js';

/**
 * A rollout that stopped on purpose (not ready, smoke failed, verification failed → reverted):
 * one clear line for the user, the report (outcome, phases) and the diagnostics (pod
 * conditions and events) for the log and the job summary.
 */
export class RolloutFailure extends UserError {
  constructor(
    message: string,
    readonly report: RolloutReport,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    super(message, { reason: report.outcome, ...options });
    this.name = 'RolloutFailure';
  }
}

export function isRolloutFailure(error: unknown): error is RolloutFailure {
  return error instanceof RolloutFailure;
}
