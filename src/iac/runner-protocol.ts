import { z } from 'zod';
import type { Exec } from '../shared/exec.js';
import type { Logger } from '../shared/log.js';
import { isDirectory } from '../shared/fs.js';
import { describeError } from '../shared/errors.js';
import { chooseToolFor, type EnvMap } from './tool.js';
import { runTool } from './run-tool.js';

/**
 * The original iac-runner protocol: one JSON request in, one JSON response out.
 * Non-interactive by design: init/plan/apply/destroy get `-input=false`, apply/destroy also
 * `-auto-approve` (unless the caller already passed them). `plan` with `-detailed-exitcode`
 * counts exit code 2 (changes) as success.
 */
export const RUNNER_COMMANDS = [
  'init',
  'plan',
  'apply',
  'destroy',
  'validate',
  'show',
  'output',
] as const;
export type RunnerCommand = (typeof RUNNER_COMMANDS)[number];

export const runnerRequestSchema = z
  .object({
    tool: z.enum(['terraform', 'tofu'], { error: 'tool must be "terraform" or "tofu"' }),
    work_dir: z
      .string({ error: 'work_dir is required (a directory path)' })
      .min(1, 'work_dir is required (a directory path)'),
    command: z.enum(RUNNER_COMMANDS, {
      error: `command must be one of ${RUNNER_COMMANDS.join(', ')}`,
    }),
    args: z
      .array(z.string({ error: 'every entry of args must be a string' }), {
        error: 'args must be an array of strings',
      })
      .default([]),
    env_vars: z
      .record(z.string(), z.string({ error: 'every env_vars value must be a string' }), {
        error: 'env_vars must be an object of strings',
      })
      .default({}),
    timeout: z
      .number({ error: 'timeout must be a number of minutes' })
      .positive('timeout must be a positive number of minutes')
      .max(7 * 24 * 60, 'timeout must be at most 10080 minutes (7 days)')
      .default(60),
  })
  .strict();

export type RunnerRequest = z.infer<typeof runnerRequestSchema>;

export interface RunnerResponse {
  success: boolean;
  output: string;
  /** The tool's exit code; -1 when nothing ran (bad request) or the process was killed. */
  exit_code: number;
  error_msg: string;
  started_at: string;
  ended_at: string;
}

const NON_INTERACTIVE: Record<RunnerCommand, string[]> = {
  init: ['-input=false'],
  plan: ['-input=false'],
  apply: ['-auto-approve', '-input=false'],
  destroy: ['-auto-approve', '-input=false'],
  validate: [],
  show: [],
  output: [],
};

/** The argv for a request (pure): the command, the non-interactive flags, then the caller's args. */
export function runnerArgs(request: Pick<RunnerRequest, 'command' | 'args'>): string[] {
  const forced = NON_INTERACTIVE[request.command].filter(
    (flag) => !request.args.some((a) => a === flag || a.startsWith(`${flag.split('=')[0]}=`)),
  );
  return [request.command, ...forced, ...request.args];
}

/** Parse and check a request; a one-line message when it is bad. */
export async function parseRunnerRequest(
  text: string,
): Promise<{ ok: true; request: RunnerRequest } | { ok: false; error: string }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `request is not valid JSON: ${(error as Error).message}` };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, error: 'request must be a JSON object' };
  }
  const parsed = runnerRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: `invalid request: ${where}${issue?.message ?? 'unknown problem'}` };
  }
  if (!(await isDirectory(parsed.data.work_dir))) {
    return {
      ok: false,
      error: `invalid request: work_dir ${parsed.data.work_dir} does not exist or is not a directory`,
    };
  }
  return { ok: true, request: parsed.data };
}

/** Handle one request; never throws. The response's output is ANSI-free. */
export async function handleRunnerRequest(
  text: string,
  deps: {
    exec: Exec;
    /** What the request's env_vars are merged over; default process.env. */
    baseEnv?: EnvMap;
    log: Logger;
    signal?: AbortSignal;
    now?: () => Date;
  },
): Promise<RunnerResponse> {
  const now = deps.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const fail = (error: string, exitCode = -1, output = ''): RunnerResponse => ({
    success: false,
    output,
    exit_code: exitCode,
    error_msg: error,
    started_at: startedAt,
    ended_at: now().toISOString(),
  });
  const parsed = await parseRunnerRequest(text);
  if (!parsed.ok) return fail(parsed.error);
  const { request } = parsed;
  try {
    const env = request.env_vars;
    const choice = await chooseToolFor({
      dir: request.work_dir,
      tool: request.tool,
      env,
      baseEnv: deps.baseEnv,
    });
    const args = runnerArgs(request);
    const result = await runTool(
      {
        bin: choice.bin,
        args,
        cwd: request.work_dir,
        env,
        baseEnv: deps.baseEnv,
        timeoutMs: request.timeout * 60_000,
        ...(deps.signal ? { signal: deps.signal } : {}),
      },
      deps,
    );
    const exitCode = result.exitCode ?? -1;
    const detailed = request.command === 'plan' && args.includes('-detailed-exitcode');
    const success = exitCode === 0 || (detailed && exitCode === 2);
    if (success) {
      return {
        success,
        output: result.output,
        exit_code: exitCode,
        error_msg: '',
        started_at: startedAt,
        ended_at: now().toISOString(),
      };
    }
    const why = result.spawnError
      ? result.spawnError
      : result.stopped === 'timeout'
        ? `${request.tool} ${request.command} timed out after ${request.timeout} minutes (stopped with ${result.escalation ?? 'SIGINT'})`
        : result.stopped === 'cancelled'
          ? `${request.tool} ${request.command} was cancelled (stopped with ${result.escalation ?? 'SIGINT'})`
          : `${request.tool} ${request.command} failed with exit code ${exitCode}`;
    return fail(why, exitCode, result.output);
  } catch (error) {
    return fail(describeError(error).split('\n')[0] ?? 'unexpected error');
  }
}
