/**
 * POST /graphql, the mutations Gantry uses: minimizeComment. GraphQL is not in the REST OpenAPI
 * description, so the shape is checked here: the query must name the mutation, the variables must
 * carry a known node id and a ReportedContentClassifiers value; answers use GitHub's shapes
 * (`{data: …}` or `{errors: [{type, path, message}]}` with HTTP 200).
 */
import type { FakeGitHub } from './index.js';
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
    // Fork tokens may not mutate either: GitHub answers with a FORBIDDEN GraphQL error, but the
    // fake's read-only rule answers 403 first; both are failures Gantry must survive.
    write: true,
    handle: ({ body }) => {
      const request = (body ?? {}) as GraphqlRequest;
      const query = typeof request.query === 'string' ? request.query : '';
      const vars = request.variables ?? {};
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
