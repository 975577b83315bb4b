// The edge of the apply action: read inputs and the run's context, build the ports (exec,
// GitHub, artifacts, summary), apply the target, set outputs. The one try/catch is here.
import * as core from '@actions/core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeError, isUserError } from '../../shared/errors.js';
import { execProcess } from '../../shared/exec.js';
import type { Logger } from '../../shared/log.js';
import { buildContext } from '../../github/context.js';
import { createGitHub, createOctokit } from '../../github/client.js';
import { writeSummary } from '../../github/summary.js';
import { checkPullApproval } from '../../github/pr-approval.js';
import { slug } from '../../iac/target-names.js';
import { stringsIn } from '../../iac/apply-failure.js';
import { applyTarget, type ApplyResult } from '../../apply/apply-target.js';
import { locatePlanDir, type ArtifactPort } from '../../apply/plan-source.js';
import { githubApplyStatus } from '../../apply/status.js';
import { renderApplySummary } from '../../apply/summary.js';
import { ApplyRefused } from '../../apply/reasons.js';
import { getInputs, type OutputName } from './inputs.js';
import { actionsLogger } from '../actions-logger.js';

/**
 * The run's artifacts through @actions/artifact (same run: no token or run id needed); loaded
 * only when used, so a plan-dir run never pays for the Azure storage client it bundles.
 */
const runArtifacts: ArtifactPort = {
  async download(name, into) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
      throw new ApplyRefused(
        'plan-missing',
        `Cannot download the artifact '${name}': this runner offers no artifact service (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set). Download it in an earlier step and pass plan-dir.`,
      );
    }
    const { ArtifactNotFoundError, DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    try {
      const found = await client.getArtifact(name);
      await client.downloadArtifact(found.artifact.id, { path: into });
      return true;
    } catch (error) {
      if (error instanceof ArtifactNotFoundError) return false;
      throw error;
    }
  },
};

/** Cancellation as the runner does it: SIGINT (then SIGTERM) to this process. */
function cancellation(log: Logger): AbortSignal {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) return;
    log.warn(`Received ${signal}: asking terraform to stop gracefully so the state is saved.`);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return controller.signal;
}

const setOutput = (name: OutputName, value: string): void => core.setOutput(name, value);

function setOutputs(result: ApplyResult, log: Logger): void {
  const values = Object.fromEntries(Object.entries(result.outputs).map(([k, v]) => [k, v.value]));
  for (const out of Object.values(result.outputs)) {
    if (!out.sensitive) continue;
    for (const s of stringsIn(out.value)) {
      log.mask(s);
      log.mask(JSON.stringify(s).slice(1, -1));
    }
  }
  setOutput('applied', String(result.applied));
  setOutput('outputs-json', JSON.stringify(values));
  setOutput('plan-digest', result.digest ?? '');
  setOutput('failure-reason', result.failure?.reason ?? '');
}

export async function run(): Promise<void> {
  const log = actionsLogger();
  const signal = cancellation(log);
  try {
    // 1. inputs and context (bad input fails here, before anything runs)
    const inputs = getInputs();
    const ctx = buildContext(process.env);
    const root = process.env.GITHUB_WORKSPACE || process.cwd();
    const targetId = inputs.targetName ? slug(inputs.targetName) : undefined;

    // 2. the plan folder (downloaded from this run's artifact unless plan-dir is given)
    const downloadDir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'gantry-apply-'));
    let planDir: string;
    try {
      planDir = await locatePlanDir(
        { planDir: inputs.planDir, artifactName: inputs.artifactName, targetId, downloadDir },
        runArtifacts,
      );
    } catch (error) {
      if (!(error instanceof ApplyRefused)) throw error;
      setOutput('applied', 'false');
      setOutput('failure-reason', error.failure);
      core.setFailed(error.describe());
      return;
    }

    // 3. ports
    const github = { token: inputs.githubToken, apiUrl: ctx.apiUrl, graphqlUrl: ctx.graphqlUrl };
    const port = createGitHub({ ...github, onRetry: (m) => log.info(m) });
    const api = createOctokit({ ...github, onRetry: (m) => log.info(m) });
    const repo = { owner: ctx.owner, repo: ctx.repo };
    // The PR head on pull-request events (what the plan job recorded), else GITHUB_SHA: in a PR
    // run GITHUB_SHA is the test-merge commit, which no pull request is associated with.
    const sha = ctx.sha;

    // 4. apply
    const result = await applyTarget(
      {
        planDir,
        root,
        workingDir: inputs.workingDirectory ? resolve(root, inputs.workingDirectory) : undefined,
        targetId,
        expectedDigest: inputs.expectedDigest,
        commitSha: sha,
        mode: inputs.mode,
        lockTimeoutSeconds: inputs.lockTimeoutSeconds,
        timeoutMinutes: inputs.timeoutMinutes,
        graceSeconds: 20,
        backendConfig: inputs.backendConfig,
        vars: inputs.variables,
      },
      {
        exec: execProcess,
        log,
        signal,
        approval: inputs.requirePrApproval ? () => checkPullApproval(api, repo, sha) : undefined,
        status: githubApplyStatus(
          {
            repo,
            sha,
            runUrl: ctx.runUrl,
            comment: inputs.comment,
            environment: inputs.environment,
          },
          { port, api, log },
        ),
      },
    );

    // 5. outputs and summary
    setOutputs(result, log);
    await writeSummary(
      { append: async (md) => void (await core.summary.addRaw(md).write()) },
      renderApplySummary(result, { runUrl: ctx.runUrl, environment: inputs.environment }),
    );
    if (!result.applied) {
      core.setFailed(
        `${result.failure?.reason ?? 'apply-failed'}: ${result.failure?.message ?? ''}`,
      );
    }
  } catch (error) {
    if (isUserError(error)) {
      setOutput('applied', 'false');
      setOutput('failure-reason', error.reason ?? 'bad-input');
      core.setFailed(describeError(error));
    } else {
      core.setFailed(`Gantry apply crashed (a bug, please report it): ${describeError(error)}`);
    }
  }
}
