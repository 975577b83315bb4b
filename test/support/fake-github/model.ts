/** The fake GitHub's vocabulary: callers, routes, faults, recorded calls, GitHub's error body. */
import type { FakeApp, FakeUser } from './entities.js';
import type { FakeGitHub } from './index.js';

export interface Caller {
  token: string;
  user: FakeUser;
  /** Set for installation tokens (GITHUB_TOKEN): the app the writes are attributed to. */
  app?: FakeApp;
  /** A fork PR's GITHUB_TOKEN: reads work, writes answer 403. */
  readOnly: boolean;
}

export interface RouteContext {
  fake: FakeGitHub;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  caller: Caller;
  url: URL;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** OpenAPI path template; must exist in GitHub's description unless `openapi: false`. */
  path: string;
  /** Writes answer 403 for read-only tokens. Default: every method but GET. */
  write?: boolean;
  openapi?: boolean;
  handle(ctx: RouteContext): RouteResult | Promise<RouteResult>;
}

export interface Fault {
  method?: string;
  /** Route template (exact) the fault applies to; all routes when omitted. */
  path?: string;
  status: number;
  /** How many matching requests fail (default 1). */
  count?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Call {
  method: string;
  /** The concrete path, e.g. /repos/o/r/issues/2/comments. */
  path: string;
  /** The route template it matched (or '(none)'). */
  route: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  token?: string;
}

export const DOCS = 'https://docs.github.com/rest';

export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}) {
  return { message, documentation_url: DOCS, status: String(status), ...extra };
}
