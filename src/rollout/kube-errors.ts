import { ApiException } from '@kubernetes/client-node';

/** Which object a call was about, for error messages. */
export interface KubeTarget {
  kind: string;
  namespace: string;
  name?: string;
}

/** A failed Kubernetes API call, with what it was about: verb, object, status, server message. */
export class KubeApiError extends Error {
  constructor(
    readonly verb: string,
    readonly target: KubeTarget,
    /** HTTP status (0 when the server could not be reached). */
    readonly status: number,
    readonly reason: string,
    readonly apiMessage: string,
    /** How long the server asked us to wait before retrying (Retry-After), if it said. */
    readonly retryAfterMs?: number,
  ) {
    const what = `${target.kind} ${target.namespace}/${target.name ?? '*'}`;
    super(
      `Kubernetes API: ${verb} ${what} failed: ${status ? `HTTP ${status}` : 'no response'}` +
        `${reason ? ` ${reason}` : ''}: ${apiMessage}`,
    );
    this.name = 'KubeApiError';
  }
}

export const isConflict = (e: unknown): boolean => e instanceof KubeApiError && e.status === 409;
export const isNotFound = (e: unknown): boolean => e instanceof KubeApiError && e.status === 404;
/**
 * Worth asking again: no answer (connection reset or refused, request timeout), 429 (API
 * Priority and Fairness) or a 5xx — what client-go retries too.
 */
export const isTransient = (e: unknown): e is KubeApiError =>
  e instanceof KubeApiError && (e.status === 0 || e.status === 429 || e.status >= 500);

interface StatusBody {
  message?: string;
  reason?: string;
  details?: { retryAfterSeconds?: number };
}

function messageOf(
  body: unknown,
  fallback: string,
): { reason: string; message: string } & StatusBody {
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return { reason: '', message: body.slice(0, 500) || fallback };
    }
  }
  const status = parsed as StatusBody | undefined;
  return { ...status, reason: status?.reason ?? '', message: status?.message ?? fallback };
}

/** Retry-After in ms: the header (seconds or an HTTP date), else the Status details. */
export function retryAfterMs(
  header: string | undefined,
  detailsSeconds: number | undefined,
  now = Date.now(),
): number | undefined {
  if (header?.trim()) {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return detailsSeconds !== undefined && detailsSeconds >= 0 ? detailsSeconds * 1000 : undefined;
}

/** Runs one API call, turning any failure into a KubeApiError naming verb and object. */
export async function callApi<T>(
  verb: string,
  target: KubeTarget,
  timeoutMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ApiException) {
      const status = messageOf(error.body, error.message.split('\n')[0] ?? '');
      const headers = (error.headers ?? {}) as Record<string, string | undefined>;
      const wait = retryAfterMs(headers['retry-after'], status.details?.retryAfterSeconds);
      throw new KubeApiError(verb, target, error.code, status.reason, status.message, wait);
    }
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new KubeApiError(verb, target, 0, '', `no answer within ${timeoutMs} ms`);
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new KubeApiError(verb, target, 0, '', detail);
  }
}
