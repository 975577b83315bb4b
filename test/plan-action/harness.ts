/**
 * The plan action under test: the bundle run as the runner runs it, a fake GitHub, and a
 * workspace (a temp "checkout") holding a copy of examples/stacks/network at stacks/network.
 */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { actionBundle, REPO } from '../support/plan-bundle.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { pullRequestEvent } from '../support/events.js';
import { terraformTestEnv } from '../support/terraform.js';

export const OWNER = 'Codertocat';
export const REPO_NAME = 'Hello-World';
export const PR = 2;
export const TOKEN = 'ghs_actionsTokenForTests';
export const COMMENTS_ROUTE = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
export const COMMENT_ROUTE = '/repos/{owner}/{repo}/issues/comments/{comment_id}';

export interface Harness {
  fake: FakeGitHub;
  workspace: string;
  run(
    inputs?: Record<string, string>,
    options?: { event?: unknown; eventName?: string; token?: string; env?: Record<string, string> },
  ): Promise<ActionRun>;
  /** Write files into the workspace (path → content). */
  write(files: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

export async function setup(): Promise<Harness> {
  const [bundle, fake, tfEnv] = await Promise.all([
    actionBundle('plan'),
    startFakeGitHub(),
    terraformTestEnv(),
  ]);
  fake.addActionsToken(TOKEN);
  const workspace = await mkdtemp(join(tmpdir(), 'gantry-checkout-'));
  await cp(join(REPO, 'examples/stacks/network'), join(workspace, 'stacks/network'), {
    recursive: true,
    filter: (src) => !/[\\/](\.terraform|\.gantry)([\\/]|$)|\.tfstate/.test(src),
  });
  return {
    fake,
    workspace,
    run: (inputs = {}, options = {}) =>
      runAction({
        bundle,
        action: 'plan',
        inputs: { 'working-directory': 'stacks/network', ...inputs },
        event: options.event ?? pullRequestEvent('synchronize'),
        eventName: options.eventName ?? 'pull_request',
        apiUrl: fake.url,
        token: options.token ?? TOKEN,
        workspace,
        env: { ...tfEnv, ...options.env },
      }),
    async write(files) {
      for (const [path, content] of Object.entries(files)) {
        await mkdir(dirname(join(workspace, path)), { recursive: true });
        await writeFile(join(workspace, path), content);
      }
    },
    close: () => fake.close(),
  };
}

/** Explain a failed run in an assertion message. */
export function explain(run: ActionRun): string {
  return `exit ${run.code}\n--- stdout\n${run.stdout.slice(-4000)}\n--- stderr\n${run.stderr.slice(-2000)}`;
}
