import type { Logger } from '../shared/log.js';
import type { GantryOctokitClient, GitHubPort, RepoRef } from '../github/client.js';
import { publishComment } from '../github/comments.js';
import { formatMarker } from '../github/marker.js';
import { createDeployment, type Deployment } from '../github/deployments.js';
import { findPullForCommit, type PullFact } from '../github/pr-approval.js';
import { inlineText } from '../iac/markdown.js';
import { renderReview } from '../iac/render.js';
import type { PlanModel } from '../iac/plan-model.js';
import type { Manifest } from '../iac/manifest.js';
import type { ApplyResult, ApplyStatus } from './apply-target.js';

export interface GitHubStatusOptions {
  repo: RepoRef;
  /** The commit being applied (GITHUB_SHA). */
  sha: string;
  runUrl: string;
  /** Update the target's PR comment when a PR produced this commit. */
  comment: boolean;
  /** Create a Deployment for this environment (none when empty). */
  environment?: string | undefined;
}

export interface GitHubStatusDeps {
  /** Comments (find by marker + author, update in place). */
  port: GitHubPort;
  /** Pulls and deployments. */
  api: Pick<GantryOctokitClient, 'rest' | 'paginate'>;
  log: Logger;
}

type CommentStatus = 'applying' | 'applied' | 'failed';

/**
 * Status where people look: the target's PR comment (planned → applying → applied / failed) and
 * a Deployment for the environment (in_progress → success / failure), both linking the run.
 * Every problem is a warning: reporting never fails an apply.
 */
export function githubApplyStatus(
  options: GitHubStatusOptions,
  deps: GitHubStatusDeps,
): ApplyStatus {
  let pull: PullFact | undefined | null = null;
  let deployment: Deployment | undefined;
  let planned: { manifest: Manifest; model: PlanModel } | undefined;

  const findPull = async (): Promise<PullFact | undefined> => {
    if (pull === null) {
      pull = await findPullForCommit(deps.api, options.repo, options.sha).catch(
        (error: unknown) => {
          deps.log.warn(
            `Could not find the pull request of ${options.sha.slice(0, 7)}: ${(error as Error).message}`,
          );
          return undefined;
        },
      );
      if (!pull)
        deps.log.info(`No pull request produced ${options.sha.slice(0, 7)}; no comment to update.`);
    }
    return pull;
  };

  const comment = async (status: CommentStatus, note?: string): Promise<void> => {
    if (!options.comment || !planned) return;
    const pr = await findPull();
    if (!pr) return;
    const { manifest, model } = planned;
    // Same key as the plan job's comment: the target name (src/plan-job/job.ts).
    const marker = formatMarker({
      tool: manifest.tool,
      target: manifest.target,
      digest: manifest.digest,
      sha: options.sha,
      status,
    });
    const body = renderReview(model, {
      form: 'comment',
      target: manifest.target,
      tool: manifest.tool,
      toolVersion: manifest.toolVersion,
      digest: manifest.digest,
      runUrl: options.runUrl,
      headSha: options.sha,
      status,
      marker,
      ...(note ? { note } : {}),
    });
    const published = await publishComment(deps.port, {
      repo: options.repo,
      issue: pr.number,
      target: manifest.target,
      mode: 'update',
      body,
      hasChanges: true,
    });
    if (published.outcome === 'forbidden' || published.outcome === 'failed') {
      deps.log.warn(published.message);
    } else {
      deps.log.info(`PR #${pr.number} comment: ${status} (${published.outcome}).`);
    }
  };

  return {
    async applying(info) {
      planned = info;
      const { manifest } = info;
      if (options.environment) {
        deployment = await createDeployment(deps.api, options.repo, {
          sha: options.sha,
          environment: options.environment,
          description: `${manifest.target}: plan ${manifest.digest.slice(0, 12)}`,
          payload: { target: manifest.targetId, digest: manifest.digest },
        }).catch((error: unknown) => {
          deps.log.warn(`Could not create the deployment: ${(error as Error).message}`);
          return undefined;
        });
        await deployment
          ?.status('in_progress', {
            logUrl: options.runUrl,
            description: `Applying ${manifest.target}`,
          })
          .catch((error: unknown) =>
            deps.log.warn(`Could not set the deployment status: ${(error as Error).message}`),
          );
      }
      await comment('applying', `Applying the approved plan in [this run](${options.runUrl}).`);
    },
    async finished(result: ApplyResult) {
      if (!planned && result.manifest && result.model)
        planned = { manifest: result.manifest, model: result.model };
      const note = result.applied
        ? `Applied by [this run](${options.runUrl}).`
        : `Not applied (\`${result.failure?.reason ?? 'apply-failed'}\`): ${inlineText(result.failure?.message ?? '', 600)} See [the run](${options.runUrl}).`;
      if (deployment) {
        await deployment
          .status(result.applied ? 'success' : 'failure', {
            logUrl: options.runUrl,
            description: result.applied
              ? 'Applied'
              : `Not applied: ${result.failure?.reason ?? 'apply-failed'}`,
          })
          .catch((error: unknown) =>
            deps.log.warn(`Could not set the deployment status: ${(error as Error).message}`),
          );
      }
      await comment(result.applied ? 'applied' : 'failed', note);
    },
  };
}
