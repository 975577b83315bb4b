import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyPatch, PatchError, type Json } from './patch.js';
import { parseFieldSelector, parseSelector } from './selectors.js';
import { conflict, existing, HttpError, qualified, statusBody } from './api-errors.js';
import { scaleSubresource } from './scale.js';
import { allocateServiceIps } from './service-ips.js';
import { KINDS, type KObject, type Resource, type Store } from './store.js';
import { validate } from './validate.js';
import { faultError, takeFault, type Fault } from './faults.js';

export type { Fault } from './faults.js';

export interface RequestRecord {
  method: string;
  path: string;
  /** HTTP status answered (0: the connection was dropped without an answer). */
  status: number;
  contentType?: string;
  /** The request body (writes only). */
  body?: string;
  at: number;
}

const ROUTES: { pattern: RegExp; resource: Resource }[] = [
  {
    pattern:
      /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/deployments(?:\/([^/]+))?(?:\/(scale|status))?$/,
    resource: 'deployments',
  },
  {
    pattern: /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/replicasets(?:\/([^/]+))?()$/,
    resource: 'replicasets',
  },
  { pattern: /^\/api\/v1\/namespaces\/([^/]+)\/services(?:\/([^/]+))?()$/, resource: 'services' },
  { pattern: /^\/api\/v1\/namespaces\/([^/]+)\/pods(?:\/([^/]+))?()$/, resource: 'pods' },
  { pattern: /^\/api\/v1\/namespaces\/([^/]+)\/events(?:\/([^/]+))?()$/, resource: 'events' },
  {
    pattern: /^\/api\/v1\/namespaces\/([^/]+)\/resourcequotas(?:\/([^/]+))?()$/,
    resource: 'resourcequotas',
  },
  {
    pattern:
      /^\/apis\/discovery\.k8s\.io\/v1\/namespaces\/([^/]+)\/endpointslices(?:\/([^/]+))?()$/,
    resource: 'endpointslices',
  },
];

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return body;
}

/** The API server: routing, validation, optimistic concurrency, patches, Status errors. */
export class ApiServer {
  readonly requests: RequestRecord[] = [];
  readonly faults: Fault[] = [];

