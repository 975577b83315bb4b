import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exec } from '../shared/exec.js';
import type { Logger } from '../shared/log.js';
import type { Manifest } from '../iac/manifest.js';
import type { PlanModel } from '../iac/plan-model.js';
import type { ToolChoice } from '../iac/tool.js';
import { planTarget } from '../iac/plan-run.js';
import { canonicalChanges, diffChanges } from '../iac/digest.js';
import { ApplyRefused } from './reasons.js';
import type { ApplyTargetOptions } from './apply-target.js';

export interface ReplanInput {
  workingDir: string;
  manifest: Manifest;
  /** The approved plan's model (from the artifact's plan.json). */
  model: PlanModel;
  options: ApplyTargetOptions;
  choice: ToolChoice;
}

/**
 * Plan again the way the plan job did (same var files, variables, workspace, tool) and return
 * the new plan folder when its normalized digest equals the approved one. Otherwise refuse with
 * `plan-changed` and a readable diff of approved vs new planned changes (logged and returned for
 * the summary).
 */
export async function replanAndCompare(
  input: ReplanInput,
  deps: { exec: Exec; log: Logger; signal?: AbortSignal | undefined },
): Promise<string> {
  const { manifest, options } = input;
  const out = await mkdtemp(join(tmpdir(), 'gantry-replan-'));
  const outcome = await deps.log.group('re-plan to compare with the approved plan', () =>
    planTarget(
      {
        dir: input.workingDir,
        out,
        root: options.root,
        tool: input.choice.tool,
        bin: input.choice.bin,
        env: options.env,
        varFiles: manifest.varFiles,
        vars: options.vars,
        backendConfig: options.backendConfig,
        workspace: manifest.workspace === 'default' ? undefined : manifest.workspace,
        lockTimeout: options.lockTimeoutSeconds,
        timeoutMinutes: options.timeoutMinutes,
        graceSeconds: options.graceSeconds,
        targetName: manifest.target,
        commitSha: options.commitSha || manifest.commitSha,
      },
      deps,
    ),
  );
  if (outcome.status === 'failed' || !outcome.model || !outcome.digest) {
    const reason = outcome.stopped ?? 'apply-failed';
    throw new ApplyRefused(
      reason,
      `Re-planning ${manifest.target} failed: ${outcome.failure?.message ?? 'no plan was produced'}.`,
    );
  }
  if (outcome.digest === manifest.digest) {
    deps.log.info(
      `Re-plan gives the approved change set (digest ${manifest.digest.slice(0, 12)}); applying the new plan file.`,
    );
    return outcome.outDir;
  }
  const diff = diffChanges(canonicalChanges(input.model), canonicalChanges(outcome.model));
  deps.log.info(`Approved vs re-planned changes:\n${diff}`);
  throw new ApplyRefused(
    'plan-changed',
    `Re-planning ${manifest.target} gives different changes (digest ${outcome.digest.slice(0, 12)}…) than the approved plan (${manifest.digest.slice(0, 12)}…). Nothing was applied.`,
    `<details open><summary>Approved vs re-planned changes</summary>\n\n\`\`\`diff\n${diff.replace(/```/g, '`\u200b``')}\n\`\`\`\n</details>`,
  );
}
