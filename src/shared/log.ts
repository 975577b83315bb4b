/**
 * The logging port. Actions back it with @actions/core (groups, annotations, masking); the CLI
 * backs it with stderr. Domain code only ever sees this interface.
 */
export interface Annotation {
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
  title?: string;
}

export interface Logger {
  info(message: string): void;
  warn(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  debug(message: string): void;
  /** Raw output streamed live (e.g. terraform's own output, ANSI colours kept). */
  write(chunk: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Never print this value again (tokens, passwords, variable values). */
  mask(secret: string): void;
}

/** A logger for the CLI: human text on stderr, live output on stderr too, masks applied. */
export function createConsoleLogger(
  options: { verbose?: boolean; stream?: NodeJS.WritableStream } = {},
): Logger {
  const out = options.stream ?? process.stderr;
  const secrets: string[] = [];
  const redact = (text: string): string =>
    secrets.reduce((acc, s) => acc.split(s).join('***'), text);
  const line = (text: string): void => {
    out.write(`${redact(text)}\n`);
  };
  return {
    info: line,
    warn: (m, a) => line(`warning: ${a?.file ? `${a.file}:${a.startLine ?? 0}: ` : ''}${m}`),
    error: (m, a) => line(`error: ${a?.file ? `${a.file}:${a.startLine ?? 0}: ` : ''}${m}`),
    debug: (m) => {
      if (options.verbose) line(`debug: ${m}`);
    },
    write: (chunk) => {
      out.write(redact(chunk));
    },
    async group(name, fn) {
      const started = Date.now();
      line(`── ${name}`);
      try {
        return await fn();
      } finally {
        if (options.verbose) line(`── ${name} done in ${Date.now() - started} ms`);
      }
    },
    mask(secret) {
      if (secret && secret.length >= 3 && !secrets.includes(secret)) secrets.push(secret);
    },
  };
}

/** A logger that records everything; for tests and for capturing output. */
export function createMemoryLogger(): Logger & { lines: string[]; text(): string } {
  const lines: string[] = [];
  const secrets: string[] = [];
  const redact = (text: string): string =>
    secrets.reduce((acc, s) => acc.split(s).join('***'), text);
  return {
    lines,
    text: () => lines.join('\n'),
    info: (m) => lines.push(redact(m)),
    warn: (m) => lines.push(redact(`warning: ${m}`)),
    error: (m) => lines.push(redact(`error: ${m}`)),
    debug: (m) => lines.push(redact(`debug: ${m}`)),
    write: (c) => lines.push(redact(c)),
    async group(name, fn) {
      lines.push(`::group::${name}`);
      try {
        return await fn();
      } finally {
        lines.push('::endgroup::');
      }
    },
    mask(secret) {
      if (secret) secrets.push(secret);
    },
  };
}
