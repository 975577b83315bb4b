import { access, readdir } from 'node:fs/promises';
import { constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Exec } from '../shared/exec.js';
import { UserError } from '../shared/errors.js';

export type ToolName = 'terraform' | 'tofu';
export type ToolOption = ToolName | 'auto';

/** Why this tool was picked; printed so a surprising choice can be traced. */
export type ToolReason = 'option' | 'opentofu-version' | 'tofu-files' | 'path';

export interface ToolChoice {
  tool: ToolName;
  bin: string;
  reason: ToolReason;
}

export interface ResolvedTool extends ToolChoice {
  version: string;
}

export const BIN_ENV: Record<ToolName, string> = {
  terraform: 'GANTRY_TERRAFORM_BIN',
  tofu: 'GANTRY_TOFU_BIN',
};

export interface ChooseToolInput {
  option?: ToolOption | undefined;
  /** An explicit binary path (an option); wins over the env variables and PATH. */
  bin?: string | undefined;
  /** File names in the working directory (not recursive). */
  dirFiles: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** The full path of `name` on PATH, or undefined. */
  which: (name: ToolName) => string | undefined;
}

/**
 * Which tool, and which binary (pure): the `tool` option, then the directory's own say
 * (`.opentofu-version` or `*.tofu` files mean OpenTofu), then whichever binary exists
 * (terraform first). The binary is the `bin` option, else GANTRY_<TOOL>_BIN, else PATH.
 */
export function chooseTool(input: ChooseToolInput): ToolChoice {
  const binFor = (tool: ToolName): string | undefined =>
    input.bin || input.env[BIN_ENV[tool]] || input.which(tool);
  const pick = (tool: ToolName, reason: ToolReason): ToolChoice => {
    const bin = binFor(tool);
    if (!bin) {
      throw new UserError(`${tool} was chosen (${describeReason(reason)}) but is not installed.`, {
        reason: 'tool-missing',
        hint: `Install ${tool}, put it on PATH or set ${BIN_ENV[tool]} to its path.`,
      });
    }
    return { tool, bin, reason };
  };
  if (input.option && input.option !== 'auto') return pick(input.option, 'option');
  if (input.dirFiles.includes('.opentofu-version')) return pick('tofu', 'opentofu-version');
  if (input.dirFiles.some((f) => f.endsWith('.tofu') || f.endsWith('.tofu.json'))) {
    return pick('tofu', 'tofu-files');
  }
  for (const tool of ['terraform', 'tofu'] as const) {
    const bin = binFor(tool);
    if (bin) return { tool, bin, reason: 'path' };
  }
  throw new UserError('Neither terraform nor tofu was found.', {
    reason: 'tool-missing',
    hint: 'Install one of them, put it on PATH, or set GANTRY_TERRAFORM_BIN / GANTRY_TOFU_BIN.',
  });
}

export function describeReason(reason: ToolReason): string {
  return {
    option: 'the tool option',
    'opentofu-version': 'a .opentofu-version file',
    'tofu-files': '*.tofu files in the directory',
    path: 'the first binary found on PATH',
  }[reason];
}

/** A `which` over the PATH of `env` (executables only). */
export async function pathLookup(
  env: Readonly<Record<string, string | undefined>>,
): Promise<(name: ToolName) => string | undefined> {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const found: Partial<Record<ToolName, string>> = {};
  for (const name of ['terraform', 'tofu'] as const) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        found[name] = candidate;
        break;
      } catch {
        // not here; keep looking
      }
    }
  }
  return (name) => found[name];
}

/** The version a binary reports with `version -json` (terraform and OpenTofu both support it). */
export function parseVersionJson(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown> | null;
    for (const key of ['terraform_version', 'tofu_version', 'opentofu_version']) {
      const value = parsed?.[key];
      if (typeof value === 'string' && value) return value;
    }
  } catch {
    // not JSON
  }
  return undefined;
}

/**
 * The version in the first message of a `-json` (machine-readable UI) run, e.g. `init -json`:
 * `{"type":"version","terraform":"1.11.4",…}` (OpenTofu: `"tofu":"1.8.5"`). Saves a separate
 * `version -json` process; undefined when the output has no such message.
 */
