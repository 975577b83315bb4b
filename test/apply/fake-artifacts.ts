/**
 * A fake of the Actions results service that @actions/artifact talks to (Twirp JSON over HTTP):
 * ListArtifacts (by name or id, scoped to the run and job ids in the runtime token's `scp`
 * claim), GetSignedArtifactURL, and the signed blob URL serving the artifact as a zip. Requests
 * are checked like the service does: bearer token, proto field names, the token's backend ids.
 */
import { createServer, type Server } from 'node:http';
import { crc32 } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService';
const RUN = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
const JOB = 'ca395085-040a-526b-2ce8-bdc85f692774';

/** A zip with every file stored (no compression), as a minimal but valid archive. */
export function zipStored(files: Record<string, Buffer | string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export interface FakeArtifacts {
  url: string;
  /** ACTIONS_RUNTIME_TOKEN: a JWT whose scp names this run and job. */
  token: string;
  calls: string[];
  violations: string[];
  close(): Promise<void>;
}

export async function startFakeArtifacts(
  artifacts: Record<string, Record<string, Buffer | string>>,
): Promise<FakeArtifacts> {
  const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.GenericRead Actions.Results:${RUN}:${JOB}` })}.`;
  const entries = Object.keys(artifacts).map((name, i) => ({ name, id: String(1000 + i) }));
  const calls: string[] = [];
  const violations: string[] = [];
  let url = '';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      calls.push(`${req.method} ${path}`);
      const send = (status: number, body: unknown, type = 'application/json'): void => {
        res.writeHead(status, { 'content-type': type });
        res.end(Buffer.isBuffer(body) ? body : JSON.stringify(body));
      };
      if (req.method === 'GET' && path.startsWith('/blob/')) {
        const name = decodeURIComponent(path.slice('/blob/'.length).replace(/\.zip$/, ''));
        const files = artifacts[name];
        return files ? send(200, zipStored(files), 'application/zip') : send(404, {});
      }
      if (req.headers.authorization !== `Bearer ${token}`) {
        violations.push(`${path}: missing or wrong bearer token`);
        return send(401, { code: 'unauthenticated', msg: 'bad token' });
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<
        string,
        string
      >;
      if (body.workflow_run_backend_id !== RUN || body.workflow_job_run_backend_id !== JOB) {
        violations.push(
          `${path}: backend ids ${body.workflow_run_backend_id}/${body.workflow_job_run_backend_id} are not the token's`,
        );
      }
      const row = (e: { name: string; id: string }) => ({
        workflow_run_backend_id: RUN,
        workflow_job_run_backend_id: JOB,
        database_id: e.id,
        name: e.name,
        size: String(zipStored(artifacts[e.name] ?? {}).length),
        created_at: '2026-11-22T11:00:00Z',
      });
      if (path === `${SERVICE}/ListArtifacts`) {
        const found = entries.filter(
          (e) =>
            (body.name_filter === undefined || e.name === body.name_filter) &&
            (body.id_filter === undefined || e.id === body.id_filter),
        );
        return send(200, { artifacts: found.map(row) });
      }
      if (path === `${SERVICE}/GetSignedArtifactURL`) {
        return send(200, {
          signed_url: `${url}/blob/${encodeURIComponent(body.name ?? '')}.zip?sig=x`,
        });
      }
      violations.push(`${req.method} ${path}: no such method`);
      return send(404, { code: 'bad_route', msg: 'no such method' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    token,
    calls,
    violations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
