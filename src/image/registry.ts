// A small OCI distribution client: the pushed manifest's digest (Docker-Content-Digest) and a
// repository's tag list, with Basic and Bearer-token auth (docker.io, ghcr.io, registry:2).
import { UserError } from '../shared/errors.js';

/** A registry answer we could not use; `status` tells an auth problem (401/403) from others. */
export class RegistryError extends UserError {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message, { reason: 'registry-error' });
    this.status = status;
  }
}

export interface ImageRef {
  /** Host as written (`ghcr.io`, `127.0.0.1:5000`); `docker.io` for Docker Hub. */
  registry: string;
  /** Repository path (`acme/app`; `library/x` for Hub official images). */
  repository: string;
  tag: string | undefined;
}

export function parseImageRef(ref: string): ImageRef {
  const at = ref.indexOf('@');
  const noDigest = at >= 0 ? ref.slice(0, at) : ref;
  const slash = noDigest.indexOf('/');
  const first = slash >= 0 ? noDigest.slice(0, slash) : '';
  const hasRegistry =
    slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : 'docker.io';
  let rest = hasRegistry ? noDigest.slice(slash + 1) : noDigest;
  const colon = rest.lastIndexOf(':');
  let tag: string | undefined;
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const repository = registry === 'docker.io' && !rest.includes('/') ? `library/${rest}` : rest;
  return { registry, repository, tag };
}

export interface RegistryAuth {
  username?: string;
  password?: string;
  /** Plain HTTP (a registry started with --tls-verify=false / insecure-registries). */
  insecure?: boolean;
}

export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export interface RegistryClient {
  manifestDigest(ref: string, auth: RegistryAuth): Promise<string | undefined>;
  listTags(image: string, auth: RegistryAuth): Promise<string[]>;
}

type Fetch = typeof fetch;

function baseUrl(registry: string, insecure: boolean | undefined): string {
  const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
  return `${insecure ? 'http' : 'https'}://${host}`;
}

/** Parses `Bearer realm="…",service="…",scope="…"`. */
function challenge(header: string): { scheme: string; params: Record<string, string> } {
  const scheme = header.split(' ')[0]?.toLowerCase() ?? '';
  const params: Record<string, string> = {};
  for (const m of header.matchAll(/(\w+)="([^"]*)"/g)) params[m[1] ?? ''] = m[2] ?? '';
  return { scheme, params };
}

export function createRegistryClient(fetchImpl: Fetch = fetch): RegistryClient {
  async function request(
    url: string,
    init: RequestInit,
    auth: RegistryAuth,
    scope: string,
  ): Promise<Response> {
    const first = await fetchImpl(url, init);
    if (first.status !== 401) return first;
    const www = first.headers.get('www-authenticate') ?? '';
    const { scheme, params } = challenge(www);
    const basic =
      auth.username !== undefined
        ? `Basic ${Buffer.from(`${auth.username}:${auth.password ?? ''}`).toString('base64')}`
        : undefined;
    const headers = new Headers(init.headers);
    if (scheme === 'basic') {
      if (!basic) return first;
      headers.set('authorization', basic);
    } else if (scheme === 'bearer' && params.realm) {
      const tokenUrl = new URL(params.realm);
      if (params.service) tokenUrl.searchParams.set('service', params.service);
      tokenUrl.searchParams.set('scope', params.scope ?? scope);
      const tokenRes = await fetchImpl(tokenUrl, {
        headers: basic ? { authorization: basic } : {},
      });
      if (!tokenRes.ok) return first;
      const body = (await tokenRes.json()) as { token?: string; access_token?: string };
      headers.set('authorization', `Bearer ${body.token ?? body.access_token ?? ''}`);
    } else return first;
    return fetchImpl(url, { ...init, headers });
  }

  return {
    async manifestDigest(ref, auth) {
      const r = parseImageRef(ref);
      const url = `${baseUrl(r.registry, auth.insecure)}/v2/${r.repository}/manifests/${r.tag ?? 'latest'}`;
      const init = { method: 'HEAD', headers: { accept: MANIFEST_ACCEPT } };
      const res = await request(url, init, auth, `repository:${r.repository}:pull`);
      if (res.status === 404) return undefined;
      if (!res.ok) {
        throw new RegistryError(
          `Registry answered ${res.status} for the manifest of ${ref}.`,
          res.status,
        );
      }
      return res.headers.get('docker-content-digest') ?? undefined;
    },

    async listTags(image, auth) {
      const r = parseImageRef(image);
      const base = baseUrl(r.registry, auth.insecure);
      const tags: string[] = [];
      let next: string | undefined = `${base}/v2/${r.repository}/tags/list?n=1000`;
      while (next) {
        const res = await request(
          next,
          { headers: { accept: 'application/json' } },
          auth,
          `repository:${r.repository}:pull`,
        );
        if (res.status === 404) return tags; // a repository that does not exist yet has no tags
        if (!res.ok) {
          throw new RegistryError(
            `Registry answered ${res.status} listing the tags of ${image}.`,
            res.status,
          );
        }
        const body = (await res.json()) as { tags?: string[] | null };
        tags.push(...(body.tags ?? []));
        const link = res.headers.get('link')?.match(/<([^>]+)>;\s*rel="next"/)?.[1];
        next = link ? new URL(link, base).toString() : undefined;
      }
      return tags;
    },
  };
}
