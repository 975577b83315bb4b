import { UserError } from '../shared/errors.js';

/** Every way an apply can end without applying (or fail while applying); the action's output. */
export const FAILURE_REASONS = [
  'plan-missing',
  'digest-mismatch',
  'tool-mismatch',
  'commit-mismatch',
  'plan-stale',
  'plan-changed',
  'state-locked',
  'apply-failed',
  'timeout',
  'cancelled',
  'not-approved',
] as const;

export type FailureReason = (typeof FAILURE_REASONS)[number];

/** What to do about each refusal: printed after the message, in the log and the summary. */
export const REASON_HINTS: Record<FailureReason, string> = {
  'plan-missing':
    'Re-run the workflow so the plan job uploads the plan for this target, and check that target-name matches the plan job.',
  'digest-mismatch':
    'The plan is not the one that was reviewed; nothing was applied. Re-run the plan job and review the new plan.',
  'tool-mismatch':
    'Apply with the same terraform/tofu version and provider lock file the plan was made with (set tool-version in both jobs), or re-run the plan job.',
  'commit-mismatch':
    'The plan belongs to another commit; re-run the whole workflow for this commit.',
  'plan-stale':
    'The state changed after planning (someone applied in between). Re-run the plan job, review the new plan and approve again.',
  'plan-changed':
    'Re-planning now gives different changes than the approved plan. Review the difference, re-run the plan job and approve again.',
  'state-locked':
    'Another run holds the state lock. Wait for it to finish (or, if it died, run `terraform force-unlock <ID>`), then re-run this job.',
  'apply-failed': 'Read the terraform output above; fix the cause and re-run the plan job.',
  timeout:
    'terraform was stopped (SIGINT, state saved) after timeout-minutes. Raise timeout-minutes or find what hangs, then plan again.',
  cancelled: 'The run was cancelled; terraform stopped gracefully and saved the state. Plan again.',
  'not-approved':
    'Get an approving review from someone other than the PR author on the latest commit (and resolve change requests), then re-run.',
};

/** A refusal or failure with its reason; the action sets `failure-reason` from it. */
export class ApplyRefused extends UserError {
  readonly failure: FailureReason;
  /** Extra Markdown for the summary (e.g. the diff of approved vs new changes). */
  readonly details: string | undefined;

  constructor(failure: FailureReason, message: string, details?: string) {
    super(message, { reason: failure, hint: REASON_HINTS[failure] });
    this.name = 'ApplyRefused';
    this.failure = failure;
    this.details = details;
  }
}

export function isFailureReason(value: string): value is FailureReason {
  return (FAILURE_REASONS as readonly string[]).includes(value);
}
