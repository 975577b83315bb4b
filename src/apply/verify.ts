import { join, resolve } from 'node:path';
import type { Exec } from '../shared/exec.js';
import { isDirectory } from '../shared/fs.js';
import { readManifest, lockFileSha256, PLAN_FILE, type Manifest } from '../iac/manifest.js';
import { chooseToolFor, toolVersion, type ToolChoice } from '../iac/tool.js';
import { showArgs } from '../iac/args.js';
import type { ToolRunResult } from '../iac/run-tool.js';
import type { PlanModel } from '../iac/plan-model.js';
import { classifyApplyFailure } from '../iac/apply-failure.js';
import { modelOfShowJson, runGate, type GateRow } from './gate.js';
import { ApplyRefused } from './reasons.js';
import { fromApplyFailure } from './outcome.js';

export interface VerifyInput {
  planDir: string;
  root: string;
  workingDir?: string | undefined;
  targetId?: string | undefined;
  expectedDigest?: string | undefined;
  commitSha?: string | undefined;
  bin?: string | undefined;
  env?: Readonly<Record<string, string>> | undefined;
}

export interface VerifiedPlan {
  planDir: string;
  manifest: Manifest;
  workingDir: string;
  choice: ToolChoice;
  toolVersion: string;
  checks: GateRow[];
}

/**
 * Steps 1–3 of an apply: read the manifest, find the tool it names and ask the binary for its
 * version, then run the gate. `onManifest` sees the manifest as soon as it is read (for the
 * summary of a refusal). Throws ApplyRefused; changes nothing.
 */
export async function loadAndVerify(
  input: VerifyInput,
  deps: { exec: Exec; onManifest?: (manifest: Manifest) => void },
): Promise<VerifiedPlan> {
  const planDir = resolve(input.planDir);
  const manifest = await readManifest(planDir);
  deps.onManifest?.(manifest);
  const workingDir = resolve(input.workingDir || resolve(input.root, manifest.workingDir));
  if (!(await isDirectory(workingDir))) {
    throw new ApplyRefused(
      'plan-missing',
      `The working directory ${workingDir} of the plan does not exist in this checkout.`,
    );
  }
  const env = input.env ? { env: input.env } : {};
  const choice = await chooseToolFor({
    dir: workingDir,
    tool: manifest.tool,
    bin: input.bin,
    ...env,
  });
  const version = await toolVersion(choice, { exec: deps.exec, cwd: workingDir, ...env });
  const checks = await runGate({
    dir: planDir,
    manifest,
    expect: {
      tool: choice.tool,
      toolVersion: version,
      digest: input.expectedDigest || undefined,
      commitSha: input.commitSha || undefined,
      lockFileSha256: await lockFileSha256(workingDir),
      targetId: input.targetId || undefined,
    },
  });
  return { planDir, manifest, workingDir, choice, toolVersion: version, checks };
}

/**
 * The last check, after init: the plan file itself (`show -json`) must carry the reviewed
 * digest. Its model — never the artifact's plan.json — is what the comment and summary show.
 */
export async function verifyPlanFile(
  run: (args: string[], echo?: 'raw' | 'none') => Promise<ToolRunResult>,
  planDir: string,
  manifest: Manifest,
): Promise<PlanModel> {
  const show = await run(showArgs(join(planDir, PLAN_FILE)), 'none');
  if (show.exitCode !== 0) throw fromApplyFailure(classifyApplyFailure(show), manifest);
  const { model, digest } = modelOfShowJson(show.stdout);
  if (digest !== manifest.digest) {
    throw new ApplyRefused(
      'digest-mismatch',
      `The plan file's changes have digest ${digest.slice(0, 12)}…, but the manifest (and review) say ${manifest.digest.slice(0, 12)}….`,
    );
  }
  return model;
}
