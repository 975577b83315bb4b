import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { currentWorkspace, defaultTargetName, slug } from './target-names.js';
import type { Exec } from '../shared/exec.js';
import type { Logger } from '../shared/log.js';
import { UserError } from '../shared/errors.js';
import { isDirectory, sha256File } from '../shared/fs.js';
import { initArgs, planArgs, showArgs, splitFlags, workspaceArgs } from './args.js';
import type { Manifest } from './manifest.js';
import { lockFileSha256, MANIFEST_FILE, PLAN_FILE } from './plan-files.js';
import {
  chooseToolFor,
  toolVersion,
  versionFromJsonUi,
  type EnvMap,
  type ToolName,
  type ToolOption,
} from './tool.js';
import { runTool, type Stopped, type ToolRunRequest, type ToolRunResult } from './run-tool.js';
import type { PlanModel } from './plan-model.js';
import type { Diagnostic } from './diagnostics.js';
import type { PlanFailure, PlanPhase } from './plan-output.js';

/** Every file planTarget writes into the output folder. */
export const OUT_FILES = [
  PLAN_FILE,
  'plan.json',
  MANIFEST_FILE,
  'comment.md',
  'summary.md',
] as const;

export interface PlanTargetOptions {
  dir: string;
  /** Output folder; default `<dir>/.gantry`. */
  out?: string | undefined;
  /** Base for relative paths in the manifest and diagnostics (repository root); default cwd. */
  root?: string | undefined;
  tool?: ToolOption | undefined;
  bin?: string | undefined;
  env?: Readonly<Record<string, string>> | undefined;
  /** What `env` is merged over (never masked); default process.env. */
  baseEnv?: EnvMap | undefined;
  varFiles?: readonly string[] | undefined;
  /** name → value; every value is masked in the log. */
  vars?: Readonly<Record<string, string>> | undefined;
  backendConfig?: readonly string[] | string | undefined;
  /** Extra init/plan flags: one shell-quoted string, or already split. */
  initArgs?: string | readonly string[] | undefined;
  planArgs?: string | readonly string[] | undefined;
  workspace?: string | undefined;
  parallelism?: number | undefined;
  lockTimeout?: number | undefined;
  timeoutMinutes?: number | undefined;
  /** Seconds between SIGINT, SIGTERM and SIGKILL when stopping (default 30). */
  graceSeconds?: number | undefined;
  targetName?: string | undefined;
  commitSha?: string | undefined;
  marker?: string | undefined;
  runUrl?: string | undefined;
}

export interface PlanOutcome {
  status: 'changes' | 'no-changes' | 'failed';
  /** terraform's -detailed-exitcode convention: 0 no changes, 2 changes, 1 failed. */
  exitCode: 0 | 1 | 2;
  target: string;
  targetId: string;
  model?: PlanModel;
  digest?: string;
  manifest?: Manifest;
  outDir: string;
  /** Absolute paths of the files written (tfplan, plan.json, manifest.json, comment.md, summary.md). */
  files: string[];
  comment: string;
  summary: string;
  diagnostics: Diagnostic[];
  failure?: PlanFailure;
  tool: ToolName;
  toolVersion: string;
  stopped?: Stopped;
  /** The strongest signal sent when stopped (SIGINT means terraform stopped gracefully). */
  escalation?: ToolRunResult['escalation'];
}

export interface PlanDeps {
  exec: Exec;
  log: Logger;
  signal?: AbortSignal | undefined;
  now?: () => Date;
}

/**
 * Plan one target, the job `gantry plan` and the plan action share:
 *  1. check the inputs (before anything runs) and choose the tool;
 *  2. init (-json: failures carry diagnostics, the first message names the tool's version);
 *  3. select the workspace, creating it when missing;
 *  4. plan -out tfplan -detailed-exitcode -json (diagnostics with file ranges, no extra validate),
 *     while the model, digest and renderer load (./plan-finish.ts);
 *  5. show -json once → plan model → digest;
 *  6. write tfplan, plan.json, manifest.json, comment.md, summary.md.
 */
