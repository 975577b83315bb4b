import { spawn } from 'node:child_process';

/** How a process ended: on its own, or stopped by us and how hard we had to push. */
export type Termination = 'exited' | 'timeout' | 'cancelled' | 'spawn-failed';
export type Escalation = 'none' | 'SIGINT' | 'SIGTERM' | 'SIGKILL';

export interface ExecRequest {
  command: string;
  args: readonly string[];
  cwd?: string;
  /** Merged over process.env. Values are never logged by this module. */
  env?: Readonly<Record<string, string>>;
  /** Replace process.env entirely instead of merging over it. */
  replaceEnv?: boolean;
  input?: string;
  timeoutMs?: number;
  /** Aborting asks the process to stop: SIGINT, then SIGTERM and SIGKILL after `graceMs`. */
  signal?: AbortSignal;
  /** Time between escalation steps (default 30 s, terraform's own persistence window). */
  graceMs?: number;
  /**
   * Start the process in its own process group, so a terminal's Ctrl-C reaches only Gantry,
   * which then stops it with exactly one SIGINT (terraform treats a second one as "exit
   * immediately", losing state). It is stopped if Gantry exits first.
   */
  ownProcessGroup?: boolean;
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
}

export interface ExecResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  termination: Termination;
  /** The strongest signal we had to send (`none` when the process ended on its own). */
  escalation: Escalation;
  /** Set when the binary could not be started (ENOENT, EACCES). */
  spawnError?: string;
}

/** The exec port: every process Gantry starts goes through one of these. */
export type Exec = (request: ExecRequest) => Promise<ExecResult>;

export const execProcess: Exec = (request) =>
  new Promise((resolve) => {
    const started = Date.now();
    const graceMs = request.graceMs ?? 30_000;
    const env = request.replaceEnv
      ? { ...request.env }
      : { ...process.env, ...(request.env ?? {}) };
    const child = spawn(request.command, [...request.args], {
      cwd: request.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: request.ownProcessGroup ?? false,
    });
    // Out of the terminal's process group, the child would outlive a Gantry that crashed.
    const orphanGuard = (): void => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    };
    if (request.ownProcessGroup) process.once('exit', orphanGuard);
    let stdout = '';
    let stderr = '';
    let termination: Termination = 'exited';
    let escalation: Escalation = 'none';
    const timers: NodeJS.Timeout[] = [];

    const stop = (why: Termination): void => {
      if (termination !== 'exited' || child.exitCode !== null) return;
      termination = why;
      const steps: Escalation[] = ['SIGINT', 'SIGTERM', 'SIGKILL'];
      const send = (i: number): void => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const sig = steps[i] as Exclude<Escalation, 'none'>;
        escalation = sig;
        child.kill(sig);
        if (i + 1 < steps.length) timers.push(setTimeout(() => send(i + 1), graceMs));
      };
      send(0);
    };

    if (request.timeoutMs && request.timeoutMs > 0) {
      timers.push(setTimeout(() => stop('timeout'), request.timeoutMs));
    }
    const onAbort = (): void => stop('cancelled');
    if (request.signal) {
      if (request.signal.aborted) onAbort();
      else request.signal.addEventListener('abort', onAbort, { once: true });
    }

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      request.onStdout?.(chunk);
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      request.onStderr?.(chunk);
    });
    child.stdin.on('error', () => undefined);
    if (request.input !== undefined) child.stdin.end(request.input);
    else child.stdin.end();

    let spawnError: string | undefined;
    child.on('error', (err: NodeJS.ErrnoException) => {
      spawnError = `${request.command}: ${err.code === 'ENOENT' ? 'not found' : err.message}`;
    });
    child.on('close', (code, sig) => {
      process.removeListener('exit', orphanGuard);
      timers.forEach(clearTimeout);
      request.signal?.removeEventListener('abort', onAbort);
      resolve({
        exitCode: code,
        signal: sig,
        stdout,
        stderr,
        durationMs: Date.now() - started,
        termination: spawnError ? 'spawn-failed' : termination,
        escalation,
        ...(spawnError ? { spawnError } : {}),
      });
    });
  });
