/**
 * The run's context, built once from the runner's environment and the event payload (like
 * docker/metadata-action's context.ts). Pure apart from reading the event file, which is a port.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../shared/errors.js';
import { firstIssue } from '../shared/zod-issue.js';

export interface PullRequestContext {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  /** The head branch lives in another repository (a fork): the token is read-only there. */
  fromFork: boolean;
  htmlUrl?: string;
}

export interface RunContext {
  owner: string;
  repo: string;
  eventName: string;
  /** The commit to report: the PR head when there is a PR, else GITHUB_SHA. */
  sha: string;
  ref: string;
  runId: string;
  runAttempt: number;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  runUrl: string;
  pullRequest?: PullRequestContext;
}

const repoSchema = z.object({ full_name: z.string() }).passthrough();
const pullRequestSchema = z
  .object({
    number: z.number().int(),
    html_url: z.string().optional(),
    // GitHub always sends both repositories (head.repo is null once a fork is deleted); runners
    // that replay events (act) may leave them out.
    head: z.object({ sha: z.string(), ref: z.string(), repo: repoSchema.nullish() }),
    base: z.object({ sha: z.string().optional(), ref: z.string(), repo: repoSchema.optional() }),
  })
  .passthrough();
const payloadSchema = z.object({ pull_request: pullRequestSchema }).passthrough();

/** Events whose payload carries the pull request (`pull_request`), as dflook's find_pr reads them. */
export const PULL_REQUEST_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
] as const;

function required(env: Record<string, string | undefined>, name: string): string {
  const value = env[name];
  if (!value) {
    throw new UserError(`${name} is not set.`, {
      reason: 'bad-environment',
      hint: 'Run this inside a GitHub Actions job (the runner sets it).',
    });
  }
  return value;
}

/** Read the payload JSON at GITHUB_EVENT_PATH; an absent path means an empty payload. */
export function readEventPayload(path: string | undefined, read = readFileSync): unknown {
  if (!path) return {};
  try {
    return JSON.parse(read(path, 'utf8'));
  } catch (error) {
    throw new UserError(`Cannot read the event payload at ${path}: ${(error as Error).message}`, {
      reason: 'bad-environment',
    });
  }
}

/**
 * The pull request of a pull-request event's payload. A payload without one, or of another shape,
 * is one clear error naming the field: the run would otherwise plan without its pull request.
 */
export function pullRequestFrom(
  payload: unknown,
  eventName = 'pull_request',
  repository?: string,
): PullRequestContext {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) {
    throw new UserError(
      `The ${eventName} event payload has an unexpected shape ${firstIssue(parsed.error)}.`,
      {
        reason: 'bad-environment',
        hint: 'GITHUB_EVENT_PATH must hold the event as GitHub sends it, with its pull_request.',
      },
    );
  }
  const pr = parsed.data.pull_request;
  const headRepo = pr.head.repo?.full_name;
  const baseRepo = pr.base.repo?.full_name ?? repository;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    baseRef: pr.base.ref,
    baseSha: pr.base.sha ?? '',
    fromFork: headRepo === undefined || headRepo !== baseRepo,
    ...(pr.html_url ? { htmlUrl: pr.html_url } : {}),
  };
}

/** Build the context from the runner's environment (GITHUB_*) and its event payload. */
export function buildContext(
  env: Record<string, string | undefined>,
  payload: unknown = readEventPayload(env.GITHUB_EVENT_PATH),
): RunContext {
  const repository = required(env, 'GITHUB_REPOSITORY');
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length) {
    throw new UserError(`GITHUB_REPOSITORY must be owner/name, got "${repository}".`, {
      reason: 'bad-environment',
    });
  }
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const graphqlUrl = (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '0';
  const runAttempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pullRequest = (PULL_REQUEST_EVENTS as readonly string[]).includes(eventName)
    ? pullRequestFrom(payload, eventName, repository)
    : undefined;
  const runUrl =
    `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` +
    (runAttempt > 1 ? `/attempts/${runAttempt}` : '');
  return {
    owner,
    repo,
    eventName,
    sha: pullRequest?.headSha ?? env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId,
    runAttempt,
    serverUrl,
    apiUrl,
    graphqlUrl,
    runUrl,
    ...(pullRequest ? { pullRequest } : {}),
  };
}
