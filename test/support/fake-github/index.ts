/**
 * The fake GitHub: an in-process HTTP server (127.0.0.1, ephemeral port) with GitHub's semantics
 * for the routes Gantry uses. Faithful, not an echo: every request body and every response body
 * is checked against GitHub's OpenAPI description (@octokit/openapi) and mismatches are recorded
 * in `violations` (tests call `assertFaithful()`); errors, pagination and authorship are GitHub's.
 *
 * STRUCTURE (how to extend it):
 * - `index.ts` (this file): server, auth (token → account), fault injection, call log, validation;
 *   `model.ts`: the types routes use (Route, RouteContext, Caller, Fault, Call) and errorBody().
 * - `routes-<area>.ts`: each exports `register(fake: FakeGitHub): void` and calls `fake.route({…})`
 *   with the OpenAPI path template (e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`).
 *   Every `routes-*.ts` file in this folder is loaded automatically by `startFakeGitHub()`: add a
 *   file for a new area (deployments, pulls, commits…), never edit another area's file.
 * - Per-area state: `fake.area('deployments', () => new Map())` returns one state object per fake.
 * - `entities.ts`: builders for GitHub's object shapes (simple-user, integration…).
 * Existing areas: routes-issues.ts (issue comments), routes-users.ts (GET /user),
 * routes-graphql.ts (POST /graphql: minimizeComment), routes-pulls.ts and routes-deployments.ts
 * (the apply gate).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { checkRequestBody, checkResponseBody, operation } from './openapi.js';
import { ACTIONS_APP, ACTIONS_BOT_USER, type FakeApp, type FakeUser } from './entities.js';

export { ACTIONS_APP, ACTIONS_BOT_USER, type FakeApp, type FakeUser } from './entities.js';

export {
  DOCS,
  errorBody,
  type Call,
  type Caller,
  type Fault,
  type Route,
  type RouteContext,
  type RouteResult,
} from './model.js';
import {
  errorBody,
  type Call,
  type Caller,
  type Fault,
  type Route,
  type RouteResult,
} from './model.js';

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

export class FakeGitHub {
  readonly calls: Call[] = [];
  readonly violations: string[] = [];
  /** Where html_url links point (the web UI). */
  serverUrl = 'https://github.com';
  private readonly tokens = new Map<string, Omit<Caller, 'token'>>();
  private readonly routes: CompiledRoute[] = [];
  private readonly faults: (Fault & { remaining: number })[] = [];
  private readonly areas = new Map<string, unknown>();
  private server: Server | undefined;
  private nextIdValue = 1_000_000;
  url = '';

  /** Register a token. `app` makes it an installation token (writes attributed to the app). */
  addToken(token: string, user: FakeUser, options: { app?: FakeApp; readOnly?: boolean } = {}) {
    this.tokens.set(token, {
      user,
      readOnly: options.readOnly ?? false,
      ...(options.app ? { app: options.app } : {}),
    });
    return token;
  }

  /** A GITHUB_TOKEN-like installation token for github-actions[bot]. */
  addActionsToken(token: string, options: { readOnly?: boolean } = {}) {
    return this.addToken(token, ACTIONS_BOT_USER, { app: ACTIONS_APP, ...options });
  }

  route(route: Route): void {
    const names: string[] = [];
    const source = route.path
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\{(\w+)\}/g, (_m, n: string) => {
        names.push(n);
        return '([^/]+)';
      });
    if (route.openapi !== false && !operation(route.path, route.method)) {
      this.violations.push(
        `fake route ${route.method} ${route.path} is not in GitHub's OpenAPI description`,
      );
    }
    this.routes.push({ ...route, names, pattern: new RegExp(`^${source}$`) });
  }

  fault(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.count ?? 1 });
  }

  area<T>(name: string, init: () => T): T {
    if (!this.areas.has(name)) this.areas.set(name, init());
    return this.areas.get(name) as T;
  }

  nextId(): number {
    this.nextIdValue += 1;
    return this.nextIdValue;
  }

  /** ISO timestamp without milliseconds, like GitHub's. */
  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  callsTo(method: string, route: string): Call[] {
    return this.calls.filter((c) => c.method === method && c.route === route);
  }

  assertFaithful(): void {
    if (this.violations.length) {
      throw new Error(
        `fake GitHub saw requests GitHub would not accept:\n${this.violations.join('\n')}`,
      );
    }
  }

  async listen(): Promise<void> {
    this.server = createServer((req, res) => {
      this.dispatch(req, res).catch((error: unknown) => {
        this.violations.push(`fake crashed: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  get graphqlUrl(): string {
    return `${this.url}/graphql`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    const call: Call = {
      method,
      path: url.pathname,
      route: '(none)',
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
    };
    this.calls.push(call);
    const send = (result: RouteResult, validate = true): void => {
      call.status = result.status;
      if (validate && call.route !== '(none)') this.checkResponse(call, result);
      const payload = result.body === undefined ? '' : JSON.stringify(result.body);
      res.writeHead(result.status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-media-type': 'github.v3; format=json',
        ...result.headers,
      });
      res.end(payload);
    };
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
        return send({ status: 400, body: errorBody(400, 'Problems parsing JSON') }, false);
      }
    }
    call.body = body;
    const match = this.match(method, url.pathname);
    if (!match) {
      this.violations.push(`${method} ${url.pathname}: no such route in the fake`);
      return send({ status: 404, body: errorBody(404, 'Not Found') }, false);
    }
    const { route, params } = match;
    call.route = route.path;
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (auth) call.token = auth;
    const account = auth ? this.tokens.get(auth) : undefined;
    if (!auth || !account) {
      return send({
        status: 401,
        body: errorBody(401, auth ? 'Bad credentials' : 'Requires authentication'),
      });
    }
    if ((req.headers['user-agent'] ?? '') === '')
      this.violations.push(`${method} ${url.pathname}: no user agent`);
    if (route.openapi !== false) this.checkRequest(route, method, url, body);
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 && (!f.method || f.method === method) && (!f.path || f.path === route.path),
    );
    if (fault) {
      fault.remaining -= 1;
      return send(
        {
          status: fault.status,
          body: fault.body ?? errorBody(fault.status, 'Injected fault'),
          ...(fault.headers ? { headers: fault.headers } : {}),
        },
        false,
      );
    }
    const caller: Caller = { token: auth, ...account };
    const write = route.write ?? method !== 'GET';
    if (write && caller.readOnly) {
      return send({ status: 403, body: errorBody(403, 'Resource not accessible by integration') });
    }
    send(await route.handle({ fake: this, params, query: url.searchParams, body, caller, url }));
  }

  private match(method: string, path: string) {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      const params = Object.fromEntries(
        route.names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')]),
      );
      return { route, params };
    }
    return undefined;
  }

  private checkRequest(route: CompiledRoute, method: string, url: URL, body: unknown): void {
    const op = operation(route.path, method);
    if (!op) return;
    const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of url.searchParams.keys()) {
      if (!known.has(name))
        this.violations.push(`${method} ${route.path}: unknown query parameter "${name}"`);
    }
    if (method !== 'GET') this.violations.push(...checkRequestBody(route.path, method, body));
  }

  private checkResponse(call: Call, result: RouteResult): void {
    if (call.route === '/graphql') return;
    const op = operation(call.route, call.method);
    if (!op) return;
    if (!op.statuses.includes(String(result.status)) && result.status < 500) {
      this.violations.push(`${call.method} ${call.route}: GitHub never answers ${result.status}`);
      return;
    }
    this.violations.push(...checkResponseBody(call.route, call.method, result.status, result.body));
  }
}

/** Start a fake with every `routes-*.ts` area registered. Call `close()` when done. */
export async function startFakeGitHub(): Promise<FakeGitHub> {
  const fake = new FakeGitHub();
  const here = dirname(fileURLToPath(import.meta.url));
  for (const file of readdirSync(here)
    .filter((f) => /^routes-.*\.ts$/.test(f))
    .sort()) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      register?: (f: FakeGitHub) => void;
    };
    if (typeof mod.register !== 'function') throw new Error(`${file} must export register(fake)`);
    mod.register(fake);
  }
  await fake.listen();
  return fake;
}
