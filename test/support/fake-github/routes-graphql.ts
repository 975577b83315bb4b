/**
 * POST /graphql, what Gantry asks: the `viewer` query (the token's account; it answers
 * installation tokens too, where REST /user is 403) and the minimizeComment mutation. GraphQL is
 * not in the REST OpenAPI description, so the shape is checked here: viewer may select only
 * fields of GitHub's Actor types that the fake knows; the mutation must carry a known node id and
 * a ReportedContentClassifiers value; answers use GitHub's shapes (`{data: …}` or
 * `{errors: [{type, path, message}]}` with HTTP 200).
 */
import { errorBody, type Caller, type FakeGitHub, type RouteResult } from './index.js';
import { commentStore } from './routes-issues.js';

const CLASSIFIERS = [
  'SPAM',
  'ABUSE',
  'OFF_TOPIC',
  'OUTDATED',
  'DUPLICATE',
  'RESOLVED',
  'LOW_QUALITY',
];

interface GraphqlRequest {
  query?: unknown;
  variables?: Record<string, unknown>;
}

export function register(fake: FakeGitHub): void {
  fake.route({
    method: 'POST',
    path: '/graphql',
    openapi: false,
    // A query is a read; mutations are checked for read-only tokens below.
    write: false,
    handle: ({ body, caller }) => {
      const request = (body ?? {}) as GraphqlRequest;
      const query = typeof request.query === 'string' ? request.query : '';
      const vars = request.variables ?? {};
      if (/^\s*(?:query\b[^{]*)?\{\s*viewer\s*\{/.test(query)) return viewer(fake, query, caller);
      // Fork tokens may not mutate either: GitHub answers with a FORBIDDEN GraphQL error, but the
      // fake answers 403 like its REST read-only rule; both are failures Gantry must survive.
      if (caller.readOnly) {
        return { status: 403, body: errorBody(403, 'Resource not accessible by integration') };
      }
      if (!/\bmutation\b[\s\S]*\bminimizeComment\s*\(/.test(query)) {
        fake.violations.push(`POST /graphql: unsupported query ${query.slice(0, 80)}`);
        return { status: 200, body: { errors: [{ message: 'Unsupported by the fake' }] } };
      }
      const subjectId = vars.subjectId;
      const classifier = vars.classifier;
      if (typeof classifier !== 'string' || !CLASSIFIERS.includes(classifier)) {
        fake.violations.push(
          `minimizeComment: classifier ${String(classifier)} is not ReportedContentClassifiers`,
        );
        return { status: 200, body: { errors: [{ message: `Variable $classifier is invalid` }] } };
      }
      const comment = [...commentStore(fake).comments.values()].find((c) => c.nodeId === subjectId);
      if (!comment) {
        return {
          status: 200,
          body: {
            data: { minimizeComment: null },
            errors: [
              {
                type: 'NOT_FOUND',
                path: ['minimizeComment'],
                locations: [{ line: 2, column: 3 }],
                message: `Could not resolve to a node with the global id of '${String(subjectId)}'`,
              },
            ],
          },
        };
      }
      comment.minimized = classifier;
      return {
        status: 200,
        body: {
          data: {
            minimizeComment: {
              minimizedComment: { isMinimized: true, minimizedReason: classifier.toLowerCase() },
            },
          },
        },
      };
    },
  });
}

/** Fields of the `viewer` (an Actor: User or Bot) the fake can answer. */
const VIEWER_FIELDS = ['__typename', 'login', 'databaseId'];

function viewer(fake: FakeGitHub, query: string, caller: Caller): RouteResult {
  const selection = /\bviewer\s*\{([^{}]*)\}/.exec(query)?.[1] ?? '';
  const fields = selection.split(/[\s,]+/).filter(Boolean);
  const typename = caller.user.type === 'Bot' ? 'Bot' : 'User';
  const unknown = fields.find((f) => !VIEWER_FIELDS.includes(f));
  if (unknown || !fields.length) {
    fake.violations.push(`POST /graphql: viewer selects ${unknown ?? 'nothing'}`);
    return {
      status: 200,
      body: {
        errors: [
          {
            path: ['query', 'viewer', unknown ?? ''],
            extensions: { code: 'undefinedField', typeName: typename, fieldName: unknown },
            message: `Field '${unknown ?? ''}' doesn't exist on type '${typename}'`,
          },
        ],
      },
    };
  }
  const all: Record<string, unknown> = {
    __typename: typename,
    login: caller.user.login,
    databaseId: caller.user.id,
  };
  return {
    status: 200,
    body: { data: { viewer: Object.fromEntries(fields.map((f) => [f, all[f]])) } },
  };
}
