import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireTool } from '../support/tools.js';
import { terraform } from '../support/terraform.js';
import {
  ACTIONS_APP,
  ACTIONS_BOT_USER,
  startFakeGitHub,
  type FakeGitHub,
  type FakeUser,
} from '../support/fake-github/index.js';
import { commentsOf, seedComment } from '../support/fake-github/routes-issues.js';
import { deploymentsOf } from '../support/fake-github/routes-deployments.js';
import { seedPull, seedReview } from '../support/fake-github/routes-pulls.js';
import { formatMarker, parseMarker } from '../../src/github/marker.js';
import { makeWorkspace, OWNER, planToArtifact, readState, REPO, runAction } from './harness.js';

/**
 * Status where people look, recorded by the fake GitHub: the PR comment of the target moves
 * planned → applying → applied / failed (same comment, updated in place), the Deployment gets
 * in_progress then success / failure with the run URL, and require-pr-approval reads the PR.
 */

const RUN_URL = `https://github.com/${OWNER}/${REPO}/actions/runs/4242`;
const HEAD = 'abcdefabcdefabcdefabcdefabcdefabcdefabcd';
const alice: FakeUser = { login: 'alice', id: 21, type: 'User' };
const bob: FakeUser = { login: 'bob', id: 22, type: 'User' };
const TOKEN = 'ghs_actions_token_apply';
let prNumber = 40;

