import { KINDS, type KObject, type Resource, type Store } from './store.js';

/** An API error answered as a Status object, as the API server does. */
export class HttpError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, string | number>,
    /** Extra response headers (Retry-After on a 429). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export function qualified(resource: Resource): string {
  const group = KINDS[resource].group;
  return group ? `${resource}.${group}` : resource;
}

export function statusBody(e: HttpError): Record<string, unknown> {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: e.message,
    reason: e.reason,
    ...(e.details ? { details: e.details } : {}),
    code: e.code,
  };
}

export function conflict(resource: Resource, name: string): HttpError {
  return new HttpError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualified(resource)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, kind: resource },
  );
}

export function existing(
  store: Store,
  resource: Resource,
  namespace: string,
  name: string,
): KObject {
  const found = store.get(resource, namespace, name);
  if (!found) {
    throw new HttpError(404, 'NotFound', `${qualified(resource)} "${name}" not found`, {
      name,
      kind: resource,
    });
  }
  return found;
}

export function parseJson<T>(body: string): T {
  try {
    return JSON.parse(body) as T;
  } catch {
    throw new HttpError(400, 'BadRequest', 'the body of the request was in an unknown format');
  }
}
