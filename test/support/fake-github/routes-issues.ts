/** Issue (and pull request) comments: list with Link pagination, get, create, update. */
import { errorBody, type Caller, type FakeGitHub, type RouteResult } from './index.js';
import { integration, nodeId, simpleUser, type FakeApp, type FakeUser } from './entities.js';
import { pageOf } from './paging.js';

export const COMMENT_LIMIT = 65_536;

export interface StoredComment {
  id: number;
  nodeId: string;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  user: FakeUser;
  app?: FakeApp;
  createdAt: string;
  updatedAt: string;
  minimized?: string;
}

export interface CommentStore {
  comments: Map<number, StoredComment>;
}

export function commentStore(fake: FakeGitHub): CommentStore {
  return fake.area('issue-comments', () => ({ comments: new Map<number, StoredComment>() }));
}

/** Put a comment on an issue as `user` (test arrangement; no call is recorded). */
export function seedComment(
  fake: FakeGitHub,
  c: { owner: string; repo: string; issue: number; body: string; user: FakeUser; app?: FakeApp },
): StoredComment {
  const id = fake.nextId();
  const now = fake.now();
  const stored: StoredComment = {
    ...c,
    id,
    nodeId: nodeId('IC', id),
    createdAt: now,
    updatedAt: now,
  };
  commentStore(fake).comments.set(id, stored);
  return stored;
}

/** The comments of one issue, oldest first. */
export function commentsOf(fake: FakeGitHub, owner: string, repo: string, issue: number) {
  return [...commentStore(fake).comments.values()]
    .filter((c) => c.owner === owner && c.repo === repo && c.issue === issue)
    .sort((a, b) => a.id - b.id);
}

export function commentJson(fake: FakeGitHub, c: StoredComment): Record<string, unknown> {
  const api = fake.url;
  return {
    id: c.id,
    node_id: c.nodeId,
    url: `${api}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
    html_url: `${fake.serverUrl}/${c.owner}/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${api}/repos/${c.owner}/${c.repo}/issues/${c.issue}`,
    body: c.body,
    user: simpleUser(c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association:
      c.user.login === c.owner ? 'OWNER' : c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    performed_via_github_app: c.app ? integration(c.app, '2019-07-10T00:00:00Z') : null,
    reactions: {
      url: `${api}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    },
  };
}

/** GitHub's 422 for a bad body (missing, not a string, or over 65,536 characters). */
function checkBody(body: unknown): RouteResult | undefined {
  const text = (body as { body?: unknown } | undefined)?.body;
  if (typeof text !== 'string') {
    return {
      status: 422,
      body: errorBody(422, "Invalid request.\n\nFor 'properties/body', nil is not a string."),
    };
  }
  if ([...text].length > COMMENT_LIMIT) {
    return {
      status: 422,
      body: errorBody(422, 'Validation Failed', {
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${COMMENT_LIMIT} characters)`,
          },
        ],
      }),
    };
  }
  return undefined;
}

function author(caller: Caller): Pick<StoredComment, 'user' | 'app'> {
  return { user: caller.user, ...(caller.app ? { app: caller.app } : {}) };
}

export function register(fake: FakeGitHub): void {
  fake.route({
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    handle: ({ params, url }) => {
      const all = commentsOf(
        fake,
        params.owner ?? '',
        params.repo ?? '',
        Number(params.issue_number),
      );
      const { items, headers } = pageOf(all, url);
      return {
        status: 200,
        body: items.map((c) => commentJson(fake, c)),
        ...(headers ? { headers } : {}),
      };
    },
  });
  fake.route({
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handle: ({ params }) => {
      const c = commentStore(fake).comments.get(Number(params.comment_id));
      if (!c || c.owner !== params.owner || c.repo !== params.repo) {
        return { status: 404, body: errorBody(404, 'Not Found') };
      }
      return { status: 200, body: commentJson(fake, c) };
    },
  });
  fake.route({
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    handle: ({ params, body, caller }) => {
      const invalid = checkBody(body);
      if (invalid) return invalid;
      const c = seedComment(fake, {
        owner: params.owner ?? '',
        repo: params.repo ?? '',
        issue: Number(params.issue_number),
        body: (body as { body: string }).body,
        ...author(caller),
      });
      return {
        status: 201,
        body: commentJson(fake, c),
        headers: { location: `${fake.url}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}` },
      };
    },
  });
  fake.route({
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    // Like GitHub: anyone with write access may edit any comment. Not editing other people's
    // comments is Gantry's rule, and the tests check Gantry keeps it.
    handle: ({ params, body }) => {
      const c = commentStore(fake).comments.get(Number(params.comment_id));
      if (!c || c.owner !== params.owner || c.repo !== params.repo) {
        return { status: 404, body: errorBody(404, 'Not Found') };
      }
      const invalid = checkBody(body);
      if (invalid) return invalid;
      c.body = (body as { body: string }).body;
      c.updatedAt = fake.now();
      return { status: 200, body: commentJson(fake, c) };
    },
  });
}