describe('apply status on GitHub', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await startFakeGitHub();
    fake.addActionsToken(TOKEN);
  });
  after(async () => {
    await fake.close();
  });

  /** A merged PR (merge commit `sha`) carrying the plan job's comment for target `app`. */
  function mergedPrWithPlanComment(sha: string, digest: string) {
    const number = ++prNumber;
    seedPull(fake, {
      owner: OWNER,
      repo: REPO,
      number,
      author: alice,
      headSha: HEAD,
      mergeCommitSha: sha,
    });
    const marker = formatMarker({
      tool: 'terraform',
      target: 'app',
      digest,
      sha: HEAD,
      status: 'changes',
    });
    const comment = seedComment(fake, {
      owner: OWNER,
      repo: REPO,
      issue: number,
      body: `${marker}\n### 📝 Terraform plan for \`app\`\n\nstatus: **planned**`,
      user: ACTIONS_BOT_USER,
      app: ACTIONS_APP,
    });
    return { number, comment };
  }

  /** The bodies the comment went through, from the PATCH calls the fake recorded. */
  function commentHistory(commentId: number, since: number): string[] {
    return fake.calls
      .slice(since)
      .filter((c) => c.method === 'PATCH' && c.path.endsWith(`/issues/comments/${commentId}`))
      .map((c) => (c.body as { body: string }).body);
  }

  test('applied: comment applying → applied in place, deployment in_progress → success', async (t) => {
    if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
    const sha = '1'.repeat(40);
    const ws = await makeWorkspace();
    const { outcome, artifact } = await planToArtifact(ws, { sha });
    const { number, comment } = mergedPrWithPlanComment(sha, outcome.digest ?? '');
    const since = fake.calls.length;
    const run = await runAction({
      ws,
      sha,
      apiUrl: fake.url,
      token: TOKEN,
      inputs: {
        'plan-dir': artifact,
        'target-name': 'app',
        comment: 'true',
        environment: 'production',
      },
    });
    assert.equal(run.code, 0, run.stdout);

    const bodies = commentHistory(comment.id, since);
    assert.deepEqual(
      bodies.map((b) => parseMarker(b)?.status),
      ['applying', 'applied'],
      'the same comment moved applying → applied',
    );
    assert.match(bodies[0] ?? '', /status: \*\*applying\*\*/);
    assert.match(bodies[1] ?? '', /status: \*\*applied\*\*/);
    assert.ok(
      bodies.every((b) => b.includes(RUN_URL)),
      'every state links the run',
    );
    assert.ok(
      bodies.every((b) => b.includes((outcome.digest ?? '').slice(0, 12))),
      'and the digest',
    );
    assert.equal(commentsOf(fake, OWNER, REPO, number).length, 1, 'no second comment');
    assert.equal(
      fake.callsTo('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments').length,
      0,
    );

    const [deployment, ...more] = deploymentsOf(fake, OWNER, REPO).filter((d) => d.sha === sha);
    assert.equal(more.length, 0);
    assert.ok(deployment);
    assert.equal(deployment.ref, sha);
    assert.equal(deployment.environment, 'production');
    assert.equal(deployment.autoMerge, false);
    assert.deepEqual(deployment.requiredContexts, []);
    assert.equal(deployment.production, true);
    assert.deepEqual(deployment.payload, { target: 'app', digest: outcome.digest });
    assert.deepEqual(
      deployment.statuses.map((s) => [s.state, s.logUrl]),
      [
        ['in_progress', RUN_URL],
        ['success', RUN_URL],
      ],
    );
    fake.assertFaithful();
  });

  test('failed (stale plan): comment applying → failed with the reason, deployment → failure', async (t) => {
    if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
    const sha = '2'.repeat(40);
    const ws = await makeWorkspace();
    const { outcome, artifact } = await planToArtifact(ws, { sha });
    const { comment } = mergedPrWithPlanComment(sha, outcome.digest ?? '');
    assert.equal(terraform(ws.stack, ['apply', '-auto-approve', '-input=false'], ws.env).status, 0);
    const since = fake.calls.length;
    const run = await runAction({
      ws,
      sha,
      apiUrl: fake.url,
      token: TOKEN,
      inputs: {
        'plan-dir': artifact,
        'target-name': 'app',
        comment: 'true',
        environment: 'staging',
      },
    });
    assert.equal(run.outputs['failure-reason'], 'plan-stale');
    const bodies = commentHistory(comment.id, since);
    assert.deepEqual(
      bodies.map((b) => parseMarker(b)?.status),
      ['applying', 'failed'],
    );
    assert.match(bodies[1] ?? '', /Not applied \(`plan-stale`\)/);
    const deployment = deploymentsOf(fake, OWNER, REPO).find((d) => d.sha === sha);
    assert.deepEqual(
      deployment?.statuses.map((s) => s.state),
      ['in_progress', 'failure'],
    );
    assert.equal(deployment?.production, false);
    fake.assertFaithful();
  });

  test('a refusal before applying leaves GitHub untouched (no deployment, comment unchanged)', async (t) => {
    if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
    const sha = '3'.repeat(40);
    const ws = await makeWorkspace();
    const { outcome, artifact } = await planToArtifact(ws, { sha });
    mergedPrWithPlanComment(sha, outcome.digest ?? '');
    await appendFile(join(artifact, 'tfplan'), 'x');
    const since = fake.calls.length;
    const run = await runAction({
      ws,
      sha,
      apiUrl: fake.url,
      token: TOKEN,
      inputs: {
        'plan-dir': artifact,
        'target-name': 'app',
        comment: 'true',
        environment: 'production',
      },
    });
    assert.equal(run.outputs['failure-reason'], 'digest-mismatch');
    const writes = fake.calls.slice(since).filter((c) => c.method !== 'GET');
    assert.deepEqual(writes, [], 'no write to GitHub');
    fake.assertFaithful();
  });

  const APPROVALS: {
    name: string;
    reviewer: FakeUser;
    state: 'APPROVED' | 'CHANGES_REQUESTED';
    commitId: string;
    applied: boolean;
    reason?: string;
  }[] = [
    {
      name: 'approved by another reviewer',
      reviewer: bob,
      state: 'APPROVED',
      commitId: HEAD,
      applied: true,
    },
    {
      name: 'approved only by the author',
      reviewer: alice,
      state: 'APPROVED',
      commitId: HEAD,
      applied: false,
      reason: 'not-approved',
    },
    {
      name: 'changes requested',
      reviewer: bob,
      state: 'CHANGES_REQUESTED',
      commitId: HEAD,
      applied: false,
      reason: 'not-approved',
    },
  ];
  for (const c of APPROVALS) {
    test(`require-pr-approval: ${c.name} → ${c.applied ? 'applied' : c.reason}`, async (t) => {
      if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
      const sha = `${String(prNumber).padStart(4, '0')}${'4'.repeat(36)}`;
      const ws = await makeWorkspace();
      const { artifact } = await planToArtifact(ws, { sha });
      const number = ++prNumber;
      seedPull(fake, {
        owner: OWNER,
        repo: REPO,
        number,
        author: alice,
        headSha: HEAD,
        mergeCommitSha: sha,
      });
      seedReview(fake, {
        owner: OWNER,
        repo: REPO,
        pull: number,
        user: c.reviewer,
        state: c.state,
        commitId: c.commitId,
      });
      const run = await runAction({
        ws,
        sha,
        apiUrl: fake.url,
        token: TOKEN,
        inputs: { 'plan-dir': artifact, 'target-name': 'app', 'require-pr-approval': 'true' },
      });
      assert.equal(run.outputs.applied, String(c.applied), run.stdout);
      if (c.applied) {
        assert.match(run.stdout, /PR #\d+ approved by bob/);
        assert.equal((await readState(ws.stack))?.outputs.name?.value, 'one');
      } else {
        assert.equal(run.outputs['failure-reason'], c.reason);
        assert.equal(await readState(ws.stack), undefined, 'nothing was applied');
      }
      fake.assertFaithful();
    });
  }
});
