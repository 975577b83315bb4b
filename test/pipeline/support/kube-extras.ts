import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeKube } from '../../support/fake-kube/index.js';

/**
 * The rollout's fake Kubernetes serves Deployments, Services, EndpointSlices, Pods and Events.
 * Support bundles and `gantry logs` also read pod logs, Secrets and ConfigMaps, so this front
 * adds those routes with the real API's shapes (text/plain logs honouring `tailLines`, `*List`
 * objects, Status 404s) and forwards everything else to the fake untouched.
 */
export interface Extras {
  /**
   * Log text per pod name prefix (e.g. `shop-green` → lines every green pod's `app` container
   * printed); `shop-green:proxy` for another container of those pods.
   */
  logs: Record<string, string>;
  secrets: Record<string, unknown>[];
  configMaps: Record<string, unknown>[];
}

export interface KubeFront {
  url: string;
  kubeconfigPath: string;
  requests: string[];
  close(): Promise<void>;
}

function notFound(kind: string, name: string): string {
  return JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: `${kind} "${name}" not found`,
    reason: 'NotFound',
    details: { name, kind },
    code: 404,
  });
}

function list(kind: string, namespace: string, items: Record<string, unknown>[]): string {
  return JSON.stringify({
    kind: `${kind}List`,
    apiVersion: 'v1',
    metadata: { resourceVersion: '1' },
    items: items.filter(
      (i) => (i.metadata as { namespace?: string } | undefined)?.namespace === namespace,
    ),
  });
}

export async function startKubeFront(fake: FakeKube, extras: Extras): Promise<KubeFront> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://front');
    requests.push(`${req.method} ${url.pathname}`);
    const log = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/.exec(url.pathname);
    if (log && req.method === 'GET') {
      const [, namespace = '', pod = ''] = log;
      if (!fake.get('pods', namespace, pod)) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(notFound('pods', pod));
        return;
      }
      const container = url.searchParams.get('container');
      const prefix = Object.keys(extras.logs).find((p) => !p.includes(':') && pod.startsWith(p));
      const key = container && container !== 'app' ? `${prefix}:${container}` : prefix;
      let lines = (key ? (extras.logs[key] ?? '') : '').split('\n').filter(Boolean);
      const tail = Number(url.searchParams.get('tailLines') ?? 'NaN');
      if (Number.isInteger(tail) && tail >= 0) lines = lines.slice(-tail);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(lines.map((l) => `${l}\n`).join(''));
      return;
    }
    const coll = /^\/api\/v1\/namespaces\/([^/]+)\/(secrets|configmaps)$/.exec(url.pathname);
    if (coll && req.method === 'GET') {
      const [, namespace = '', resource] = coll;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        resource === 'secrets'
          ? list('Secret', namespace, extras.secrets)
          : list('ConfigMap', namespace, extras.configMaps),
      );
      return;
    }
    const target = new URL(fake.url);
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const kubeconfigPath = join(mkdtempSync(join(tmpdir(), 'kube-front-')), 'kubeconfig');
  writeFileSync(kubeconfigPath, fake.kubeconfig().replace(fake.url, url));
  return {
    url,
    kubeconfigPath,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
