import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How the pods of one image behave. Readiness is what the kubelet's probe would conclude;
 * the HTTP answers are what the app itself serves on its real port.
 */
export interface ImageScript {
  /** Ready this long after the container starts (default 40 ms). */
  readyAfterMs?: number;
  /** The readiness probe never succeeds (events: Unhealthy). */
  neverReady?: boolean;
  /** The container keeps exiting (CrashLoopBackOff, restartCount grows, events: BackOff). */
  crashLoop?: boolean;
  /** HTTP status for every path (default 200), overridden per path by `paths`. */
  status?: number;
  paths?: Record<string, number>;
  /** Response body (default `ok <image>`). */
  body?: string;
  /** After this long ready, every request answers 500 (a release that breaks under traffic). */
  failAfterReadyMs?: number;
}

/** One pod's app: a real HTTP server on 127.0.0.1 answering per its image's script. */
export class PodServer {
  private server: Server | undefined;
  port = 0;
  readyAt: number | undefined;
  requests = 0;

  constructor(
    readonly image: string,
    private readonly script: () => ImageScript,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.requests++;
      const script = this.script();
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      let status = script.paths?.[path] ?? script.status ?? 200;
      const broken =
        script.failAfterReadyMs !== undefined &&
        this.readyAt !== undefined &&
        Date.now() - this.readyAt > script.failAfterReadyMs;
      if (broken) status = 500;
      req.resume();
      res.writeHead(status, { 'content-type': 'text/plain', connection: 'close' });
      res.end(broken ? 'broken' : (script.body ?? `ok ${this.image}`));
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
