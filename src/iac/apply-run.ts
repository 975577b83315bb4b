import { join, resolve } from 'node:path';
import type { Exec } from '../shared/exec.js';
import type { Logger } from '../shared/log.js';
import { UserError } from '../shared/errors.js';
import { isDirectory } from '../shared/fs.js';
import { applyArgs, initArgs, outputArgs, splitFlags } from './args.js';
import {
  PLAN_FILE,
  readManifest,
  verifyPlanDir,
  type Manifest,
  type VerifyExpectations,
} from './manifest.js';
import { chooseToolFor, toolVersion, type EnvMap, type ToolName } from './tool.js';
import type { Stopped, ToolRunResult } from './run-tool.js';
import { toolRunner } from './tool-runner.js';
import {
  classifyApplyFailure,
  parseOutputs,
  stringsIn,
  type ApplyFailure,
  type OutputValue,
} from './apply-failure.js';

export interface ApplyOptions {
  /** Where manifest.workingDir is relative to (the repository root); default cwd. */
  root?: string | undefined;
  /** Override the working directory recorded in the manifest. */
  workingDir?: string | undefined;
  bin?: string | undefined;
  env?: Readonly<Record<string, string>> | undefined;
  /** What `env` is merged over (never masked); default process.env. */
  baseEnv?: EnvMap | undefined;
  parallelism?: number | undefined;
  lockTimeout?: number | undefined;
  timeoutMinutes?: number | undefined;
  graceSeconds?: number | undefined;
  applyArgs?: string | readonly string[] | undefined;
  /** `auto` (default) runs init only when the working dir has no .terraform folder. */
  init?: 'auto' | 'always' | 'never';
  backendConfig?: readonly string[] | string | undefined;
  initArgs?: string | readonly string[] | undefined;
  /** More to verify (reviewed digest, commit, lock-file hash); the tool version is always checked. */
  expect?: Omit<VerifyExpectations, 'toolVersion' | 'tool'>;
}

export interface ApplyOutcome {
  status: 'applied' | 'failed';
  manifest: Manifest;
  tool: ToolName;
  toolVersion: string;
  /** ANSI-free output of the apply run. */
  output: string;
  failure?: ApplyFailure;
  stopped?: Stopped;
  escalation?: ToolRunResult['escalation'];
  /** Present after a successful apply; sensitive values are masked in the log, never printed. */
  outputs?: Record<string, OutputValue>;
}

export interface ApplyDeps {
  exec: Exec;
  log: Logger;
  signal?: AbortSignal | undefined;
}

/**
 * Apply exactly the reviewed plan in `planDir`:
 *  1. read the manifest and find the tool it names; ask the binary for its version;
 *  2. verify the folder (plan file hash, tool version, and `expect`) — refuse with a named reason;
 *  3. init when the working dir is not initialised, select the recorded workspace;
 *  4. apply the saved plan file; classify a failure (stale plan, lock, timeout, cancel);
 *  5. read the outputs (`output -json`).
 */
export async function applyPlanDir(
  planDir: string,
  options: ApplyOptions,
  deps: ApplyDeps,
): Promise<ApplyOutcome> {
  // 1. manifest, tool
  const dir = resolve(planDir);
  const manifest = await readManifest(dir);
  const workingDir = resolve(
    options.workingDir ?? resolve(options.root ?? process.cwd(), manifest.workingDir),
  );
  if (!(await isDirectory(workingDir))) {
    throw new UserError(
      `The working directory ${workingDir} recorded in the manifest does not exist.`,
      {
        reason: 'working-dir-missing',
        hint: 'Run from the same root the plan was made from, or pass the working directory.',
      },
    );
  }
  const extraApply =
    typeof options.applyArgs === 'string'
      ? splitFlags(options.applyArgs, 'apply-args')
      : [...(options.applyArgs ?? [])];
  const extraInit =
    typeof options.initArgs === 'string'
      ? splitFlags(options.initArgs, 'init-args')
      : [...(options.initArgs ?? [])];
  const choice = await chooseToolFor({
    dir: workingDir,
    tool: manifest.tool,
    bin: options.bin,
    env: options.env,
    baseEnv: options.baseEnv,
  });
  const version = await toolVersion(choice, {
    exec: deps.exec,
    cwd: workingDir,
    ...(options.env ? { env: options.env } : {}),
    ...(options.baseEnv ? { baseEnv: options.baseEnv } : {}),
  });

  // 2. verify
  const verdict = await verifyPlanDir(
    dir,
    { ...options.expect, tool: choice.tool, toolVersion: version },
    { manifest },
  );
  if (!verdict.ok) throw new UserError(verdict.message, { reason: verdict.reason });
  deps.log.info(
    `Applying ${manifest.target} (digest ${manifest.digest.slice(0, 12)}) with ${choice.tool} ${version}.`,
  );

  const run = toolRunner(choice, workingDir, manifest, options, deps);
  const base = { manifest, tool: choice.tool, toolVersion: version };

  // 3. init when needed (the workspace is selected by TF_WORKSPACE, which init also honours)
  const mode = options.init ?? 'auto';
  if (
    mode === 'always' ||
    (mode === 'auto' && !(await isDirectory(join(workingDir, '.terraform'))))
  ) {
    const init = await deps.log.group(`${choice.tool} init`, () =>
      run(initArgs({ backendConfig: options.backendConfig, extra: extraInit })),
    );
    if (init.exitCode !== 0) {
      const failure = init.stopped
        ? classifyApplyFailure(init)
        : {
            reason: 'init-failed' as const,
            message: `init failed before apply: ${classifyApplyFailure(init).message}`,
          };
      return { ...base, status: 'failed', output: init.output, failure, ...stopInfo(init) };
    }
  }

  // 4. apply exactly the saved plan
  const apply = await deps.log.group(`${choice.tool} apply`, () =>
    run(
      applyArgs({
        planFile: join(dir, PLAN_FILE),
        parallelism: options.parallelism,
        lockTimeout: options.lockTimeout,
        extra: extraApply,
      }),
    ),
  );
  if (apply.exitCode !== 0) {
    const failure = classifyApplyFailure(apply);
    deps.log.error(`${manifest.target}: ${failure.message}`);
    return { ...base, status: 'failed', output: apply.output, failure, ...stopInfo(apply) };
  }

  // 5. outputs
  const out = await run(outputArgs(), 'none');
  const outputs = out.exitCode === 0 ? parseOutputs(out.stdout) : {};
  for (const value of Object.values(outputs)) {
    if (value.sensitive) stringsIn(value.value).forEach((s) => deps.log.mask(s));
  }
  return { ...base, status: 'applied', output: apply.output, outputs };
}

function stopInfo(result: ToolRunResult): Pick<ApplyOutcome, 'stopped' | 'escalation'> {
  return {
    ...(result.stopped ? { stopped: result.stopped } : {}),
    ...(result.escalation ? { escalation: result.escalation } : {}),
  };
}
