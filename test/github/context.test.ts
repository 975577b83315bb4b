import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../../src/github/context.js';
import { UserError } from '../../src/shared/errors.js';
import { forkPullRequestEvent, pullRequestEvent as prExample } from '../support/events.js';

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

  it('refuses an environment without GITHUB_REPOSITORY with one clear line', () => {
    assert.throws(
      () => buildContext({}, {}),
      (e: unknown) => e instanceof UserError && /GITHUB_REPOSITORY/.test(e.message),
    );
  });
});
