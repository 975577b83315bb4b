// The registry client against the token-auth flow ghcr.io and Docker Hub use (401 with a Bearer
// challenge → token endpoint with Basic credentials → retry with the token) and against tag-list
// pagination (Link: <…>; rel="next"), served by a small in-process distribution API that checks
// what the spec says a client must send. Reference parsing as a table.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { isUserError } from '../../src/shared/errors.js';
import { createRegistryClient, parseImageRef } from '../../src/image/registry.js';

const TOKEN = 'tok-123';
const TAGS = ['1.0.0', '1.1.0', '2.0.0', 'latest', 'sha-abc'];

describe('parseImageRef', () => {
  const rows: [string, string, string, string | undefined][] = [
    ['ghcr.io/acme/app:1.0', 'ghcr.io', 'acme/app', '1.0'],
    ['nginx', 'docker.io', 'library/nginx', undefined],
    ['user/app:latest', 'docker.io', 'user/app', 'latest'],
    ['localhost/app:dev', 'localhost', 'app', 'dev'],
    ['127.0.0.1:5000/a/b/c:x', '127.0.0.1:5000', 'a/b/c', 'x'],
    [`127.0.0.1:5000/a/b@sha256:${'0'.repeat(64)}`, '127.0.0.1:5000', 'a/b', undefined],
  ];
  for (const [ref, registry, repository, tag] of rows) {
    it(ref, () => assert.deepEqual(parseImageRef(ref), { registry, repository, tag }));
  }
});

describe('registry client with Bearer token auth and pagination', () => {
  let server: Server;
  let host = '';
  const seen: string[] = [];
  const authorized = (req: IncomingMessage): boolean =>
    req.headers.authorization === `Bearer ${TOKEN}`;

  before(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', `http://${host}`);
      seen.push(`${req.method} ${url.pathname}${url.search}`);
      if (url.pathname === '/token') {
        const basic = `Basic ${Buffer.from('ci:secret').toString('base64')}`;
        const ok =
          req.headers.authorization === basic &&
          url.searchParams.get('service') === 'registry.test' &&
          url.searchParams.get('scope') === 'repository:acme/app:pull';
        res
          .writeHead(ok ? 200 : 401, { 'content-type': 'application/json' })
          .end(JSON.stringify(ok ? { token: TOKEN } : { errors: [{ code: 'UNAUTHORIZED' }] }));
        return;
      }
      if (!authorized(req)) {
        res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${host}/token",service="registry.test",scope="repository:acme/app:pull"`,
            'content-type': 'application/json',
          })
          .end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED' }] }));
        return;
      }
      if (url.pathname === '/v2/acme/app/tags/list') {
        const n = Number(url.searchParams.get('n') ?? '2');
        const last = url.searchParams.get('last');
        const start = last ? TAGS.indexOf(last) + 1 : 0;
        const page = TAGS.slice(start, start + Math.min(n, 2));
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (start + page.length < TAGS.length)
          headers.link = `</v2/acme/app/tags/list?n=2&last=${page[page.length - 1]}>; rel="next"`;
        res.writeHead(200, headers).end(JSON.stringify({ name: 'acme/app', tags: page }));
        return;
      }
      if (req.method === 'HEAD' && url.pathname === '/v2/acme/app/manifests/1.0.0') {
        assert.match(
          String(req.headers.accept),
          /application\/vnd\.oci\.image\.manifest\.v1\+json/,
        );
        res.writeHead(200, { 'docker-content-digest': `sha256:${'c'.repeat(64)}` }).end();
        return;
      }
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN' }] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    host = `127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  after(() => server.close());

  const auth = { username: 'ci', password: 'secret', insecure: true };

  it('gets a token with Basic credentials, then the manifest digest', async () => {
    const digest = await createRegistryClient().manifestDigest(`${host}/acme/app:1.0.0`, auth);
    assert.equal(digest, `sha256:${'c'.repeat(64)}`);
    assert.ok(seen.some((s) => s.startsWith('GET /token?')));
  });

  it('follows Link pages for the whole tag list', async () => {
    seen.length = 0;
    const tags = await createRegistryClient().listTags(`${host}/acme/app`, auth);
    assert.deepEqual(tags, TAGS);
    assert.equal(
      seen.filter((s) => s.startsWith('GET /v2/acme/app/tags/list')).length,
      6,
      seen.join('\n'),
    );
  });

  it('an unknown tag has no digest; wrong credentials are a clear error', async () => {
    assert.equal(
      await createRegistryClient().manifestDigest(`${host}/acme/app:9.9.9`, auth),
      undefined,
    );
    await assert.rejects(
      createRegistryClient().manifestDigest(`${host}/acme/app:1.0.0`, {
        ...auth,
        password: 'nope',
      }),
      (e: unknown) => isUserError(e) && e.reason === 'registry-error' && /401/.test(e.message),
    );
  });
});
