/**
 * The GitHub client: Octokit with retries (5xx) and throttling (primary and secondary rate limits),
 * pointed at GITHUB_API_URL / GITHUB_GRAPHQL_URL, behind the small `GitHubPort` that the rest of
 * Gantry uses. Tests run the same client against the in-process fake GitHub.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export interface GitHubUser {
  login: string;
  id: number;
  type: string;
}

export interface IssueComment {
  id: number;
  nodeId: string;
  body: string;
  user: GitHubUser | null;
  htmlUrl: string;
  /** The GitHub App that wrote it (GITHUB_TOKEN comments: the `github-actions` app). */
  appSlug?: string;
  createdAt: string;
  updatedAt: string;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** What Gantry asks of GitHub. Errors carry the HTTP `status` (see `httpStatus`). */
export interface GitHubPort {
  /** The token's own account; `undefined` when GitHub names none (viewer refused, /user 403). */
  authenticatedUser(): Promise<GitHubUser | undefined>;
  /** Every comment of an issue or pull request, all pages (100 per page). */
  listIssueComments(repo: RepoRef, issue: number): Promise<IssueComment[]>;
  createIssueComment(repo: RepoRef, issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment>;
  /** GraphQL minimizeComment; returns whether GitHub reports it minimized. */
  minimizeComment(nodeId: string, classifier: 'OUTDATED' | 'RESOLVED'): Promise<boolean>;
}

export interface ClientOptions {
  token: string;
  apiUrl?: string;
  graphqlUrl?: string;
  /** Milliseconds per second of back-off (retry-after × this). Tests use 1–10; default 1000. */
  backoffBaseMs?: number;
  /**
   * Spacing between writes in ms. Default: GitHub's guidance as the throttling plugin applies it
   * (1 s between writes, 3 s between writes that notify, e.g. new comments). Tests use 0.
   */
  writeSpacingMs?: number;
  /** Retries for 5xx answers (default 3) and for rate limits (default 2). */
  retries?: number;
  /** Called on each rate-limit retry (the action turns it into a log line). */
  onRetry?: (message: string) => void;
}

const GantryOctokit = Octokit.plugin(retry, throttling);
const quiet = (): void => undefined;
export type GantryOctokitClient = InstanceType<typeof GantryOctokit>;

export function createOctokit(options: ClientOptions): GantryOctokitClient {
  const base = options.backoffBaseMs ?? 1000;
  const retries = options.retries ?? 3;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      if (count >= Math.min(retries, 2)) return false;
      options.onRetry?.(`${kind} on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
      return true;
    };
  return new GantryOctokit({
    auth: options.token,
    baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'gantry',
    // `retries` belongs in the plugin's state: set on `request` it would retry every status.
    retry: { retries, retryAfterBaseValue: base },
    // Failures come back to the caller as errors; the request log would print them again.
    log: { debug: quiet, info: quiet, warn: (m: string) => options.onRetry?.(m), error: quiet },
    throttle: {
      retryAfterBaseValue: base,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      ...(options.writeSpacingMs === undefined ? {} : spacing(options.writeSpacingMs)),
    },
  });
}

/** Own limiter groups (per client) for writes and notifying writes, spaced `ms` apart. */
function spacing(ms: number): { write: Bottleneck.Group; notifications: Bottleneck.Group } {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: ms }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: ms }),
  };
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === 'number') return status;
  }
  return undefined;
}

interface RawComment {
  id: number;
  node_id: string;
  body?: string;
  user: { login: string; id: number; type: string } | null;
  html_url: string;
  performed_via_github_app?: { slug?: string } | null;
  created_at: string;
  updated_at: string;
}

function toComment(raw: RawComment): IssueComment {
  const slug = raw.performed_via_github_app?.slug;
  return {
    id: raw.id,
    nodeId: raw.node_id,
    body: raw.body ?? '',
    user: raw.user ? { login: raw.user.login, id: raw.user.id, type: raw.user.type } : null,
    htmlUrl: raw.html_url,
    ...(slug ? { appSlug: slug } : {}),
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}

const MINIMIZE = `mutation($subjectId: ID!, $classifier: ReportedContentClassifiers!) {
  minimizeComment(input: { subjectId: $subjectId, classifier: $classifier }) {
    minimizedComment { isMinimized minimizedReason }
  }
}`;

const VIEWER = `query { viewer { __typename login databaseId } }`;

interface ViewerNode {
  __typename: string;
  login: string;
  databaseId: number | null;
}

/** The port backed by a real (or fake) GitHub. */
export function createGitHub(options: ClientOptions): GitHubPort {
  const octokit = createOctokit(options);
  const graphqlUrl = options.graphqlUrl ?? `${octokit.request.endpoint.DEFAULTS.baseUrl}/graphql`;
  return {
    async authenticatedUser() {
      // GraphQL `viewer` names every kind of token's account: a person's, GITHUB_TOKEN's
      // github-actions[bot], and a GitHub App installation's `<app>[bot]`. REST /user answers
      // installation tokens with 403, so it is only the fallback (GraphQL refused or unavailable).
      try {
        const { viewer } = await octokit.graphql<{ viewer: ViewerNode }>({
          query: VIEWER,
          url: graphqlUrl,
        });
        return {
          login: viewer.login,
          id: viewer.databaseId ?? 0,
          type: viewer.__typename === 'Bot' ? 'Bot' : 'User',
        };
      } catch {
        try {
          const { data } = await octokit.rest.users.getAuthenticated();
          return { login: data.login, id: data.id, type: data.type };
        } catch (error) {
          if (httpStatus(error) === 403) return undefined;
          throw error;
        }
      }
    },
    async listIssueComments(repo, issue) {
      const raw = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100,
      });
      return raw.map((c) => toComment(c as RawComment));
    },
    async createIssueComment(repo, issue, body) {
      const { data } = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: issue,
        body,
      });
      return toComment(data as RawComment);
    },
    async updateIssueComment(repo, commentId, body) {
      const { data } = await octokit.rest.issues.updateComment({
        ...repo,
        comment_id: commentId,
        body,
      });
      return toComment(data as RawComment);
    },
    async minimizeComment(nodeId, classifier) {
      const data = await octokit.graphql<{
        minimizeComment: { minimizedComment: { isMinimized: boolean } | null } | null;
      }>({ query: MINIMIZE, url: graphqlUrl, subjectId: nodeId, classifier });
      return data.minimizeComment?.minimizedComment?.isMinimized === true;
    },
  };
}
