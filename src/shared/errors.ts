/**
 * A mistake the user can fix (bad input, refused gate, missing tool). Printed as one line with
 * no stack trace; `reason` is a stable machine-readable code (e.g. `digest-mismatch`) that
 * actions expose as `failure-reason`.
 */
export class UserError extends Error {
  readonly reason: string | undefined;
  readonly hint: string | undefined;

  constructor(message: string, options: { reason?: string; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.reason = options.reason;
    this.hint = options.hint;
  }

  /** The one line a user sees: what was wrong, then what to do. */
  describe(): string {
    return this.hint ? `${this.message} ${this.hint}` : this.message;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** One line for a user mistake; the stack for a bug. */
export function describeError(error: unknown): string {
  if (isUserError(error)) return error.describe();
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}