export async function planTarget(options: PlanTargetOptions, deps: PlanDeps): Promise<PlanOutcome> {
  // 1. inputs and tool
  const dir = resolve(options.dir);
  if (!(await isDirectory(dir))) {
    throw new UserError(`Working directory ${options.dir} does not exist.`, {
      reason: 'bad-input',
    });
  }
  const root = resolve(options.root ?? process.cwd());
  const outDir = resolve(options.out ?? join(dir, '.gantry'));
  const planFile = join(outDir, PLAN_FILE);
  const extraInit = flags(options.initArgs, 'init-args');
  const extraPlan = flags(options.planArgs, 'plan-args');
  const workspace =
    options.workspace || (await currentWorkspace(dir, options.env, options.baseEnv));
  const wsArgs = options.workspace ? workspaceArgs(options.workspace) : undefined;
  const planCommand = planArgs({
    planFile,
    varFiles: options.varFiles,
    vars: options.vars,
    parallelism: options.parallelism,
    lockTimeout: options.lockTimeout,
    json: true,
    extra: extraPlan,
  });
  const target = options.targetName || defaultTargetName(dir, workspace);
  const targetId = slug(target);
  const choice = await chooseToolFor({
    dir,
    tool: options.tool,
    bin: options.bin,
    env: options.env,
    baseEnv: options.baseEnv,
  });

  // Remove only what a previous run wrote: `--out .` must never wipe a folder.
  await mkdir(outDir, { recursive: true });
  await Promise.all(OUT_FILES.map((name) => rm(join(outDir, name), { force: true })));
  const secrets = Object.values(options.vars ?? {});
  const run = (args: string[], echo: ToolRunRequest['echo']): Promise<ToolRunResult> =>
    runTool(
      {
        bin: choice.bin,
        args,
        cwd: dir,
        env: options.env,
        baseEnv: options.baseEnv,
        secrets,
        timeoutMs: (options.timeoutMinutes ?? 60) * 60_000,
        graceMs: (options.graceSeconds ?? 30) * 1000,
        signal: deps.signal,
        echo,
      },
      deps,
    );
  const base = { dir, root, outDir, target, targetId, tool: choice.tool, options, log: deps.log };

  // Phase wall times, for `GANTRY_DEBUG=1` (`start` is the time from process start to init).
  // process.uptime, not performance.now: the global `performance` loads perf_hooks on first use.
  const clock = (): number => process.uptime() * 1000;
  const timings: Record<string, number> = { start: Math.round(clock()) };
  let mark = clock();
  const lap = (): number => {
    const now = clock();
    const ms = Math.round(now - mark);
    mark = now;
    return ms;
  };

  // The modules for steps 5 and 6, loaded while plan runs (or at once when a step fails).
  let finishing: Promise<typeof import('./plan-finish.js')> | undefined;
  const later = (): Promise<typeof import('./plan-finish.js')> =>
    (finishing ??= import('./plan-finish.js'));

  // 2. init
  const init = await deps.log.group(`${choice.tool} init`, () =>
    run(initArgs({ backendConfig: options.backendConfig, extra: extraInit, json: true }), 'json'),
  );
  timings.init = lap();
  // A tool whose init -json names no version (or did not start) is asked directly.
  const version =
    versionFromJsonUi(init.stdout) ??
    (await toolVersion(choice, {
      exec: deps.exec,
      cwd: dir,
      ...(options.env ? { env: options.env } : {}),
      ...(options.baseEnv ? { baseEnv: options.baseEnv } : {}),
    }));
  const fail = async (phase: PlanPhase, result: ToolRunResult, extra: Diagnostic[] = []) => {
    const finish = await later();
    return finish.writeFailure({
      ...base,
      toolVersion: version,
      failure: finish.failureFrom(phase, result),
      diagnostics: [...extra, ...finish.collectDiagnostics(result.stdout, dir, root)],
      result,
    });
  };
  if (init.exitCode !== 0) return fail('init', init);

  // 3. workspace
  if (wsArgs) {
    const ws = await deps.log.group(`${choice.tool} workspace ${workspace}`, () =>
      run(wsArgs, 'raw'),
    );
    if (ws.exitCode !== 0) return fail('workspace', ws);
  }

  // 4. plan
  const planRun = deps.log.group(`${choice.tool} plan`, () => run(planCommand, 'json'));
  void later().catch(() => undefined);
  const plan = await planRun;
  timings.plan = lap();
  if (plan.exitCode !== 0 && plan.exitCode !== 2) return fail('plan', plan);

  // 5. show -json → model → digest; the plan's warnings and the hashes while show runs
  const showRun = run(showArgs(planFile), 'none');
  const finish = await later();
  const hashes = Promise.all([sha256File(planFile), lockFileSha256(dir)]);
  hashes.catch(() => undefined);
  const warnings = finish.collectDiagnostics(plan.stdout, dir, root);
  const show = await showRun;
  timings.show = lap();
  if (show.exitCode !== 0) return fail('show', show, warnings);
  const planDoc = JSON.parse(show.stdout) as unknown;
  const model = finish.parsePlan(planDoc);
  const digest = finish.planDigest(model);
  timings.model = lap();

  // 6. files
  const [planSha256, lockSha] = await hashes;
  const outcome = finish.writeSuccess({
    ...base,
    toolVersion: version,
    model,
    digest,
    planJson: finish.redactPlanJson(planDoc, show.stdout),
    planSha256,
    lockFileSha256: lockSha,
    workspace,
    diagnostics: warnings,
    createdAt: (deps.now ?? (() => new Date()))().toISOString(),
  });
  timings.write = lap();
  deps.log.debug(
    `timings (ms): ${Object.entries(timings)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  return outcome;
}

function flags(value: string | readonly string[] | undefined, what: string): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? splitFlags(value, what) : [...value];
}
