import { UserError } from '../shared/errors.js';

/**
 * Running a Gantry action on a workstation the way the runner runs it: every input in
 * INPUT_<NAME> (given, else the action.yml default), the git context in GITHUB_*, outputs and
 * summary to files. Pure: the command reads action.yml and git, then spawns the bundle.
 */
export interface ActionSpec {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  runs?: { using?: string; main?: string };
}

export interface LocalContext {
  ref: string;
  sha: string;
  eventName: string;
  workspace: string;
  outputFile: string;
  summaryFile: string;
  tempDir: string;
  /** Evaluates `${{ github.token }}` defaults (GITHUB_TOKEN or GH_TOKEN); empty when unset. */
  token: string;
  repository?: string;
}

/** `--with name=value` pairs, checked against the action's inputs before anything runs. */
export function parseWith(
  pairs: readonly string[],
  spec: ActionSpec,
  action: string,
): Record<string, string> {
  const known = Object.keys(spec.inputs ?? {});
  const values: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = eq > 0 ? pair.slice(0, eq) : '';
    if (!name) {
      throw new UserError(`--with '${pair}' is not name=value.`, {
        hint: 'E.g. --with images=ghcr.io/acme/shop.',
      });
    }
    if (!known.includes(name)) {
      throw new UserError(`${action} has no input '${name}'.`, {
        hint: `Its inputs: ${known.join(', ')}.`,
      });
    }
    values[name] = pair.slice(eq + 1);
  }
  for (const [name, input] of Object.entries(spec.inputs ?? {})) {
    if (input.required && input.default === undefined && !values[name]) {
      throw new UserError(`${action} needs --with ${name}=….`, { reason: 'invalid-input' });
    }
  }
  return values;
}

const envName = (input: string): string => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;

/** The environment the runner would give the action's process. */
export function actionEnv(
  spec: ActionSpec,
  given: Readonly<Record<string, string>>,
  ctx: LocalContext,
): Record<string, string> {
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REF: ctx.ref,
    GITHUB_REF_NAME: ctx.ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_SHA: ctx.sha,
    GITHUB_EVENT_NAME: ctx.eventName,
    GITHUB_WORKSPACE: ctx.workspace,
    GITHUB_OUTPUT: ctx.outputFile,
    GITHUB_STEP_SUMMARY: ctx.summaryFile,
    RUNNER_TEMP: ctx.tempDir,
    ...(ctx.repository ? { GITHUB_REPOSITORY: ctx.repository } : {}),
  };
  for (const [name, input] of Object.entries(spec.inputs ?? {})) {
    const fallback =
      input.default === undefined
        ? ''
        : String(input.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, ctx.token);
    env[envName(name)] = given[name] ?? fallback;
  }
  return env;
}

/** Outputs from a GITHUB_OUTPUT file (`name<<DELIM … DELIM` blocks, or `name=value` lines). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) body.push(lines[i] ?? '');
      outputs[name] = body.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** Decode a workflow command's data (%25 %0D %0A escaping, as @actions/core encodes it). */
function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * What the runner does with an action's stdout, for a terminal: `::add-mask::` values are
 * never shown again (and the command itself is swallowed), workflow commands become readable
 * lines, partial lines wait for their end. Feed chunks; `end()` flushes the last line.
 */
export function createRunnerFilter(options: { debug?: boolean } = {}): {
  write(chunk: string): string;
  end(): string;
  redact(text: string): string;
} {
  const masks: string[] = [];
  let pending = '';
  const redact = (text: string): string => masks.reduce((acc, m) => acc.split(m).join('***'), text);
  const line = (raw: string): string | undefined => {
    const cmd = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(raw);
    if (!cmd) return redact(raw);
    const [, name = '', data = ''] = cmd;
    const value = unescapeData(data);
    switch (name) {
      case 'add-mask':
        if (value) masks.push(value, ...value.split('\n').filter((l) => l.length >= 4));
        masks.sort((a, b) => b.length - a.length);
        return undefined;
      case 'group':
        return redact(`── ${value}`);
      case 'endgroup':
        return undefined;
      case 'debug':
        return options.debug ? redact(`debug: ${value}`) : undefined;
      case 'error':
      case 'warning':
      case 'notice':
        return redact(`${name}: ${value}`);
      default:
        return undefined; // set-output, save-state, echo, …: not for a terminal
    }
  };
  const take = (text: string): string =>
    text
      .split('\n')
      .map(line)
      .filter((l): l is string => l !== undefined)
      .map((l) => `${l}\n`)
      .join('');
  return {
    write(chunk) {
      const text = pending + chunk;
      const cut = text.lastIndexOf('\n');
      pending = cut < 0 ? text : text.slice(cut + 1);
      return cut < 0 ? '' : take(text.slice(0, cut));
    },
    end() {
      const rest = pending;
      pending = '';
      return rest ? take(rest) : '';
    },
    redact,
  };
}
