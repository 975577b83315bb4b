import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Backend {
  port: number;
}

/**
 * A Service's data path: a real local HTTP proxy on its own port that forwards each request to
 * one of the ready endpoints its selector picks right now (round-robin), like kube-proxy.
 */
export class ServiceProxy {
  private server: Server | undefined;
  private next = 0;
  port = 0;
  served = 0;

  constructor(private readonly backends: () => Backend[] | undefined) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const targets = this.backends();
      if (!targets) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('no such service');
        return;
      }
      if (targets.length === 0) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('no ready endpoints');
        return;
      }
      const target = targets[this.next++ % targets.length] as Backend;
      const upstream = request(
        {
          host: '127.0.0.1',
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, connection: 'close' },
        },
        (up) => {
          this.served++;
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', (error) => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`upstream error: ${error.message}`);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}