  constructor(
    private readonly store: Store,
    private readonly dualStack = false,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const contentType = req.headers['content-type'];
    let status: number;
    let payload: unknown;
    let headers: Record<string, string> = {};
    let body = '';
    try {
      body = await readBody(req);
      const fault = takeFault(this.faults, { method, path: url.pathname, body });
      if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault?.reset) {
        this.record(method, url, 0, contentType, body);
        req.socket.destroy();
        return;
      }
      const injected = fault && faultError(fault);
      if (injected) throw injected;
      [status, payload] = this.route(method, url, body, contentType ?? '');
    } catch (error) {
      const e =
        error instanceof HttpError
          ? error
          : error instanceof PatchError
            ? new HttpError(422, 'Invalid', error.message)
            : new HttpError(500, 'InternalError', (error as Error).message);
      status = e.code;
      payload = statusBody(e);
      headers = e.headers ?? {};
    }
    this.record(method, url, status, contentType, body);
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(payload));
  }

  private record(
    method: string,
    url: URL,
    status: number,
    contentType: string | undefined,
    body: string,
  ): void {
    this.requests.push({
      method,
      path: url.pathname + url.search,
      status,
      contentType,
      ...(method === 'GET' ? {} : { body }),
      at: Date.now(),
    });
  }

  private route(method: string, url: URL, body: string, contentType: string): [number, unknown] {
    for (const { pattern, resource } of ROUTES) {
      const m = pattern.exec(url.pathname);
      if (!m) continue;
      const [, namespace = '', name, sub] = m;
      if (!name) return this.collection(method, resource, namespace, url, body);
      if (sub === 'scale')
        return scaleSubresource(this.store, method, namespace, name, body, contentType);
      return this.item(method, resource, namespace, name, body, contentType, sub === 'status');
    }
    throw new HttpError(404, 'NotFound', 'the server could not find the requested resource');
  }

  private parse(body: string): Json {
    try {
      return JSON.parse(body) as Json;
    } catch {
      throw new HttpError(400, 'BadRequest', 'the body of the request was in an unknown format');
    }
  }

  private collection(
    method: string,
    resource: Resource,
    namespace: string,
    url: URL,
    body: string,
  ): [number, unknown] {
    if (method === 'GET') {
      if (url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1') {
        throw new HttpError(405, 'MethodNotAllowed', 'the fake does not serve watches; poll');
      }
      const labels = parseSelector(url.searchParams.get('labelSelector'));
      const fields = parseFieldSelector(url.searchParams.get('fieldSelector'));
      const items = this.store
        .list(resource, namespace)
        .filter((o) => labels(o.metadata.labels ?? {}) && fields(o));
      return [
        200,
        {
          kind: `${KINDS[resource].kind}List`,
          apiVersion: KINDS[resource].apiVersion,
          metadata: { resourceVersion: this.store.currentRevision() },
          items,
        },
      ];
    }
    if (method === 'POST') {
      const object = this.parse(body) as unknown as KObject;
      const name = object.metadata?.name;
      if (!name)
        throw new HttpError(
          422,
          'Invalid',
          `${KINDS[resource].kind} "" is invalid: metadata.name: Required value`,
        );
      if (this.store.get(resource, namespace, name)) {
        throw new HttpError(
          409,
          'AlreadyExists',
          `${qualified(resource)} "${name}" already exists`,
          {
            name,
            kind: resource,
          },
        );
      }
      validate(resource, object, undefined);
      const created: KObject = {
        ...object,
        metadata: { ...object.metadata, namespace, uid: randomUUID(), resourceVersion: '' },
      };
      if (resource === 'deployments') {
        created.metadata.generation = 1;
        created.status = {};
      }
      if (resource === 'services') {
        created.spec = allocateServiceIps(name, created.spec ?? {}, undefined, this.dualStack);
      }
      return [201, this.store.put(resource, created)];
    }
    throw new HttpError(405, 'MethodNotAllowed', `${method} is not allowed on a collection`);
  }

  private item(
    method: string,
    resource: Resource,
    namespace: string,
    name: string,
    body: string,
    contentType: string,
    statusOnly: boolean,
  ): [number, unknown] {
    const current = existing(this.store, resource, namespace, name);
    if (method === 'GET') return [200, current];
    if (method === 'DELETE') {
      this.store.delete(resource, namespace, name);
      return [
        200,
        {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Success',
          details: { name, kind: resource },
        },
      ];
    }
    let next: KObject;
    if (method === 'PUT') next = this.parse(body) as unknown as KObject;
    else if (method === 'PATCH') {
      next = applyPatch(
        contentType,
        current as unknown as Json,
        this.parse(body),
      ) as unknown as KObject;
    } else throw new HttpError(405, 'MethodNotAllowed', `${method} is not allowed`);
    const wanted = next.metadata?.resourceVersion;
    if (wanted && wanted !== current.metadata.resourceVersion) throw conflict(resource, name);
    if (next.metadata?.name && next.metadata.name !== name) {
      throw new HttpError(
        400,
        'BadRequest',
        `the name of the object (${next.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    const merged: KObject = {
      ...next,
      metadata: {
        ...current.metadata,
        labels: next.metadata?.labels,
        annotations: next.metadata?.annotations,
      },
    };
    if (statusOnly) {
      merged.spec = current.spec;
    } else {
      merged.status = current.status;
      validate(resource, merged, current);
      if (
        resource === 'deployments' &&
        JSON.stringify(merged.spec) !== JSON.stringify(current.spec)
      ) {
        merged.metadata.generation = (current.metadata.generation ?? 1) + 1;
      }
      if (resource === 'services') {
        merged.spec = allocateServiceIps(
          name,
          merged.spec ?? {},
          current.spec ?? {},
          this.dualStack,
        );
      }
    }
    if (JSON.stringify(merged) === JSON.stringify(current)) return [200, current];
    return [200, this.store.put(resource, merged)];
  }
}
