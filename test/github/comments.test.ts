import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createGitHub, type GitHubPort } from '../../src/github/client.js';
import { publishComment, type CommentMode } from '../../src/github/comments.js';
import { formatMarker } from '../../src/github/marker.js';
import {
  ACTIONS_APP,
  ACTIONS_BOT_USER,
  startFakeGitHub,
  type FakeGitHub,
} from '../support/fake-github/index.js';
import { commentsOf, seedComment } from '../support/fake-github/routes-issues.js';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
const ISSUE = 2;
const marker = (target: string, status = 'changes') =>
  formatMarker({ tool: 'terraform', target, digest: 'd1', sha: 'abc', status });
const body = (target: string, text: string, status?: string) =>
  `${marker(target, status)}\n${text}`;

describe('living comment against the fake GitHub', () => {
  let fake: FakeGitHub;
  let gh: GitHubPort;
  const port = (token: string): GitHubPort =>
    createGitHub({
      token,
      apiUrl: fake.url,
      graphqlUrl: fake.graphqlUrl,
      backoffBaseMs: 1,
      writeSpacingMs: 0,
    });
  const publish = (
    mode: CommentMode,
    text: string,
    hasChanges = true,
    target = 'network',
    p = gh,
  ) =>
    publishComment(p, { repo, issue: ISSUE, target, mode, body: body(target, text), hasChanges });
  const comments = () => commentsOf(fake, repo.owner, repo.repo, ISSUE);
  /** A `network` comment GITHUB_TOKEN wrote earlier (github-actions[bot] via the Actions app). */
  const seedActionsBotComment = (text: string) =>
    seedComment(fake, {
      ...repo,
      issue: ISSUE,
      body: body('network', text),
      user: ACTIONS_BOT_USER,
      app: ACTIONS_APP,
    });

  beforeEach(async () => {
    fake = await startFakeGitHub();
    fake.addActionsToken('ghs_actions');
    gh = port('ghs_actions');
  });
  afterEach(async () => {
    fake.assertFaithful();
    await fake.close();
  });

  it('creates once, then updates the same comment (never a duplicate)', async () => {
    const first = await publish('update', 'plan 1');
    assert.equal(first.outcome, 'created');
    const second = await publish('update', 'plan 2');
    assert.equal(second.outcome, 'updated');
    assert.equal(second.comment?.id, first.comment?.id);
    assert.equal(comments().length, 1);
    assert.match(comments()[0]?.body ?? '', /plan 2/);
    assert.equal(comments()[0]?.app?.slug, ACTIONS_APP.slug);
  });

  it('keeps targets apart', async () => {
    await publish('update', 'net', true, 'network');
    await publish('update', 'app', true, 'app');
    await publish('update', 'net 2', true, 'network');
    assert.deepEqual(
      comments().map((c) => c.body.split('\n')[1]),
      ['net 2', 'app'],
    );
  });

  it('never edits a comment by someone else that copies the marker', async () => {
    const copied = seedComment(fake, {
      ...repo,
      issue: ISSUE,
      body: body('network', 'copied by a human'),
      user: { login: 'mallory', id: 666, type: 'User' },
    });
    const otherBot = seedComment(fake, {
      ...repo,
      issue: ISSUE,
      body: body('network', 'another app'),
      user: { login: 'renovate[bot]', id: 29139614, type: 'Bot' },
      app: { id: 2740, slug: 'renovate', name: 'Renovate' },
    });
    const result = await publish('update', 'ours');
    assert.equal(result.outcome, 'created');
    assert.equal(
      fake.callsTo('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}').length,
      0,
    );
    assert.match(comments().find((c) => c.id === copied.id)?.body ?? '', /copied by a human/);
    assert.match(comments().find((c) => c.id === otherBot.id)?.body ?? '', /another app/);
  });

  it('matches by the viewer for a personal token, and never edits the Actions bot comment then', async () => {
    fake.addToken('ghp_person', { login: 'octocat', id: 1, type: 'User' });
    seedActionsBotComment('bot');
    const personal = port('ghp_person');
    const first = await publish('update', 'mine 1', true, 'network', personal);
    const second = await publish('update', 'mine 2', true, 'network', personal);
    assert.equal(first.outcome, 'created');
    assert.equal(second.outcome, 'updated');
    assert.equal(second.comment?.id, first.comment?.id);
    assert.equal(fake.callsTo('POST', '/graphql').length, 2);
    assert.equal(fake.callsTo('GET', '/user').length, 0);
    assert.deepEqual(
      comments().map((c) => c.body.split('\n')[1]),
      ['bot', 'mine 2'],
    );
  });

  it('a GitHub App installation token updates its own `<app>[bot]` comment, never the Actions bot one', async () => {
    const appBot = { login: 'gantry-deployer[bot]', id: 90210, type: 'Bot' as const };
    const app = { id: 777, slug: 'gantry-deployer', name: 'Gantry Deployer' };
    fake.addToken('ghs_customApp', appBot, { app });
    seedActionsBotComment('actions bot');
    const appPort = port('ghs_customApp');
    const first = await publish('update', 'app 1', true, 'network', appPort);
    const second = await publish('update', 'app 2', true, 'network', appPort);
    assert.equal(first.outcome, 'created');
    assert.equal(second.outcome, 'updated', 'the second run edits the first comment');
    assert.equal(second.comment?.id, first.comment?.id);
    assert.deepEqual(
      comments().map((c) => [c.user.login, c.body.split('\n')[1]]),
      [
        ['github-actions[bot]', 'actions bot'],
        ['gantry-deployer[bot]', 'app 2'],
      ],
    );
    // The same in mode `new`: only the app's own comments are minimized.
    const third = await publish('new', 'app 3', true, 'network', appPort);
    assert.equal(third.minimized, 1);
    assert.deepEqual(
      comments().map((c) => c.minimized ?? '-'),
      ['-', 'OUTDATED', '-'],
    );
  });

  it('when GitHub refuses the viewer query, /user is asked; its 403 means the Actions bot', async () => {
    fake.addToken('v1.installation', ACTIONS_BOT_USER, { app: ACTIONS_APP });
    seedActionsBotComment('old');
    fake.fault({
      method: 'POST',
      path: '/graphql',
      status: 200,
      body: { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] },
    });
    const result = await publish('update', 'new', true, 'network', port('v1.installation'));
    assert.equal(result.outcome, 'updated');
    assert.deepEqual(
      fake.callsTo('GET', '/user').map((c) => c.status),
      [403],
    );
  });

  it('new: posts a fresh comment and minimizes the previous ones of the target as OUTDATED', async () => {
    const a = await publish('new', 'one');
    const b = await publish('new', 'two');
    const other = await publish('new', 'x', true, 'app');
    const c = await publish('new', 'three');
    assert.equal(c.minimized, 2);
    const byId = new Map(comments().map((x) => [x.id, x]));
    assert.equal(byId.get(a.comment?.id ?? 0)?.minimized, 'OUTDATED');
    assert.equal(byId.get(b.comment?.id ?? 0)?.minimized, 'OUTDATED');
    assert.equal(byId.get(c.comment?.id ?? 0)?.minimized, undefined);
    assert.equal(byId.get(other.comment?.id ?? 0)?.minimized, undefined);
    assert.equal(comments().length, 4);
  });

  it('changes-only: posts nothing without changes, updates an existing one when changes vanish', async () => {
    const none = await publish('changes-only', 'no changes', false);
    assert.equal(none.outcome, 'skipped');
    assert.equal(comments().length, 0);
    const some = await publish('changes-only', 'changes', true);
    assert.equal(some.outcome, 'created');
    const gone = await publish('changes-only', 'now no changes', false);
    assert.equal(gone.outcome, 'updated');
    assert.equal(gone.comment?.id, some.comment?.id);
    assert.match(comments()[0]?.body ?? '', /now no changes/);
  });

  it('off: no call at all', async () => {
    const result = await publish('off', 'x');
    assert.equal(result.outcome, 'skipped');
    assert.equal(fake.calls.length, 0);
  });

  it('fork token: 403 comes back as "forbidden" with the reason, no throw', async () => {
    fake.addActionsToken('ghs_fork', { readOnly: true });
    const result = await publish('update', 'x', true, 'network', port('ghs_fork'));
    assert.equal(result.outcome, 'forbidden');
    assert.match(result.message, /read-only|fork/i);
    assert.equal(comments().length, 0);
  });

  it('retries 5xx and a secondary rate limit, then succeeds', async () => {
    const list = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
    fake.fault({ method: 'GET', path: list, status: 502, count: 2 });
    fake.fault({
      method: 'POST',
      path: list,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const result = await publish('update', 'x');
    assert.equal(result.outcome, 'created');
    assert.deepEqual(
      fake.callsTo('GET', list).map((c) => c.status),
      [502, 502, 200],
    );
    assert.deepEqual(
      fake.callsTo('POST', list).map((c) => c.status),
      [403, 201],
    );
  });

  it('retries a 429 and a primary rate limit answer', async () => {
    const list = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
    fake.fault({ method: 'GET', path: list, status: 429, headers: { 'retry-after': '1' } });
    fake.fault({
      method: 'POST',
      path: list,
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
      },
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const result = await publish('update', 'x');
    assert.equal(result.outcome, 'created');
    assert.deepEqual(
      fake.callsTo('GET', list).map((c) => c.status),
      [429, 200],
    );
    assert.deepEqual(
      fake.callsTo('POST', list).map((c) => c.status),
      [403, 201],
    );
  });

  it('a final failure is an outcome, not an exception', async () => {
    fake.fault({ method: 'GET', status: 500, count: 10 });
    const result = await publish('update', 'x');
    assert.equal(result.outcome, 'failed');
    assert.match(result.message, /500/);
  });

  it('finds its comment among 300 across pages: list pages + who am I + 1 write', async () => {
    for (let i = 0; i < 299; i += 1) {
      seedComment(fake, {
        ...repo,
        issue: ISSUE,
        body: `chatter ${i}`,
        user: { login: 'dev', id: 5, type: 'User' },
      });
      if (i === 250) seedActionsBotComment('old');
    }
    const result = await publish('update', 'fresh');
    assert.equal(result.outcome, 'updated');
    const lists = fake.callsTo('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments');
    assert.deepEqual(
      lists.map((c) => c.query.page ?? '1'),
      ['1', '2', '3'],
    );
    assert.equal(fake.callsTo('POST', '/graphql').length, 1, 'one viewer query');
    assert.equal(fake.calls.length, lists.length + 2);
  });
});
