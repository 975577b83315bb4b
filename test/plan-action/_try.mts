import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionBundle, REPO } from '../support/plan-bundle.ts';
import { runAction } from '../support/run-action.ts';
import { startFakeGitHub } from '../support/fake-github/index.ts';
import { pullRequestEvent } from '../support/events.ts';
import { terraformTestEnv } from '../support/terraform.ts';
const fake = await startFakeGitHub();
fake.addActionsToken('ghs_tok');
const ws = await mkdtemp(join(tmpdir(), 'gantry-ws-'));
await cp(join(REPO, 'examples/stacks/network'), join(ws, 'stacks/network'), { recursive: true });
const bundle = await actionBundle('plan');
const r = await runAction({
  bundle,
  action: 'plan',
  inputs: { 'working-directory': 'stacks/network' },
  event: pullRequestEvent('opened'),
  eventName: 'pull_request',
  apiUrl: fake.url,
  token: 'ghs_tok',
  workspace: ws,
  env: await terraformTestEnv(),
});
console.log(r.code, r.durationMs, r.outputs);
console.log(r.stdout.slice(0, 3000));
console.log(r.stderr.slice(0, 2000));
console.log(r.summary.slice(0, 500));
console.log(
  fake.calls.map((c) => `${c.method} ${c.path} ${c.status}`),
  fake.violations,
);
await fake.close();
