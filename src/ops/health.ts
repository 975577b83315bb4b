import { UserError } from '../shared/errors.js';

export interface EndpointResult {
  path: string;
  url: string;
  ok: boolean;
  /** HTTP status, or undefined when no response came back. */
  status?: number;
  /** Why it failed when there was no response (refused, timeout, DNS). */
  error?: string;
  ms: number;
}

export interface HealthCheckOptions {
  baseUrl: string;
  paths: readonly string[];
  timeoutMs: number;
  fetchImpl?: typeof fetch;
}

/** Parse and normalize the application's base URL before any request is made. */
export function parseBaseUrl(raw: string | undefined): URL {
  if (!raw?.trim()) {
    throw new UserError('no application URL given.', {
      hint: 'Pass the base URL of the app, e.g. --url https://staging.example.com.',
    });
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UserError(`'${raw}' is not a URL.`, {
      hint: 'Pass an absolute http(s) URL, e.g. --url http://127.0.0.1:8080.',
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`'${raw}' is not an http(s) URL.`, {
      hint: 'Pass an absolute http(s) URL, e.g. --url http://127.0.0.1:8080.',
    });
  }
  return url;
}

function join(base: URL, path: string): string {
  const prefix = base.pathname.replace(/\/+$/, '');
  const url = new URL(base.toString());
  url.pathname = `${prefix}/${path.replace(/^\/+/, '')}`;
  return url.toString();
}

async function probe(
  base: URL,
  path: string,
  timeoutMs: number,
  fetchImpl: typeof fetch,
): Promise<EndpointResult> {
  const url = join(base, path);
  const started = Date.now();
  try {
    const response = await fetchImpl(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
    await response.arrayBuffer().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { path, url, ok, status: response.status, ms: Date.now() - started };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : (cause?.code ?? cause?.message ?? (error as Error).message);
    return { path, url, ok: false, error: why, ms: Date.now() - started };
  }
}

/** Probe every path concurrently; the app is healthy when each answers 2xx. */
export async function checkHealth(options: HealthCheckOptions): Promise<EndpointResult[]> {
  const base = parseBaseUrl(options.baseUrl);
  const fetchImpl = options.fetchImpl ?? fetch;
  return Promise.all(options.paths.map((p) => probe(base, p, options.timeoutMs, fetchImpl)));
}

export function formatHealth(results: readonly EndpointResult[]): string {
  const width = Math.max(...results.map((r) => r.path.length), 4);
  return results
    .map((r) => {
      const mark = r.ok ? 'ok  ' : 'FAIL';
      const what = r.status !== undefined ? `HTTP ${r.status}` : (r.error ?? 'no response');
      return `${mark}  ${r.path.padEnd(width)}  ${what}  (${r.ms} ms)  ${r.url}`;
    })
    .join('\n');
}
