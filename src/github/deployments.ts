import type { Octokit } from '@octokit/rest';
import type { RepoRef } from './client.js';

export type DeploymentApi = Pick<Octokit, 'rest'>;

export type DeploymentState =
  'in_progress' | 'success' | 'failure' | 'error' | 'inactive' | 'queued';

export interface DeploymentRequest {
  sha: string;
  environment: string;
  /** What is deployed, shown in the environment's history (e.g. `network (plan 1a2b3c4)`). */
  description: string;
  /** Kept on the deployment for tooling (target id, plan digest); no secrets. */
  payload?: Readonly<Record<string, string>>;
  /** The environment disappears when a newer deployment arrives (preview environments). */
  transient?: boolean;
  /** Defaults to environment name being `production` or `prod`. */
  production?: boolean;
}

/** The body of `POST /repos/{o}/{r}/deployments` (pure, tested by table). */
export function deploymentBody(request: DeploymentRequest) {
  return {
    ref: request.sha,
    environment: request.environment,
    description: request.description.slice(0, 140),
    auto_merge: false,
    required_contexts: [] as string[],
    payload: { ...(request.payload ?? {}) },
    transient_environment: request.transient ?? false,
    production_environment: request.production ?? /^prod(uction)?$/i.test(request.environment),
  };
}

export interface Deployment {
  id: number;
  /** Post a status; `logUrl` is the run URL, shown as "View logs" on the environment page. */
  status(state: DeploymentState, options: { logUrl?: string; description?: string }): Promise<void>;
}

/** Create the deployment for a sha + environment; statuses are then posted on the result. */
export async function createDeployment(
  api: DeploymentApi,
  repo: RepoRef,
  request: DeploymentRequest,
): Promise<Deployment> {
  const response = await api.rest.repos.createDeployment({ ...repo, ...deploymentBody(request) });
  if (response.status !== 201 || !('id' in response.data)) {
    const message = 'message' in response.data ? String(response.data.message) : 'no deployment';
    throw new Error(`GitHub did not create the deployment: ${message}`);
  }
  const id = response.data.id;
  return {
    id,
    async status(state, options) {
      await api.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state,
        environment: request.environment,
        ...(options.logUrl ? { log_url: options.logUrl } : {}),
        ...(options.description ? { description: options.description.slice(0, 140) } : {}),
        auto_inactive: true,
      });
    },
  };
}
