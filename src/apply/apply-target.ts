import type { Exec } from '../shared/exec.js';
import type { Logger } from '../shared/log.js';
import type { Manifest } from '../iac/manifest.js';
import { initArgs } from '../iac/args.js';
import type { PlanModel } from '../iac/plan-model.js';
import { applyPlanDir } from '../iac/apply-run.js';
import { classifyApplyFailure, type OutputValue } from '../iac/apply-failure.js';
import type { ApprovalVerdict } from '../github/pr-approval.js';
import type { GateRow } from './gate.js';
import { loadAndVerify, verifyPlanFile } from './verify.js';
import { ApplyRefused } from './reasons.js';
import { fromApplyFailure, toFailure, type ApplyFailureInfo } from './outcome.js';
import { toolRunner } from '../iac/tool-runner.js';
import { replanAndCompare } from './replan.js';

export type ApplyMode = 'saved-plan' | 'replan-and-compare';
export const APPLY_MODES: readonly ApplyMode[] = ['saved-plan', 'replan-and-compare'];

export interface ApplyTargetOptions {
  /** The plan folder (tfplan, plan.json, manifest.json), already downloaded. */
  planDir: string;
  /** Where the manifest's workingDir is relative to (the repository root). */
  root: string;
  /** Override the working directory recorded in the manifest. */
  workingDir?: string | undefined;
  /** Slug of the target the job is for; unchecked when absent. */
  targetId?: string | undefined;
  /** The digest the plan job reported (the reviewed one); unchecked when absent. */
  expectedDigest?: string | undefined;
  /** The run's commit (GITHUB_SHA); unchecked when absent. */
  commitSha?: string | undefined;
  mode: ApplyMode;
  lockTimeoutSeconds?: number | undefined;
  timeoutMinutes?: number | undefined;
  graceSeconds?: number | undefined;
  bin?: string | undefined;
  env?: Readonly<Record<string, string>> | undefined;
  backendConfig?: readonly string[] | undefined;
  /** The plan job's variables (replan-and-compare needs them to plan the same way). */
  vars?: Readonly<Record<string, string>> | undefined;
}

export type { ApplyFailureInfo } from './outcome.js';

export interface ApplyResult {
  applied: boolean;
  failure?: ApplyFailureInfo;
  manifest?: Manifest;
  /** The approved plan (what was, or would have been, applied). */
  model?: PlanModel;
  digest?: string;
  outputs: Record<string, OutputValue>;
  checks: GateRow[];
  toolVersion?: string;
  durationMs: number;
}

/** Where people look (PR comment, deployment); failures there never fail the apply. */
export interface ApplyStatus {
  applying(info: { manifest: Manifest; model: PlanModel }): Promise<void>;
  finished(result: ApplyResult): Promise<void>;
}

export interface ApplyTargetDeps {
  exec: Exec;
  log: Logger;
  signal?: AbortSignal | undefined;
  now?: () => number;
  /** Present when the PR's approval is required (require-pr-approval). */
  approval?: (() => Promise<ApprovalVerdict>) | undefined;
  status?: ApplyStatus | undefined;
}

/**
 * Apply exactly the reviewed plan of one target:
 *  1. read the manifest in the plan folder;
 *  2. find the tool it names and ask the binary for its version;
 *  3. run the gate (plan hash, digests, tool, lock file, commit, target) — refuse on a mismatch;
 *  4. check the PR approval when required;
 *  5. init, and recompute the digest from the plan file itself (`show -json`): the model of
 *     what will be applied comes from there, never from the artifact's plan.json;
 *  6. report "applying" (comment, deployment);
 *  7. in replan-and-compare mode, plan again and go on only with an identical change set;
 *  8. apply the saved plan (stale plan, lock, timeout and cancel come back named);
 *  9. report the result.
 * Refusals in 1–5 change nothing: no apply, no status.
 */
export async function applyTarget(
  options: ApplyTargetOptions,
  deps: ApplyTargetDeps,
): Promise<ApplyResult> {
  const now = deps.now ?? Date.now;
  const started = now();
  const state: Omit<ApplyResult, 'applied' | 'durationMs'> = { outputs: {}, checks: [] };
  const finish = (applied: boolean, failure?: ApplyFailureInfo): ApplyResult => ({
    ...state,
    applied,
    ...(failure ? { failure } : {}),
    durationMs: now() - started,
  });
  let announced = false;
  let result: ApplyResult;
  try {
    // 1–3. manifest, tool and version now, the gate
    const verified = await loadAndVerify(options, {
      exec: deps.exec,
      onManifest: (m) => {
        state.manifest = m;
        state.digest = m.digest;
      },
    });
    const { planDir, manifest, workingDir, choice } = verified;
    state.toolVersion = verified.toolVersion;
    state.checks = verified.checks;

    // 4. PR approval
    if (deps.approval) {
      const verdict = await deps.approval();
      if (!verdict.approved) throw new ApplyRefused('not-approved', `${verdict.detail}.`);
      deps.log.info(`${verdict.detail}.`);
      state.checks.push({ name: 'pull request approval', ok: true });
    }

    // 5. init, then the digest of the plan file itself
    const tool = toolRunner(choice, workingDir, manifest, options, deps);
    const init = await deps.log.group(`${choice.tool} init`, () =>
      tool(initArgs({ backendConfig: options.backendConfig, extra: ['-lockfile=readonly'] })),
    );
    if (init.exitCode !== 0) throw fromApplyFailure(classifyApplyFailure(init), manifest);
    const model = await verifyPlanFile(tool, planDir, manifest);
    state.model = model;
    state.checks.push({ name: 'plan digest (from the plan file)', ok: true });
    if (deps.signal?.aborted) throw new ApplyRefused('cancelled', 'Cancelled before applying.');

    // 6. applying
    announced = true;
    await report(deps, 'applying', () => deps.status?.applying({ manifest, model }));

    // 7. replan and compare
    let dirToApply = planDir;
    if (options.mode === 'replan-and-compare') {
      dirToApply = await replanAndCompare(
        { workingDir, manifest, model, options, choice },
        { exec: deps.exec, log: deps.log, signal: deps.signal },
      );
      state.checks.push({ name: 'replan gives the approved changes', ok: true });
    }

    // 8. apply
    const outcome = await applyPlanDir(
      dirToApply,
      {
        workingDir,
        bin: choice.bin,
        env: options.env,
        lockTimeout: options.lockTimeoutSeconds,
        timeoutMinutes: options.timeoutMinutes,
        graceSeconds: options.graceSeconds,
        init: 'never',
        expect: { digest: manifest.digest },
      },
      { exec: deps.exec, log: deps.log, signal: deps.signal },
    );
    if (outcome.status !== 'applied') {
      const failure = outcome.failure ?? {
        reason: 'apply-failed' as const,
        message: 'apply failed.',
      };
      throw fromApplyFailure(failure, manifest, now());
    }
    state.outputs = outcome.outputs ?? {};
    result = finish(true);
  } catch (error) {
    const failure = toFailure(error);
    deps.log.error(`${failure.message} ${failure.hint}`);
    result = finish(false, failure);
  }
  // 9. result (only when "applying" was announced: refusals before it leave no trace)
  if (announced) {
    await report(deps, 'result', () => deps.status?.finished(result));
  }
  return result;
}

async function report(deps: ApplyTargetDeps, what: string, fn: () => Promise<void> | undefined) {
  try {
    await fn();
  } catch (error) {
    deps.log.warn(`Could not report the ${what} status: ${(error as Error).message}`);
  }
}
