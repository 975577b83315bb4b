import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { commentsOf } from '../support/fake-github/routes-issues.js';
import { forkPullRequestEvent, pullRequestEvent } from '../support/events.js';
import { requireTool } from '../support/tools.js';
import { COMMENTS_ROUTE, explain, OWNER, PR, REPO_NAME, setup, type Harness } from './harness.js';

describe('plan action: faults', () => {
  let h: Harness;
  before(async () => {
    h = await setup();
  });
  after(async () => {
    h.fake.assertFaithful();
    await h.close();
  });

  it('fork PR: the read-only token gets 403, the action succeeds with a warning and the summary', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    h.fake.addActionsToken('ghs_forkReadOnly', { readOnly: true });
    const run = await h.run({}, { event: forkPullRequestEvent(), token: 'ghs_forkReadOnly' });
    assert.equal(run.code, 0, explain(run));
    assert.match(
      run.stdout,
      /::warning::No plan comment posted: the token may not write comments here \(403/,
    );
    assert.match(run.stdout, /fork/);
    assert.deepEqual(
      h.fake.callsTo('POST', COMMENTS_ROUTE).map((c) => c.status),
      [403],
    );
    assert.equal(commentsOf(h.fake, OWNER, REPO_NAME, PR).length, 0);
    assert.match(run.summary, /Plan: 6 to add/);
    assert.equal(run.outputs['has-changes'], 'true');
    assert.equal(run.outputs['comment-id'], '');
  });

  it('5xx and a secondary rate limit are retried, then the comment is posted', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    h.fake.fault({ method: 'GET', path: COMMENTS_ROUTE, status: 502, count: 2 });
    h.fake.fault({
      method: 'POST',
      path: COMMENTS_ROUTE,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const before = h.fake.calls.length;
    const run = await h.run();
    assert.equal(run.code, 0, explain(run));
    const statuses = h.fake.calls.slice(before).map((c) => `${c.method} ${c.status}`);
    assert.deepEqual(statuses, ['GET 502', 'GET 502', 'GET 200', 'POST 403', 'POST 201']);
    assert.equal(commentsOf(h.fake, OWNER, REPO_NAME, PR).length, 1);
    assert.doesNotMatch(run.stdout, /::warning::No plan comment/);
  });

  it('a final GitHub failure never hides the plan: warning, summary, outputs, success', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    h.fake.fault({ method: 'GET', path: COMMENTS_ROUTE, status: 500, count: 4 });
    const before = h.fake.calls.length;
    const run = await h.run();
    // One try and three retries, then the action gives up on the comment.
    assert.deepEqual(
      h.fake.calls.slice(before).map((c) => c.status),
      [500, 500, 500, 500],
    );
    assert.equal(run.code, 0, explain(run));
    assert.match(run.stdout, /::warning::No plan comment posted: GitHub answered 500/);
    assert.match(run.summary, /Plan: 6 to add/);
    assert.equal(run.outputs['exit-code'], '2');
  });

  it('a terraform error is annotated at its file and line, shown in the comment, and fails the step', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    await h.write({
      'stacks/broken/main.tf': 'resource "terraform_data" "x" {\n  input = var.missing\n}\n',
    });
    const run = await h.run({ 'working-directory': 'stacks/broken' });
    assert.equal(run.code, 1, explain(run));
    assert.match(
      run.stdout,
      /::error title=Reference to undeclared input variable,file=stacks\/broken\/main\.tf,line=2,[^:]*::Reference to undeclared input variable/,
    );
    assert.equal(run.outputs['exit-code'], '1');
    assert.equal(run.outputs['failure-reason'], 'plan-failed');
    const comment = commentsOf(h.fake, OWNER, REPO_NAME, PR).find((c) =>
      c.body.includes('stacks/broken'),
    );
    assert.ok(comment, 'the comment shows the error');
    assert.match(comment.body, /Reference to undeclared input variable/);
    assert.match(run.summary, /Reference to undeclared input variable/);
    assert.equal(run.stdout.match(/::error::stacks\/broken: plan failed/g)?.length, 1);
  });
});

describe('plan action: bad inputs fail before terraform runs', () => {
  let h: Harness;
  before(async () => {
    h = await setup();
  });
  after(async () => {
    h.fake.assertFaithful();
    await h.close();
  });

  const cases: {
    name: string;
    inputs: Record<string, string>;
    eventName?: string;
    message: RegExp;
  }[] = [
    {
      name: 'unknown comment mode',
      inputs: { comment: 'sometimes' },
      message: /comment must be one of update, changes-only, new, off, not 'sometimes'/,
    },
    {
      name: 'unknown tool',
      inputs: { tool: 'pulumi' },
      message: /tool must be one of terraform, tofu, auto/,
    },
    {
      name: 'nonexistent directory',
      inputs: { 'working-directory': 'stacks/nope' },
      message: /working-directory 'stacks\/nope' does not exist/,
    },
    {
      name: 'malformed variables line',
      inputs: { variables: 'environment=prod\nthis is not a pair s3cr3t' },
      message: /variables: line 2 is not a name=value line/,
    },
    {
      name: 'junk boolean',
      inputs: { 'upload-plan': 'yes please' },
      message: /upload-plan must be true or false, not 'yes please'/,
    },
    {
      name: 'shell variable in plan-args',
      inputs: { 'plan-args': '-var=x=$HOME' },
      message: /plan-args: '-var=x=\$HOME' uses a shell variable/,
    },
    {
      name: 'missing var file',
      inputs: { 'var-files': 'prod.tfvars' },
      message: /var-files: 'prod\.tfvars' does not exist/,
    },
    {
      name: 'push event while commenting',
      inputs: {},
      eventName: 'push',
      message: /comment: update needs a pull request, but this run is a 'push' event/,
    },
  ];
  for (const c of cases) {
    it(c.name, async (t) => {
      if (!requireTool(t, 'terraform', 'see .ci/run')) return;
      const run = await h.run(c.inputs, {
        eventName: c.eventName ?? 'pull_request',
        event: pullRequestEvent('opened'),
      });
      assert.equal(run.code, 1, explain(run));
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      assert.equal(errors.length, 1, run.stdout);
      assert.match(errors[0] ?? '', c.message);
      assert.doesNotMatch(
        run.stdout,
        /terraform init|\bat .*\.js:\d+/,
        'no tool ran, no stack trace',
      );
      assert.doesNotMatch(run.stdout, /s3cr3t/);
      assert.equal(run.outputs['failure-reason'], 'bad-input');
      assert.equal(existsSync(join(h.workspace, 'stacks/network/.terraform')), false);
      assert.equal(h.fake.calls.length, 0);
    });
  }
});
