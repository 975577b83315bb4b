import type { Escalation, Exec } from '../shared/exec.js';
import type { Logger } from '../shared/log.js';
import { stripAnsi } from '../shared/ansi.js';
import { displayCommand } from './args.js';
import { execEnv, type EnvMap } from './tool.js';

export const DEFAULT_TIMEOUT_MINUTES = 60;
/** Time terraform gets after SIGINT to persist state and release the lock before SIGTERM. */
export const DEFAULT_GRACE_MS = 30_000;

export type Stopped = 'timeout' | 'cancelled';

export interface ToolRunRequest {
  bin: string;
  args: readonly string[];
  cwd: string;
  /** Merged over the process env; every value is registered with the logger's mask. */
  env?: Readonly<Record<string, string>> | undefined;
  /** What `env` is merged over (not masked); default process.env. */
  baseEnv?: EnvMap | undefined;
  /** Values that must never be printed (e.g. -var values) besides the env values. */
  secrets?: readonly string[] | undefined;
  timeoutMs?: number | undefined;
  graceMs?: number | undefined;
  signal?: AbortSignal | undefined;
  /**
   * How live output reaches the log: `raw` streams it as is (ANSI colours kept), `json` expects
   * terraform's `-json` lines and streams their human `@message`, `none` logs nothing.
   */
  echo?: 'raw' | 'json' | 'none';
}

export interface ToolRunResult {
  command: string;
  /** null when the process was killed by a signal or never started. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr in arrival order, ANSI codes stripped: safe for comments. */
  output: string;
  durationMs: number;
  stopped?: Stopped;
  /** The strongest signal sent to stop the process. */
  escalation?: Exclude<Escalation, 'none'>;
  spawnError?: string;
}

export interface ToolRunDeps {
  exec: Exec;
  log: Logger;
}

/** Run terraform/tofu once: live log, captured output, timeout and cancellation by SIGINT first. */
export async function runTool(request: ToolRunRequest, deps: ToolRunDeps): Promise<ToolRunResult> {
  const { log } = deps;
  for (const value of Object.values(request.env ?? {})) log.mask(value);
  for (const value of request.secrets ?? []) log.mask(value);
  const command = displayCommand(request.bin, request.args);
  log.info(`$ ${command}`);
  const echo = request.echo ?? 'raw';
  const pieces: string[] = [];
  const json = echo === 'json' ? jsonEcho(log) : undefined;
  const result = await deps.exec({
    command: request.bin,
    args: request.args,
    cwd: request.cwd,
    ...execEnv(request.baseEnv, request.env),
    timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MINUTES * 60_000,
    graceMs: request.graceMs ?? DEFAULT_GRACE_MS,
    ownProcessGroup: true,
    ...(request.signal ? { signal: request.signal } : {}),
    onStdout: (chunk) => {
      pieces.push(chunk);
      if (echo === 'raw') log.write(chunk);
      json?.push(chunk);
    },
    onStderr: (chunk) => {
      pieces.push(chunk);
      if (echo !== 'none') log.write(chunk);
    },
  });
  json?.flush();
  const stopped =
    result.termination === 'timeout' || result.termination === 'cancelled'
      ? result.termination
      : undefined;
  if (stopped) {
    log.warn(
      `${command}: ${stopped === 'timeout' ? 'timed out' : 'cancelled'}; sent ${result.escalation}.`,
    );
  }
  return {
    command,
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    output: stripAnsi(pieces.join('')),
    durationMs: result.durationMs,
    ...(stopped ? { stopped } : {}),
    ...(result.escalation !== 'none' ? { escalation: result.escalation } : {}),
    ...(result.spawnError ? { spawnError: result.spawnError } : {}),
  };
}

/** The `"@message":"…"` member of a UI message line (a quote inside a JSON string is escaped). */
const MESSAGE = /"@message":("(?:[^"\\]|\\.)*")/;

/**
 * The `@message` of a JSON UI line, reading only that member (a plan of thousands of resources
 * streams thousands of lines); undefined for the version message and lines without one; the
 * line itself when it is not JSON.
 */
export function uiMessage(line: string): string | undefined {
  if (!line.startsWith('{')) return line;
  if (line.includes('"type":"version"')) return undefined;
  const found = MESSAGE.exec(line);
  if (found) {
    try {
      return JSON.parse(found[1] as string) as string;
    } catch {
      // a malformed escape: read the whole line below
    }
  }
  try {
    const parsed = JSON.parse(line) as { '@message'?: unknown };
    return typeof parsed['@message'] === 'string' ? parsed['@message'] : undefined;
  } catch {
    return line;
  }
}

/**
 * Streams the `@message` of each complete JSON line; non-JSON lines pass through unchanged. The
 * messages of one chunk go out in one write (a plan streams a line per resource).
 */
function jsonEcho(log: Logger): { push(chunk: string): void; flush(): void } {
  let partial = '';
  const messages = (lines: readonly string[]): string => {
    let text = '';
    for (const line of lines) {
      const trimmed = line.trim();
      const message = trimmed ? uiMessage(trimmed) : undefined;
      if (message !== undefined) text += `${message}\n`;
    }
    return text;
  };
  const write = (text: string): void => {
    if (text) log.write(text);
  };
  return {
    push(chunk) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      write(messages(lines));
    },
    flush() {
      write(messages([partial]));
      partial = '';
    },
  };
}

/** One line saying how a run ended, for failure messages. */
export function describeRun(result: ToolRunResult): string {
  if (result.spawnError) return result.spawnError;
  if (result.stopped === 'timeout')
    return `timed out; stopped with ${result.escalation ?? 'SIGINT'}`;
  if (result.stopped === 'cancelled')
    return `cancelled; stopped with ${result.escalation ?? 'SIGINT'}`;
  return `exit code ${result.exitCode ?? 'none (killed)'}`;
}

/** The last lines of captured output (ANSI-free), for failure comments. */
export function outputTail(output: string, lines = 40): string {
  const all = output.trimEnd().split('\n');
  return all.slice(-lines).join('\n');
}
