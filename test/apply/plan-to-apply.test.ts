import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../support/tools.js';
import { terraformTestEnv } from '../support/terraform.js';
import { actionBundle } from '../support/plan-bundle.js';
import { runAction as runPlanAction } from '../support/run-action.js';
import { pullRequestEvent, writeEvent } from '../support/events.js';
import { startFakeGitHub, type FakeGitHub, type FakeUser } from '../support/fake-github/index.js';
import { commentsOf } from '../support/fake-github/routes-issues.js';
import { deploymentsOf } from '../support/fake-github/routes-deployments.js';
import { seedPull } from '../support/fake-github/routes-pulls.js';
import { parseMarker } from '../../src/github/marker.js';
import { OWNER, readState, REPO, runAction, STACK, type Workspace } from './harness.js';

/**
 * The whole story with both bundles: the plan action comments on the pull request; after the
 * merge, the plan action plans the merge commit; the apply action applies that plan and moves
 * the same PR comment applying → applied, with a deployment for the environment.
 */
const TOKEN = 'ghs_actionsTokenPlanToApply';
const MERGE = '9'.repeat(40);
const author: FakeUser = { login: 'Codertocat', id: 21031067, type: 'User' };
let fake: FakeGitHub;

before(async () => {
  fake = await startFakeGitHub();
  fake.addActionsToken(TOKEN);
});
after(async () => {
  await fake.close();
});

/** The marker statuses the fake saw written to comment `id` since call number `since`. */
function statusesPatched(since: number, id: number): (string | undefined)[] {
  return fake.calls
    .slice(since)
    .filter((c) => c.method === 'PATCH' && c.path.endsWith(`/issues/comments/${id}`))
    .map((c) => parseMarker((c.body as { body: string }).body)?.status);
}

/** The plan bundle and a fresh checkout holding stacks/app, with terraform's test env. */
async function checkout() {
  const planBundle = await actionBundle('plan');
  const workspace = await mkdtemp(join(tmpdir(), 'gantry-checkout-'));
  await mkdir(join(workspace, 'stacks/app'), { recursive: true });
  await writeFile(join(workspace, 'stacks/app/main.tf'), STACK['main.tf']);
  return { planBundle, workspace, tfEnv: await terraformTestEnv() };
}

test('plan on the PR → plan on the merge commit → apply: same comment planned → applying → applied', async (t) => {
  if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
  const { planBundle, workspace, tfEnv } = await checkout();
  const repoEnv = {
    ...tfEnv,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
  };
  const event = pullRequestEvent('synchronize');
  const number = event.pull_request.number;
  const plan = (
    eventName: string,
    payload: unknown,
    inputs: Record<string, string>,
    env: Record<string, string>,
  ) =>
    runPlanAction({
      bundle: planBundle,
      action: 'plan',
      inputs: { 'working-directory': 'stacks/app', 'target-name': 'app', ...inputs },
      event: payload,
      eventName,
      apiUrl: fake.url,
      token: TOKEN,
      workspace,
      env: { ...repoEnv, ...env },
    });

  // 1. the pull request: the living comment appears
  const onPr = await plan('pull_request', event, {}, {});
  assert.equal(onPr.code, 0, onPr.stdout);
  const [comment, ...others] = commentsOf(fake, OWNER, REPO, number);
  assert.ok(comment && others.length === 0, 'one plan comment on the PR');
  assert.equal(parseMarker(comment.body)?.status, 'changes');

  // 2. merged: GitHub knows the PR produced the merge commit; the push run plans it
  seedPull(fake, {
    owner: OWNER,
    repo: REPO,
    number,
    author,
    headSha: event.pull_request.head.sha,
    mergeCommitSha: MERGE,
  });
  const onPush = await plan(
    'push',
    {},
    { comment: 'off' },
    { GITHUB_SHA: MERGE, GITHUB_REF: 'refs/heads/main' },
  );
  assert.equal(onPush.code, 0, onPush.stdout);
  const planDir = onPush.outputs['plan-dir'] ?? '';
  const digest = onPush.outputs['plan-digest'] ?? '';
  assert.match(digest, /^[0-9a-f]{64}$/);

  // 3. approved in the environment: the apply job applies exactly that plan
  const ws: Workspace = { root: workspace, stack: join(workspace, 'stacks/app'), env: tfEnv };
  const since = fake.calls.length;
  const applied = await runAction({
    ws,
    sha: MERGE,
    apiUrl: fake.url,
    token: TOKEN,
    inputs: {
      'plan-dir': planDir,
      'target-name': 'app',
      'expected-digest': digest,
      comment: 'true',
      environment: 'production',
    },
  });
  assert.equal(applied.code, 0, applied.stdout);
  assert.equal(applied.outputs.applied, 'true');
  assert.equal((await readState(ws.stack))?.outputs.name?.value, 'one');

  const patches = statusesPatched(since, comment.id);
  assert.deepEqual(patches, ['applying', 'applied'], "the plan job's own comment was updated");
  assert.equal(commentsOf(fake, OWNER, REPO, number).length, 1, 'still one comment');
  const deployment = deploymentsOf(fake, OWNER, REPO).find((d) => d.sha === MERGE);
  assert.deepEqual(
    deployment?.statuses.map((s) => s.state),
    ['in_progress', 'success'],
  );
  fake.assertFaithful();
});

test("apply in the pull request's own run: the PR head the plan recorded, not the test-merge commit", async (t) => {
  if (!requireTool(t, 'terraform', 'terraform 1.x on PATH')) return;
  const { planBundle, workspace, tfEnv } = await checkout();
  // A second pull request, so this story does not meet the first test's comment.
  const event = pullRequestEvent('synchronize');
  const number = 9;
  const head = 'a'.repeat(40);
  const testMerge = '8'.repeat(40);
  event.number = number;
  event.pull_request.number = number;
  event.pull_request.head.sha = head;
  const eventPath = await writeEvent(event);
  const prEnv = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: testMerge,
    GITHUB_REF: `refs/pull/${number}/merge`,
  };
  const onPr = await runPlanAction({
    bundle: planBundle,
    action: 'plan',
    inputs: { 'working-directory': 'stacks/app', 'target-name': 'app' },
    event,
    eventName: 'pull_request',
    apiUrl: fake.url,
    token: TOKEN,
    workspace,
    env: { ...tfEnv, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, ...prEnv },
  });
  assert.equal(onPr.code, 0, onPr.stdout);
  const [comment] = commentsOf(fake, OWNER, REPO, number);
  assert.ok(comment, 'the plan comment on the PR');
  seedPull(fake, { owner: OWNER, repo: REPO, number, author, headSha: head });

  const ws: Workspace = { root: workspace, stack: join(workspace, 'stacks/app'), env: tfEnv };
  const since = fake.calls.length;
  const applied = await runAction({
    ws,
    sha: testMerge,
    apiUrl: fake.url,
    token: TOKEN,
    env: prEnv,
    inputs: {
      'plan-dir': onPr.outputs['plan-dir'] ?? '',
      'target-name': 'app',
      'expected-digest': onPr.outputs['plan-digest'] ?? '',
      comment: 'true',
      environment: 'pr-9',
    },
  });
  assert.equal(applied.code, 0, applied.stdout);
  assert.equal(applied.outputs['failure-reason'], '');
  const patches = statusesPatched(since, comment.id);
  assert.deepEqual(patches, ['applying', 'applied'], "the PR's plan comment was updated");
  const deployment = deploymentsOf(fake, OWNER, REPO).find((d) => d.environment === 'pr-9');
  assert.equal(deployment?.sha, head, 'the deployment names the reviewed head commit');
  fake.assertFaithful();
});
