/**
 * Test harness for the apply action: a repository root with one stack, a plan made by the
 * engine (planTarget) and copied to an "artifact" folder, and the action bundle (the same ncc
 * build as `node scripts/build.mjs apply`, via test/support/plan-bundle.ts) run as the runner
 * runs it — a child process with INPUT_* (action.yml defaults filled in) and GITHUB_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the API at the fake GitHub.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execProcess } from '../../src/shared/exec.js';
import { createMemoryLogger } from '../../src/shared/log.js';
import { planTarget, type PlanOutcome } from '../../src/iac/plan-run.js';
import { terraformTestEnv } from '../support/terraform.js';
import { actionBundle, REPO as REPOSITORY_ROOT } from '../support/plan-bundle.js';
import { actionDefaults, parseOutputFile } from '../support/run-action.js';

export const REPO_ROOT = REPOSITORY_ROOT;

export const SHA = '1234567890abcdef1234567890abcdef12345678';
export const OWNER = 'acme';
export const REPO = 'infra';

/** A stack with one quick resource, an optional slow one (local-exec sleep) and outputs. */
export const STACK = {
  'main.tf': `
variable "name" {
  type    = string
  default = "one"
}
variable "slow_seconds" {
  type    = number
  default = 0
}
resource "terraform_data" "a" {
  input = var.name
}
resource "terraform_data" "slow" {
  count = var.slow_seconds > 0 ? 1 : 0
  input = "slow"
  provisioner "local-exec" {
    command = "sleep \${var.slow_seconds}"
  }
}
output "name" {
  value = terraform_data.a.output
}
output "token" {
  value     = "tok-\${var.name}-s3cr3t"
  sensitive = true
}
`,
};

export interface Workspace {
  root: string;
  stack: string;
  env: Record<string, string>;
}

/** A repository root with the stack under `stacks/app`. */
export async function makeWorkspace(files: Record<string, string> = STACK): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), 'gantry-apply-repo-'));
  const stack = join(root, 'stacks', 'app');
  await mkdir(stack, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(stack, name), text);
  return { root, stack, env: await terraformTestEnv() };
}

/** Plan the stack as the plan job would, and copy the folder to a separate "artifact" dir. */
export async function planToArtifact(
  ws: Workspace,
  options: { vars?: Record<string, string>; sha?: string; target?: string } = {},
): Promise<{ outcome: PlanOutcome; artifact: string }> {
  const out = await mkdtemp(join(tmpdir(), 'gantry-plan-out-'));
  const outcome = await planTarget(
    {
      dir: ws.stack,
      out,
      root: ws.root,
      env: ws.env,
      vars: options.vars,
      targetName: options.target ?? 'app',
      commitSha: options.sha ?? SHA,
      graceSeconds: 5,
    },
    { exec: execProcess, log: createMemoryLogger() },
  );
  if (outcome.status === 'failed') throw new Error(`plan failed: ${outcome.failure?.message}`);
  const artifact = await mkdtemp(join(tmpdir(), 'gantry-artifact-'));
  await cp(out, artifact, { recursive: true });
  return { outcome, artifact };
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface StartOptions {
  ws: Workspace;
  inputs: Record<string, string>;
  apiUrl?: string;
  token?: string;
  sha?: string;
  env?: Record<string, string>;
}

/** Start the action; `done` resolves when it exits. `child` lets a test signal it. */
export async function startAction(options: StartOptions) {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-runner-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const eventFile = join(dir, 'event.json');
  await Promise.all([
    writeFile(outputFile, ''),
    writeFile(summaryFile, ''),
    writeFile(eventFile, '{}'),
  ]);
  const token = options.token ?? 'ghs_applytoken000';
  const inputs = {
    ...(await actionDefaults('apply', token)),
    comment: 'false',
    ...options.inputs,
  };
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  );
  const bundle = await actionBundle('apply');
  const child: ChildProcess = spawn(process.execPath, [bundle], {
    cwd: options.ws.root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...options.ws.env,
      ...inputEnv,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.ws.root,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SHA: options.sha ?? SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
      GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: dir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const done = new Promise<ActionRun>((resolve) => {
    child.on('close', (code) => {
      void (async () => {
        resolve({
          code,
          stdout,
          stderr,
          outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
          summary: await readFile(summaryFile, 'utf8'),
        });
      })();
    });
  });
  return { child, done, stdoutSoFar: () => stdout };
}

export async function runAction(options: StartOptions): Promise<ActionRun> {
  return (await startAction(options)).done;
}

/** The local state as JSON (undefined when there is none). */
export async function readState(stack: string): Promise<
  | {
      serial: number;
      outputs: Record<string, { value: unknown }>;
      resources: { type: string; name: string; instances: unknown[] }[];
    }
  | undefined
> {
  const file = join(stack, 'terraform.tfstate');
  if (!existsSync(file)) return undefined;
  const text = await readFile(file, 'utf8');
  // A lock holder may leave an empty state file behind: no state yet.
  return text.trim() ? JSON.parse(text) : undefined;
}

/**
 * Hold the state lock of `stack` the way another run would: `terraform console` locks the state
 * for as long as it runs (its stdin stays open). Resolves once the lock is taken.
 */
export async function holdStateLock(ws: Workspace): Promise<{ release(): Promise<void> }> {
  const child = spawn('terraform', ['console'], {
    cwd: ws.stack,
    env: { ...process.env, ...ws.env },
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  const lockFile = join(ws.stack, '.terraform.tfstate.lock.info');
  for (let i = 0; i < 200 && !existsSync(lockFile); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!existsSync(lockFile)) {
    child.kill('SIGKILL');
    throw new Error('terraform console did not take the state lock');
  }
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    async release() {
      child.stdin?.end();
      await exited;
    },
  };
}
