// Plan action benchmark, measured in one run:
//  - bundle size: the ncc bundle (same options as `node scripts/build.mjs plan`): the entry file
//    loaded at start-up, and the chunks loaded lazily (tool cache, artifact upload);
//  - cold start: process start → first log line of `node dist/plan/index.js` (median of N);
//  - GitHub calls per run on a pull request with 0 and with 300 earlier comments (the real
//    terraform plans examples/stacks/network; GitHub is the in-process fake), for the
//    GITHUB_TOKEN (installation token) and for a personal token (one extra GET /user).
// Run: node --import tsx scripts/bench/plan-action.ts [--reps N]
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { actionBundle } from '../../test/support/plan-bundle.js';
import { setup, OWNER, PR, REPO_NAME } from '../../test/plan-action/harness.js';
import { seedComment } from '../../test/support/fake-github/routes-issues.js';

const { values } = parseArgs({ options: { reps: { type: 'string', default: '15' } } });
const reps = Number(values.reps);

async function sizes(bundle: string) {
  const dir = dirname(bundle);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.js'));
  const entry = (await stat(bundle)).size;
  let total = 0;
  for (const f of files) total += (await stat(join(dir, f))).size;
  return { entry, total, lazy: total - entry };
}

/** ms from spawn to the first stdout line (the action logs "Gantry plan" first). */
function coldStart(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // No GITHUB_REPOSITORY: the action stops on its first check right after the first line.
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '' } });
    let done = false;
    child.stdout.on('data', () => {
      if (done) return;
      done = true;
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
    });
    child.on('error', reject);
    child.on('close', () => {
      if (!done) reject(new Error('no output'));
    });
  });
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function callsPerRun(existing: number, token: 'actions' | 'personal'): Promise<number> {
  const h = await setup();
  try {
    const personal = 'ghp_benchPersonalToken';
    h.fake.addToken(personal, { login: 'octocat', id: 1, type: 'User' });
    const tok = token === 'actions' ? undefined : personal;
    // The PR already carries our comment (a push after the first) plus `existing` others.
    const first = await h.run({}, tok ? { token: tok } : {});
    if (first.code !== 0) throw new Error(first.stdout);
    for (let i = 0; i < existing; i += 1) {
      seedComment(h.fake, {
        owner: OWNER,
        repo: REPO_NAME,
        issue: PR,
        body: `chatter ${i}`,
        user: { login: 'dev', id: 7, type: 'User' },
      });
    }
    const before = h.fake.calls.length;
    const run = await h.run({}, tok ? { token: tok } : {});
    if (run.code !== 0) throw new Error(run.stdout);
    return h.fake.calls.length - before;
  } finally {
    await h.close();
  }
}

async function firstRunCalls(): Promise<number> {
  const h = await setup();
  try {
    const run = await h.run();
    if (run.code !== 0) throw new Error(run.stdout);
    return h.fake.calls.length;
  } finally {
    await h.close();
  }
}

const bundle = await actionBundle('plan');
const size = await sizes(bundle);
await coldStart([bundle]); // warm the file cache
const times: number[] = [];
const bare: number[] = [];
for (let i = 0; i < reps; i += 1) {
  times.push(await coldStart([bundle]));
  bare.push(await coldStart(['-e', 'console.log("hello")']));
}
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(
  `plan action bundle: entry ${mb(size.entry)} (loaded at start), lazy chunks ${mb(size.lazy)}, total ${mb(size.total)}`,
);
console.log(
  `cold start to first log line: median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms (n=${reps}, target ≤ 150 ms)`,
);
console.log(`GitHub calls, first run on a PR with 0 comments: ${await firstRunCalls()}`);
console.log(
  `GitHub calls, rerun, PR with 0 other comments (GITHUB_TOKEN): ${await callsPerRun(0, 'actions')}`,
);
console.log(
  `GitHub calls, rerun, PR with 300 other comments (GITHUB_TOKEN): ${await callsPerRun(300, 'actions')}`,
);
console.log(
  `GitHub calls, rerun, PR with 300 other comments (personal token): ${await callsPerRun(300, 'personal')}`,
);
