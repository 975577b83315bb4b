import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../../src/github/context.js';
import { UserError } from '../../src/shared/errors.js';
import {
  eventExample,
  forkPullRequestEvent,
  pullRequestEvent as prExample,
} from '../support/events.js';

const env = {
  GITHUB_REPOSITORY: 'Codertocat/Hello-World',
  GITHUB_SHA: 'merge0000',
  GITHUB_REF: 'refs/pull/2/merge',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
};

describe('run context from env + real payloads', () => {
  const cases = [
    {
      name: 'pull_request opened',
      event: 'pull_request',
      payload: prExample('opened'),
      pr: 2,
      fork: false,
    },
    {
      name: 'pull_request synchronize',
      event: 'pull_request',
      payload: prExample('synchronize'),
      pr: 2,
      fork: false,
    },
    {
      name: 'fork pull request',
      event: 'pull_request',
      payload: forkPullRequestEvent(),
      pr: 2,
      fork: true,
    },
    {
      name: 'pull_request_target',
      event: 'pull_request_target',
      payload: prExample('opened'),
      pr: 2,
      fork: false,
    },
    {
      // GITHUB_SHA is the test-merge commit for review events too; the head is the PR's.
      name: 'pull_request_review submitted',
      event: 'pull_request_review',
      payload: eventExample('pull_request_review', 'submitted'),
      pr: 2,
      fork: false,
    },
    {
      name: 'pull_request_review_comment created',
      event: 'pull_request_review_comment',
      payload: eventExample('pull_request_review_comment', 'created'),
      pr: 2,
      fork: false,
    },
    {
      name: 'push (no PR)',
      event: 'push',
      payload: prExample('opened'),
      pr: undefined,
      fork: undefined,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const ctx = buildContext({ ...env, GITHUB_EVENT_NAME: c.event }, c.payload);
      assert.equal(ctx.owner, 'Codertocat');
      assert.equal(ctx.repo, 'Hello-World');
      assert.equal(ctx.pullRequest?.number, c.pr);
      assert.equal(ctx.pullRequest?.fromFork, c.fork);
      assert.equal(ctx.sha, c.pr ? 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' : 'merge0000');
      assert.equal(ctx.runUrl, 'https://github.com/Codertocat/Hello-World/actions/runs/42');
      assert.equal(ctx.graphqlUrl, 'https://api.github.com/graphql');
    });
  }

  it('adds the attempt to the run URL and honours GHES URLs', () => {
    const ctx = buildContext(
      {
        ...env,
        GITHUB_RUN_ATTEMPT: '3',
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3',
        GITHUB_GRAPHQL_URL: 'https://ghe.example.com/api/graphql',
      },
      {},
    );
    assert.equal(
      ctx.runUrl,
      'https://ghe.example.com/Codertocat/Hello-World/actions/runs/42/attempts/3',
    );
    assert.equal(ctx.graphqlUrl, 'https://ghe.example.com/api/graphql');
  });

  it('reads a replayed payload without the repositories (act), as a fork: the token may be read-only', () => {
    const ctx = buildContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request' },
      { pull_request: { number: 7, head: { sha: 'abc123', ref: 'feat' }, base: { ref: 'main' } } },
    );
    assert.deepEqual(ctx.pullRequest, {
      number: 7,
      headSha: 'abc123',
      headRef: 'feat',
      baseRef: 'main',
      baseSha: '',
      fromFork: true,
    });
  });

  const badPayloads: [string, unknown, RegExp][] = [
    [
      'no pull_request',
      {},
      /unexpected shape at 'pull_request': Invalid input: expected object, received undefined/,
    ],
    [
      'a number given as text',
      {
        ...prExample('opened'),
        pull_request: { ...prExample('opened').pull_request, number: '2' },
      },
      /at 'pull_request\.number'/,
    ],
    ['not an object', [], /unexpected shape at the top level/],
  ];
  for (const [name, payload, message] of badPayloads) {
    it(`a pull_request payload with ${name} is one clear error, not a run without its PR`, () => {
      assert.throws(
        () => buildContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, payload),
        (e: unknown) =>
          e instanceof UserError &&
          e.reason === 'bad-environment' &&
          message.test(e.message) &&
          /The pull_request event payload/.test(e.message),
      );
    });
  }

  it('refuses an environment without GITHUB_REPOSITORY with one clear line', () => {
    assert.throws(
      () => buildContext({}, {}),
      (e: unknown) => e instanceof UserError && /GITHUB_REPOSITORY/.test(e.message),
    );
  });
});
