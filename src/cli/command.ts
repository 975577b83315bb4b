import type { Logger } from '../shared/log.js';

/** What a subcommand gets: its own argv (after the subcommand name) and the process's streams. */
export interface CliContext {
  argv: string[];
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  log: Logger;
  /** Aborted on SIGINT/SIGTERM so long-running commands stop their child processes gracefully. */
  signal: AbortSignal;
}

export interface CliCommand {
  name: string;
  /** One line for `gantry --help`. */
  summary: string;
  /** Full `--help` text: usage line, then options. */
  help: string;
  /** Returns the process exit code. Throw UserError for user mistakes (one line, no stack). */
  run(ctx: CliContext): Promise<number>;
}
