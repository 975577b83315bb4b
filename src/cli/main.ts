import { parseArgs } from 'node:util';
import type { CliCommand, CliContext } from './command.js';
import { COMMANDS } from './commands.js';
import { describeError, isUserError } from '../shared/errors.js';
import { createConsoleLogger } from '../shared/log.js';

function topHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length), 8);
  const rows = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return [
    'gantry — plan, apply, publish and roll out, locally or in GitHub Actions',
    '',
    'Usage: gantry <command> [options]',
    '',
    'Commands:',
    ...rows,
    '',
    'Run `gantry <command> --help` for the options of one command.',
  ].join('\n');
}

export async function main(argv: string[], io: Partial<CliContext> = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    stdout.write(`${topHelp()}\n`);
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    stdout.write('gantry 0.1.0\n');
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    stderr.write(
      `gantry: unknown command '${name}'. Valid commands: ${Object.keys(COMMANDS).join(', ')}.\n`,
    );
    return 1;
  }
  let command: CliCommand;
  try {
    command = await entry.load();
  } catch (error) {
    stderr.write(`gantry ${name}: ${describeError(error)}\n`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    stdout.write(`${command.help.trimEnd()}\n`);
    return 0;
  }
  // The tools run in their own process group (see ExecRequest.ownProcessGroup): a Ctrl-C reaches
  // only this process, which asks them to stop gracefully, once. A second one exits at once, and
  // the exit stops them too: terraform's own "two interrupts" behaviour.
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!controller.signal.aborted) {
      controller.abort();
      return;
    }
    stderr.write(
      `gantry ${name}: second ${signal}: stopping now; the tool may not save its state.\n`,
    );
    process.exit(130);
  };
  if (!io.signal) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  try {
    return await command.run({
      argv: rest,
      stdout,
      stderr,
      stdin: io.stdin ?? process.stdin,
      env: io.env ?? process.env,
      cwd: io.cwd ?? process.cwd(),
      log:
        io.log ??
        createConsoleLogger({ stream: stderr, verbose: Boolean(process.env.GANTRY_DEBUG) }),
      signal: io.signal ?? controller.signal,
    });
  } catch (error) {
    // parseArgs throws TypeErrors with codes like ERR_PARSE_ARGS_UNKNOWN_OPTION for bad flags.
    const code = (error as { code?: string }).code ?? '';
    if (isUserError(error) || code.startsWith('ERR_PARSE_ARGS')) {
      const message = isUserError(error) ? error.describe() : (error as Error).message;
      stderr.write(`gantry ${name}: ${message}\n`);
    } else {
      stderr.write(`gantry ${name}: internal error: ${describeError(error)}\n`);
    }
    return 1;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/** Re-exported so commands share one flag parser with strict unknown-option errors. */
export { parseArgs };
