import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ACTIONS_APP, ACTIONS_BOT_USER } from '../support/fake-github/index.js';
import { commentsOf, seedComment } from '../support/fake-github/routes-issues.js';
import { pullRequestEvent } from '../support/events.js';
import { terraform, terraformTestEnv } from '../support/terraform.js';
import { formatMarker, parseMarker } from '../../src/github/marker.js';
import { requireTool } from '../support/tools.js';
import {
  COMMENTS_ROUTE,
  COMMENT_ROUTE,
  explain,
  OWNER,
  PR,
  REPO_NAME,
  setup,
  type Harness,
} from './harness.js';

// The living comment through the built action, run as the runner runs it.
describe('plan action: the living comment', () => {
  let h: Harness;
  const comments = () => commentsOf(h.fake, OWNER, REPO_NAME, PR);
  before(async () => {
    h = await setup();
  });
  after(async () => {
    h.fake.assertFaithful();
    await h.close();
  });

  it('first run creates the comment with the marker, run link and short digest', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    const run = await h.run({}, { event: pullRequestEvent('opened') });
    assert.equal(run.code, 0, explain(run));
    assert.equal(comments().length, 1);
    const body = comments()[0]?.body ?? '';
    const marker = parseMarker(body);
    assert.equal(marker?.target, 'stacks/network');
    assert.equal(marker?.tool, 'terraform');
    assert.equal(marker?.status, 'changes');
    assert.equal(marker?.digest, run.outputs['plan-digest']);
    assert.equal(marker?.sha, 'ec26c3e57ca3a959ca5aad62de7213c562f8c821');
    assert.match(body, /Plan: 6 to add, 0 to change, 0 to destroy\./);
    assert.ok(
      body.includes('https://github.com/Codertocat/Hello-World/actions/runs/4242'),
      'links the run',
    );
    assert.ok(
      body.includes(run.outputs['plan-digest']?.slice(0, 12) ?? '?'),
      'shows the short digest',
    );
    assert.equal(run.outputs['comment-id'], String(comments()[0]?.id));
    assert.equal(
      run.outputs['comment-url'],
      `https://github.com/Codertocat/Hello-World/pull/2#issuecomment-${comments()[0]?.id}`,
    );
  });

  it('second run (synchronize) updates the same comment, never a duplicate', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    const first = comments()[0];
    const run = await h.run({ variables: 'environment=prod' });
    assert.equal(run.code, 0, explain(run));
    assert.equal(comments().length, 1);
    assert.equal(comments()[0]?.id, first?.id);
    assert.equal(run.outputs['comment-id'], String(first?.id));
    assert.match(comments()[0]?.body ?? '', /prod-vpc/);
    assert.equal(h.fake.callsTo('PATCH', COMMENT_ROUTE).length, 1);
  });

  it('leaves a comment by someone else that copies the marker alone', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    const ours = comments()[0];
    const copy = seedComment(h.fake, {
      owner: OWNER,
      repo: REPO_NAME,
      issue: PR,
      body: `${formatMarker({ tool: 'terraform', target: 'stacks/network', status: 'changes' })}\nLooks good to me (copied)`,
      user: { login: 'mallory', id: 31337, type: 'User' },
    });
    const patches = h.fake.callsTo('PATCH', COMMENT_ROUTE).length;
    const run = await h.run();
    assert.equal(run.code, 0, explain(run));
    const after = h.fake.callsTo('PATCH', COMMENT_ROUTE).slice(patches);
    assert.deepEqual(
      after.map((c) => c.path.split('/').pop()),
      [String(ours?.id)],
    );
    assert.match(comments().find((c) => c.id === copy.id)?.body ?? '', /copied/);
  });

  it('new: posts a fresh comment and minimizes the previous one as OUTDATED', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    const previous = comments().filter((c) => c.user.login === ACTIONS_BOT_USER.login);
    const run = await h.run({ comment: 'new' });
    assert.equal(run.code, 0, explain(run));
    const mine = comments().filter((c) => c.user.login === ACTIONS_BOT_USER.login);
    assert.equal(mine.length, previous.length + 1);
    assert.equal(mine.at(-1)?.minimized, undefined);
    for (const old of previous)
      assert.equal(mine.find((c) => c.id === old.id)?.minimized, 'OUTDATED');
    assert.equal(comments().find((c) => c.user.login === 'mallory')?.minimized, undefined);
    assert.equal(run.outputs['comment-id'], String(mine.at(-1)?.id));
  });
});

describe('plan action: changes-only', () => {
  let h: Harness;
  before(async () => {
    h = await setup();
  });
  after(async () => {
    h.fake.assertFaithful();
    await h.close();
  });

  it('posts nothing without changes, posts on changes, then updates to "no changes"', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    const dir = `${h.workspace}/stacks/network`;
    const env = await terraformTestEnv();
    assert.equal(terraform(dir, ['init', '-input=false'], env).status, 0);
    assert.equal(terraform(dir, ['apply', '-auto-approve', '-input=false'], env).status, 0);

    const quiet = await h.run({ comment: 'changes-only' });
    assert.equal(quiet.code, 0, explain(quiet));
    assert.equal(quiet.outputs['has-changes'], 'false');
    assert.equal(quiet.outputs['exit-code'], '0');
    assert.equal(h.fake.callsTo('POST', COMMENTS_ROUTE).length, 0);
    assert.equal(commentsOf(h.fake, OWNER, REPO_NAME, PR).length, 0);
    assert.match(quiet.summary, /No changes/i, 'the summary still shows the plan');

    const changed = await h.run({ comment: 'changes-only', variables: 'environment=prod' });
    assert.equal(changed.code, 0, explain(changed));
    assert.equal(commentsOf(h.fake, OWNER, REPO_NAME, PR).length, 1);

    const back = await h.run({ comment: 'changes-only' });
    assert.equal(back.code, 0, explain(back));
    const [only] = commentsOf(h.fake, OWNER, REPO_NAME, PR);
    assert.equal(commentsOf(h.fake, OWNER, REPO_NAME, PR).length, 1);
    assert.equal(parseMarker(only?.body)?.status, 'no-changes');
    assert.match(only?.body ?? '', /no changes/i);
    assert.equal(back.outputs['comment-id'], String(only?.id));
  });

  it('finds its comment among 300 across pages: one call per page, who am I, the update', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    const [ours] = commentsOf(h.fake, OWNER, REPO_NAME, PR);
    for (let i = 0; i < 299; i += 1) {
      seedComment(h.fake, {
        owner: OWNER,
        repo: REPO_NAME,
        issue: PR,
        body: `review chatter ${i}`,
        user: { login: 'dev', id: 7, type: 'User' },
      });
    }
    const before = h.fake.calls.length;
    const run = await h.run();
    assert.equal(run.code, 0, explain(run));
    const calls = h.fake.calls.slice(before);
    const pages = calls.filter((c) => c.route === COMMENTS_ROUTE && c.method === 'GET');
    assert.deepEqual(
      pages.map((c) => c.query.page ?? '1'),
      ['1', '2', '3'],
    );
    // The pages, one viewer query (who the token is), one write.
    assert.ok(
      calls.length <= pages.length + 2,
      calls.map((c) => `${c.method} ${c.path}`).join('\n'),
    );
    assert.equal(run.outputs['comment-id'], String(ours?.id));
    assert.equal(
      commentsOf(h.fake, OWNER, REPO_NAME, PR).filter(
        (c) => c.user.login === ACTIONS_BOT_USER.login && c.app?.slug === ACTIONS_APP.slug,
      ).length,
      1,
    );
  });
});
