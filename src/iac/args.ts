import { parse } from 'shell-quote';
import { UserError } from '../shared/errors.js';

/**
 * "What command will we run": pure builders for every terraform/tofu invocation Gantry makes.
 * Flags given as one string (init-args, plan-args) are split with POSIX shell quoting rules;
 * anything a shell would treat as an operator, glob, comment or variable is refused, because
 * nothing here runs through a shell and silently passing `|` or `*` along would mislead.
 */
export function splitFlags(text: string | undefined, what = 'flags'): string[] {
  if (!text || !text.trim()) return [];
  const found: string[] = [];
  const tokens = parse(text, (name) => `\u0000$${name}`);
  for (const token of tokens) {
    if (typeof token === 'string') {
      if (token.includes('\u0000$')) {
        throw new UserError(
          `${what}: '${text}' uses a shell variable ($…), which is not expanded here.`,
          {
            reason: 'bad-input',
            hint: 'Write the value itself, or quote the $ with single quotes.',
          },
        );
      }
      found.push(token);
      continue;
    }
    const problem =
      'op' in token
        ? token.op === 'glob'
          ? `has the unquoted glob '${token.pattern}'`
          : `contains '${token.op}'`
        : `contains the comment '#${token.comment}'`;
    throw new UserError(
      `${what}: '${text}' ${problem}, which is shell syntax; flags are not run through a shell.`,
      { reason: 'bad-input', hint: 'Quote the character if it is part of a value.' },
    );
  }
  return found;
}

/** Backend config given as lines (`key=value` or a file path), one `-backend-config=` each. */
export function backendConfigFlags(lines: readonly string[] | string | undefined): string[] {
  const all = typeof lines === 'string' ? lines.split(/\r?\n/) : (lines ?? []);
  return all
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => `-backend-config=${l}`);
}

export interface InitArgsInput {
  backendConfig?: readonly string[] | string | undefined;
  /** Extra flags, already split (see splitFlags). */
  extra?: readonly string[] | undefined;
  /** Machine-readable output with diagnostics (terraform ≥ 1.9, OpenTofu ≥ 1.9). */
  json?: boolean;
}

export function initArgs(input: InitArgsInput = {}): string[] {
  return [
    'init',
    '-input=false',
    ...(input.json ? ['-json'] : []),
    ...backendConfigFlags(input.backendConfig),
    ...(input.extra ?? []),
  ];
}

const WORKSPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Select the workspace, creating it when missing (`-or-create`, terraform ≥ 1.4, tofu ≥ 1.6). */
export function workspaceArgs(name: string): string[] {
  if (!WORKSPACE_NAME.test(name) || name.length > 90) {
    throw new UserError(`Workspace name '${name}' is not valid.`, {
      reason: 'bad-input',
      hint: 'Use letters, digits, -, _ and . only.',
    });
  }
  return ['workspace', 'select', '-or-create=true', name];
}

export interface PlanArgsInput {
  planFile: string;
  varFiles?: readonly string[] | undefined;
  /** name → value; order kept (later wins in terraform, as on the command line). */
  vars?: Readonly<Record<string, string>> | undefined;
  parallelism?: number | undefined;
  /** Seconds. */
  lockTimeout?: number | undefined;
  detailedExitcode?: boolean;
  json?: boolean;
  extra?: readonly string[] | undefined;
}

export function planArgs(input: PlanArgsInput): string[] {
  return [
    'plan',
    '-input=false',
    `-out=${input.planFile}`,
    ...(input.detailedExitcode === false ? [] : ['-detailed-exitcode']),
    ...(input.json ? ['-json'] : []),
    ...(input.varFiles ?? []).map((f) => `-var-file=${f}`),
    ...Object.entries(input.vars ?? {}).map(([k, v]) => `-var=${varName(k)}=${v}`),
    ...commonFlags(input),
    ...(input.extra ?? []),
  ];
}

export interface ApplyArgsInput {
  planFile: string;
  parallelism?: number | undefined;
  lockTimeout?: number | undefined;
  extra?: readonly string[] | undefined;
}

/** Apply exactly a saved plan: no variables, no -auto-approve needed (a saved plan never asks). */
export function applyArgs(input: ApplyArgsInput): string[] {
  return ['apply', '-input=false', ...commonFlags(input), ...(input.extra ?? []), input.planFile];
}

export function showArgs(planFile: string): string[] {
  return ['show', '-json', planFile];
}

export function outputArgs(): string[] {
  return ['output', '-json'];
}

/** The command line for the log: -var values replaced so a secret is never printed. */
export function displayCommand(bin: string, args: readonly string[]): string {
  const shown = args.map((a) => a.replace(/^(-var=[^=]+=)[\s\S]*$/, '$1***'));
  return [bin, ...shown].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`)).join(' ');
}

function commonFlags(input: {
  parallelism?: number | undefined;
  lockTimeout?: number | undefined;
}) {
  const out: string[] = [];
  if (input.parallelism !== undefined) {
    if (!Number.isInteger(input.parallelism) || input.parallelism < 1) {
      throw new UserError(
        `parallelism must be a positive whole number, got ${input.parallelism}.`,
        {
          reason: 'bad-input',
        },
      );
    }
    out.push(`-parallelism=${input.parallelism}`);
  }
  if (input.lockTimeout !== undefined) {
    if (!Number.isFinite(input.lockTimeout) || input.lockTimeout < 0) {
      throw new UserError(`lock timeout must be ≥ 0 seconds, got ${input.lockTimeout}.`, {
        reason: 'bad-input',
      });
    }
    out.push(`-lock-timeout=${Math.round(input.lockTimeout)}s`);
  }
  return out;
}

function varName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
    throw new UserError(`Variable name '${name}' is not valid.`, {
      reason: 'bad-input',
      hint: 'Pass variables as name=value with a terraform identifier as the name.',
    });
  }
  return name;
}