export function versionFromJsonUi(stdout: string): string | undefined {
  for (const line of stdout.split('\n', 5)) {
    if (!line.includes('"version"')) continue;
    try {
      const message = JSON.parse(line) as Record<string, unknown>;
      if (message.type !== 'version') continue;
      const value = message.terraform ?? message.tofu;
      if (typeof value === 'string' && value) return value;
    } catch {
      // a non-JSON line
    }
  }
  return undefined;
}

export type EnvMap = Readonly<Record<string, string | undefined>>;

/** Exec env fields: `env` over `baseEnv` (default: over process.env). */
export function execEnv(
  baseEnv: EnvMap | undefined,
  env: Readonly<Record<string, string>> | undefined,
): { env?: Record<string, string>; replaceEnv?: boolean } {
  if (!baseEnv) return env ? { env: { ...env } } : {};
  const merged: Record<string, string> = {};
  for (const [k, v] of Object.entries(baseEnv)) if (v !== undefined) merged[k] = v;
  return { env: { ...merged, ...(env ?? {}) }, replaceEnv: true };
}

export async function toolVersion(
  choice: ToolChoice,
  deps: { exec: Exec; env?: Readonly<Record<string, string>>; baseEnv?: EnvMap; cwd?: string },
): Promise<string> {
  const result = await deps.exec({
    command: choice.bin,
    args: ['version', '-json'],
    ...(deps.cwd ? { cwd: deps.cwd } : {}),
    ...execEnv(deps.baseEnv, deps.env),
    timeoutMs: 60_000,
  });
  const version = result.exitCode === 0 ? parseVersionJson(result.stdout) : undefined;
  if (!version) {
    const why =
      result.spawnError ?? (result.stderr.trim().split('\n')[0] || 'no version in output');
    throw new UserError(`Could not run '${choice.bin} version -json': ${why}.`, {
      reason: 'tool-missing',
      hint: `Check that ${choice.bin} is a working ${choice.tool} binary.`,
    });
  }
  return version;
}

export interface ResolveToolOptions {
  dir: string;
  tool?: ToolOption | undefined;
  bin?: string | undefined;
  env?: Readonly<Record<string, string>> | undefined;
  /** The environment `env` is merged over; default process.env. */
  baseEnv?: EnvMap | undefined;
}

/** Choose the tool for a directory (no process started); see chooseTool. */
export async function chooseToolFor(options: ResolveToolOptions): Promise<ToolChoice> {
  const env = { ...(options.baseEnv ?? process.env), ...(options.env ?? {}) };
  let dirFiles: string[];
  try {
    dirFiles = await readdir(options.dir);
  } catch {
    throw new UserError(`Working directory ${options.dir} does not exist or is not readable.`, {
      reason: 'bad-input',
    });
  }
  const choice = chooseTool({
    option: options.tool,
    bin: options.bin,
    dirFiles,
    env,
    which: await pathLookup(env),
  });
  await assertRunnable(choice.bin, env);
  return choice;
}

/** A missing binary is a user mistake found before anything runs (not a failed spawn later). */
async function assertRunnable(bin: string, env: EnvMap): Promise<void> {
  const dirs = bin.includes('/') ? [''] : (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of dirs) {
    try {
      await access(dir ? join(dir, bin) : bin, constants.X_OK);
      return;
    } catch {
      // keep looking
    }
  }
  throw new UserError(`${bin}: not found or not executable.`, {
    reason: 'tool-missing',
    hint: 'Check the binary path (bin option, GANTRY_TERRAFORM_BIN / GANTRY_TOFU_BIN) or PATH.',
  });
}

/** Choose the tool for a directory and ask the binary for its version. */
export async function resolveTool(
  options: ResolveToolOptions,
  deps: { exec: Exec },
): Promise<ResolvedTool> {
  const choice = await chooseToolFor(options);
  const version = await toolVersion(choice, {
    exec: deps.exec,
    cwd: options.dir,
    ...(options.env ? { env: options.env } : {}),
    ...(options.baseEnv ? { baseEnv: options.baseEnv } : {}),
  });
  return { ...choice, version };
}
