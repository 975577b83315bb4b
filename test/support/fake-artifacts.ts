/**
 * A fake of the Actions artifact service as @actions/artifact (v2+) talks to it: the results
 * service's Twirp JSON API (CreateArtifact → a signed upload URL, FinalizeArtifact) and the Azure
 * Blob block upload behind that URL (PUT ?comp=block, PUT ?comp=blocklist). Uploaded artifacts
 * are kept as zip bytes so tests can unpack them. The runtime token is a JWT whose `scp` claim
 * carries the run and job backend IDs, like the runner's ACTIONS_RUNTIME_TOKEN.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  size: number;
  hash?: string;
  zip: Buffer;
  finalized: boolean;
}

export interface FakeArtifacts {
  url: string;
  /** ACTIONS_RUNTIME_TOKEN for this fake. */
  token: string;
  artifacts: StoredArtifact[];
  violations: string[];
  close(): Promise<void>;
}

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeArtifacts(): Promise<FakeArtifacts> {
  const runId = 'c6b9b1f6-0000-4aae-887f-30da475f5f1a';
  const jobId = 'ca395085-040a-526b-2ce8-bdc85f692774';
  const token = `${b64url({ typ: 'JWT', alg: 'none' })}.${b64url({ scp: `Actions.GenericRead:${runId} Actions.Results:${runId}:${jobId}` })}.sig`;
  const artifacts: StoredArtifact[] = [];
  const violations: string[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  let nextId = 100;
  let url = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const u = new URL(req.url ?? '/', url);
      const data = await body(req);
      const json = (status: number, value: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'POST' && u.pathname.startsWith(SERVICE)) {
        if (req.headers.authorization !== `Bearer ${token}`) {
          return json(401, { code: 'unauthenticated', msg: 'bad token' });
        }
        const request = JSON.parse(data.toString('utf8')) as Record<string, string>;
        const method = u.pathname.slice(SERVICE.length);
        if (request.workflow_run_backend_id !== runId && request.workflowRunBackendId !== runId) {
          violations.push(`${method}: wrong workflow run backend id`);
        }
        if (method === 'CreateArtifact') {
          if (artifacts.some((a) => a.name === request.name)) {
            return json(409, {
              code: 'already_exists',
              msg: 'an artifact with this name already exists on the workflow run',
            });
          }
          const id = (nextId += 1);
          artifacts.push({
            id,
            name: request.name ?? '',
            runBackendId: runId,
            size: 0,
            zip: Buffer.alloc(0),
            finalized: false,
          });
          return json(200, { ok: true, signed_upload_url: `${url}/blob/${id}?sig=fake` });
        }
        if (method === 'FinalizeArtifact') {
          const artifact = artifacts.find((a) => a.name === request.name);
          if (!artifact) return json(404, { code: 'not_found', msg: 'no such artifact' });
          artifact.finalized = true;
          artifact.size = Number(request.size);
          const hash =
            (request.hash as unknown as { value?: string } | string | undefined) ?? undefined;
          artifact.hash = typeof hash === 'string' ? hash : hash?.value;
          return json(200, { ok: true, artifact_id: String(artifact.id) });
        }
        violations.push(`unsupported twirp method ${method}`);
        return json(404, { code: 'bad_route', msg: method });
      }
      const blob = /^\/blob\/(\d+)$/.exec(u.pathname);
      if (req.method === 'PUT' && blob) {
        const id = blob[1] ?? '';
        const headers = {
          'x-ms-request-id': `req-${Date.now()}`,
          'x-ms-version': '2025-01-05',
          date: new Date().toUTCString(),
        };
        const comp = u.searchParams.get('comp');
        if (comp === 'block') {
          const staged = blocks.get(id) ?? new Map<string, Buffer>();
          staged.set(u.searchParams.get('blockid') ?? '', data);
          blocks.set(id, staged);
          res.writeHead(201, headers).end();
          return;
        }
        if (comp === 'blocklist') {
          const ids = [
            ...data.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g),
          ].map((m) => m[1] ?? '');
          const staged = blocks.get(id) ?? new Map<string, Buffer>();
          const artifact = artifacts.find((a) => String(a.id) === id);
          if (artifact)
            artifact.zip = Buffer.concat(ids.map((b) => staged.get(b) ?? Buffer.alloc(0)));
          res
            .writeHead(201, {
              ...headers,
              etag: '"0x1"',
              'last-modified': new Date().toUTCString(),
            })
            .end();
          return;
        }
        // A single-shot upload (small blobs).
        const artifact = artifacts.find((a) => String(a.id) === id);
        if (artifact) artifact.zip = data;
        res
          .writeHead(201, { ...headers, etag: '"0x1"', 'last-modified': new Date().toUTCString() })
          .end();
        return;
      }
      violations.push(`${req.method} ${u.pathname}: not part of the artifact service`);
      res.writeHead(404).end();
    })().catch((error: unknown) => {
      violations.push(String(error));
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    token,
    artifacts,
    violations,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
