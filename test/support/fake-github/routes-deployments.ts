/**
 * Deployments and deployment statuses with GitHub's semantics: the ref must be a known commit
 * (422 otherwise), `required_contexts` omitted means "all statuses must pass" (the fake has no
 * statuses, so that is accepted), `auto_merge` defaults to true, statuses list newest first, a
 * status on an unknown deployment is 404, and `log_url` also sets `target_url`.
 */
import { errorBody, type FakeGitHub } from './index.js';
import { simpleUser, nodeId, type FakeUser } from './entities.js';
import { githubExample } from './examples.js';
import { findCommit } from './commits.js';
import { pageOf } from './paging.js';

export interface StoredStatus {
  id: number;
  state: string;
  description: string;
  logUrl: string;
  environment: string;
  environmentUrl: string;
  creator: FakeUser;
  createdAt: string;
}

export interface StoredDeployment {
  id: number;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: unknown;
  autoMerge: boolean;
  requiredContexts: string[] | undefined;
  transient: boolean;
  production: boolean;
  creator: FakeUser;
  createdAt: string;
  statuses: StoredStatus[];
}

export function deploymentStore(fake: FakeGitHub): Map<number, StoredDeployment> {
  return fake.area('deployments', () => new Map<number, StoredDeployment>());
}

/** Deployments of a repository, oldest first (tests read this to assert what happened). */
export function deploymentsOf(fake: FakeGitHub, owner: string, repo: string): StoredDeployment[] {
  return [...deploymentStore(fake).values()]
    .filter((d) => d.owner === owner && d.repo === repo)
    .sort((a, b) => a.id - b.id);
}

function repoApi(fake: FakeGitHub, d: { owner: string; repo: string }): string {
  return `${fake.url}/repos/${d.owner}/${d.repo}`;
}

function deploymentJson(fake: FakeGitHub, d: StoredDeployment): Record<string, unknown> {
  const base = githubExample('deployment');
  const url = `${repoApi(fake, d)}/deployments/${d.id}`;
  return {
    ...base,
    id: d.id,
    node_id: nodeId('DE', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(d.creator),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(fake, d),
    url,
    transient_environment: d.transient,
    production_environment: d.production,
    performed_via_github_app: null,
  };
}

function statusJson(
  fake: FakeGitHub,
  d: StoredDeployment,
  s: StoredStatus,
): Record<string, unknown> {
  const base = githubExample('deployment-status');
  const deploymentUrl = `${repoApi(fake, d)}/deployments/${d.id}`;
  // GitHub leaves environment_url out when none was given (the schema requires a URI if present).
  delete base.environment_url;
  return {
    ...base,
    id: s.id,
    node_id: nodeId('DES', s.id),
    state: s.state,
    creator: simpleUser(s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    log_url: s.logUrl,
    ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
    deployment_url: deploymentUrl,
    repository_url: repoApi(fake, d),
    url: `${deploymentUrl}/statuses/${s.id}`,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    performed_via_github_app: null,
  };
}

interface CreateBody {
  ref: string;
  task?: string;
  auto_merge?: boolean;
  required_contexts?: string[];
  payload?: unknown;
  environment?: string;
  description?: string | null;
  transient_environment?: boolean;
  production_environment?: boolean;
}

export function register(fake: FakeGitHub): void {
  fake.route({
    method: 'POST',
    path: '/repos/{owner}/{repo}/deployments',
    handle: ({ params, body, caller }) => {
      const b = body as CreateBody;
      const owner = params.owner ?? '';
      const repo = params.repo ?? '';
      const commit = findCommit(fake, owner, repo, b.ref);
      if (!commit) {
        return { status: 422, body: errorBody(422, `No ref found for: ${b.ref}`) };
      }
      const environment = b.environment ?? 'production';
      const id = fake.nextId();
      const d: StoredDeployment = {
        id,
        owner,
        repo,
        sha: commit.sha,
        ref: b.ref,
        task: b.task ?? 'deploy',
        environment,
        description: b.description ?? '',
        payload:
          typeof b.payload === 'string'
            ? b.payload
              ? JSON.parse(b.payload)
              : {}
            : (b.payload ?? {}),
        autoMerge: b.auto_merge ?? true,
        requiredContexts: b.required_contexts,
        transient: b.transient_environment ?? false,
        production: b.production_environment ?? environment === 'production',
        creator: caller.user,
        createdAt: fake.now(),
        statuses: [],
      };
      deploymentStore(fake).set(id, d);
      return { status: 201, body: deploymentJson(fake, d) };
    },
  });
  fake.route({
    method: 'GET',
    path: '/repos/{owner}/{repo}/deployments',
    handle: ({ params, query, url }) => {
      const filters = ['sha', 'ref', 'task', 'environment'] as const;
      const all = deploymentsOf(fake, params.owner ?? '', params.repo ?? '')
        .filter((d) => filters.every((f) => !query.get(f) || String(d[f]) === query.get(f)))
        .reverse();
      const page = pageOf(all, url);
      return {
        status: 200,
        body: page.items.map((d) => deploymentJson(fake, d)),
        ...(page.headers ? { headers: page.headers } : {}),
      };
    },
  });
  fake.route({
    method: 'POST',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    handle: ({ params, body, caller }) => {
      const d = deploymentStore(fake).get(Number(params.deployment_id));
      if (!d || d.owner !== params.owner || d.repo !== params.repo) {
        return { status: 404, body: errorBody(404, 'Not Found') };
      }
      const b = body as {
        state: string;
        log_url?: string;
        target_url?: string;
        description?: string;
        environment?: string;
        environment_url?: string;
        auto_inactive?: boolean;
      };
      if ((b.description ?? '').length > 140) {
        return {
          status: 422,
          body: errorBody(422, 'Validation Failed', {
            errors: [
              {
                resource: 'DeploymentStatus',
                code: 'custom',
                field: 'description',
                message: 'description is too long (maximum is 140 characters)',
              },
            ],
          }),
        };
      }
      const s: StoredStatus = {
        id: fake.nextId(),
        state: b.state,
        description: b.description ?? '',
        logUrl: b.log_url ?? b.target_url ?? '',
        environment: b.environment ?? d.statuses.at(-1)?.environment ?? d.environment,
        environmentUrl: b.environment_url ?? '',
        creator: caller.user,
        createdAt: fake.now(),
      };
      d.statuses.push(s);
      // auto_inactive (default true): a success marks earlier deployments of the environment inactive.
      if (b.state === 'success' && b.auto_inactive !== false) {
        for (const other of deploymentsOf(fake, d.owner, d.repo)) {
          if (other.id === d.id || other.environment !== d.environment) continue;
          if (other.statuses.at(-1)?.state === 'success') {
            other.statuses.push({ ...s, id: fake.nextId(), state: 'inactive', description: '' });
          }
        }
      }
      return { status: 201, body: statusJson(fake, d, s) };
    },
  });
  fake.route({
    method: 'GET',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    handle: ({ params, url }) => {
      const d = deploymentStore(fake).get(Number(params.deployment_id));
      if (!d || d.owner !== params.owner || d.repo !== params.repo) {
        return { status: 404, body: errorBody(404, 'Not Found') };
      }
      const page = pageOf([...d.statuses].reverse(), url);
      return {
        status: 200,
        body: page.items.map((s) => statusJson(fake, d, s)),
        ...(page.headers ? { headers: page.headers } : {}),
      };
    },
  });
}
