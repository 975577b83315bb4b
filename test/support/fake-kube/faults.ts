import { HttpError } from './api-errors.js';

/**
 * A failure injected into the API server, as a real one (or the network before it) fails: an
 * error Status (5xx, or 429 with Retry-After as API Priority and Fairness answers), a slow
 * answer, or a connection dropped without an answer.
 */
export interface Fault {
  method?: string;
  /** Matched against the request path (no query string). */
  path: RegExp;
  /** HTTP status of the error answer; omitted with `delayMs` alone: a slow but good answer. */
  status?: number;
  message?: string;
  /** Status reason (default per status: TooManyRequests, ServiceUnavailable, InternalError…). */
  reason?: string;
  /** Only requests whose body matches (e.g. /"selector"/ for the switch patch). */
  body?: RegExp;
  /** Let this many matching requests through first (default 0). */
  after?: number;
  /** How many requests fail (default 1). */
  times?: number;
  /** Sent as the Retry-After header and details.retryAfterSeconds (the server's 429s carry it). */
  retryAfterSeconds?: number;
  /** Hold the request this long before answering. */
  delayMs?: number;
  /** Drop the connection without answering (a reset by a load balancer or a restarting server). */
  reset?: boolean;
}

const REASONS: Record<number, string> = {
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

/** The armed fault this request meets (using one of its `times`), if any. */
export function takeFault(
  faults: Fault[],
  request: { method: string; path: string; body: string },
): Fault | undefined {
  const fault = faults.find(
    (f) =>
      (!f.method || f.method === request.method) &&
      f.path.test(request.path) &&
      (!f.body || f.body.test(request.body)) &&
      (f.times ?? 1) > 0,
  );
  if (!fault) return undefined;
  if ((fault.after ?? 0) > 0) {
    fault.after = (fault.after ?? 0) - 1;
    return undefined;
  }
  fault.times = (fault.times ?? 1) - 1;
  return fault;
}

/** The error Status a fault answers with, or undefined when it only delays. */
export function faultError(fault: Fault): HttpError | undefined {
  if (fault.status === undefined) return undefined;
  const retry = fault.retryAfterSeconds;
  return new HttpError(
    fault.status,
    fault.reason ?? REASONS[fault.status] ?? 'InternalError',
    fault.message ?? 'injected failure',
    retry === undefined ? undefined : { retryAfterSeconds: retry },
    retry === undefined ? undefined : { 'retry-after': String(retry) },
  );
}
