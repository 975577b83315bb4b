import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  startFakeGitHub,
  type FakeGitHub,
  ACTIONS_BOT_USER,
} from '../support/fake-github/index.js';
import { commentsOf, seedComment } from '../support/fake-github/routes-issues.js';

// The fake itself: its answers are GitHub's (checked against the OpenAPI description) and it
// catches requests GitHub would reject.
describe('fake GitHub', () => {
  let fake: FakeGitHub;
  const pat = 'ghp_fakeowner';
  const headers = {
    authorization: `token ${pat}`,
    'user-agent': 'test',
    'content-type': 'application/json',
  };
  before(async () => {
    fake = await startFakeGitHub();
    fake.addToken(pat, { login: 'octocat', id: 1, type: 'User' });
  });
  after(() => fake.close());

  it('paginates with Link headers like GitHub', async () => {
    for (let i = 0; i < 5; i += 1) {
      seedComment(fake, { owner: 'o', repo: 'r', issue: 7, body: `c${i}`, user: ACTIONS_BOT_USER });
    }
    const res = await fetch(`${fake.url}/repos/o/r/issues/7/comments?per_page=2&page=2`, {
      headers,
    });
    assert.equal(res.status, 200);
    const link = res.headers.get('link') ?? '';
    assert.match(link, /page=1>; rel="prev"/);
    assert.match(link, /page=3>; rel="next"/);
    assert.match(link, /page=3>; rel="last"/);
    const items = (await res.json()) as { body: string }[];
    assert.deepEqual(
      items.map((c) => c.body),
      ['c2', 'c3'],
    );
    fake.assertFaithful();
  });

  it('answers 422 above 65,536 characters and 401 for unknown tokens', async () => {
    const big = await fetch(`${fake.url}/repos/o/r/issues/7/comments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ body: 'x'.repeat(65_537) }),
    });
    assert.equal(big.status, 422);
    assert.match(
      ((await big.json()) as { errors: { message: string }[] }).errors[0]?.message ?? '',
      /too long/,
    );
    const exact = await fetch(`${fake.url}/repos/o/r/issues/7/comments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ body: 'x'.repeat(65_536) }),
    });
    assert.equal(exact.status, 201);
    const anon = await fetch(`${fake.url}/user`, {
      headers: { ...headers, authorization: 'token nope' },
    });
    assert.equal(anon.status, 401);
    fake.assertFaithful();
  });

  it('records a violation for a body GitHub would reject', async () => {
    const before = fake.violations.length;
    await fetch(`${fake.url}/repos/o/r/issues/7/comments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: 'wrong field' }),
    });
    assert.ok(fake.violations.length > before, 'the missing `body` field is flagged');
    assert.match(fake.violations.at(-1) ?? '', /body/);
    fake.violations.length = before;
    assert.equal(commentsOf(fake, 'o', 'r', 7).filter((c) => c.body === 'wrong field').length, 0);
  });

  it('answers 403 for writes with a read-only token', async () => {
    fake.addActionsToken('ghs_readonly', { readOnly: true });
    const res = await fetch(`${fake.url}/repos/o/r/issues/7/comments`, {
      method: 'POST',
      headers: { ...headers, authorization: 'token ghs_readonly' },
      body: JSON.stringify({ body: 'hi' }),
    });
    assert.equal(res.status, 403);
    assert.deepEqual(await res.json(), {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
      status: '403',
    });
    fake.assertFaithful();
  });

  it('GraphQL viewer: the token’s account for people and installations, an error for unknown fields', async () => {
    const ask = async (token: string, query: string) => {
      const res = await fetch(`${fake.url}/graphql`, {
        method: 'POST',
        headers: { ...headers, authorization: `bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      assert.equal(res.status, 200);
      return res.json();
    };
    fake.addActionsToken('ghs_viewer', { readOnly: true });
    const query = 'query { viewer { __typename login databaseId } }';
    assert.deepEqual(await ask(pat, query), {
      data: { viewer: { __typename: 'User', login: 'octocat', databaseId: 1 } },
    });
    assert.deepEqual(await ask('ghs_viewer', query), {
      data: { viewer: { __typename: 'Bot', login: 'github-actions[bot]', databaseId: 41898282 } },
    });
    const before = fake.violations.length;
    const wrong = (await ask(pat, '{ viewer { login email } }')) as {
      errors: { message: string }[];
    };
    assert.match(wrong.errors[0]?.message ?? '', /Field 'email' doesn't exist on type 'User'/);
    assert.match(fake.violations.at(-1) ?? '', /viewer selects email/);
    fake.violations.length = before;
    fake.assertFaithful();
  });
});
