/**
 * Run a bundled JavaScript action the way the runner does: a node child process with the
 * inputs as INPUT_* variables (defaults from action.yml filled in, like the runner), the event
 * payload at GITHUB_EVENT_PATH, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and GitHub's URLs
 * pointing at the fake. Asynchronous, so the in-process fake keeps answering.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { writeEvent } from './events.js';
import { REPO } from './plan-bundle.js';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  durationMs: number;
}

export interface RunActionOptions {
  bundle: string;
  /** actions/<action>/action.yml supplies the defaults. */
  action: string;
  inputs: Record<string, string>;
  event: unknown;
  eventName: string;
  apiUrl: string;
  token: string;
  workspace: string;
  env?: Record<string, string>;
  /** Reuse a tool cache folder between runs. */
  toolCache?: string;
}

/** GITHUB_OUTPUT's `name<<delimiter … delimiter` records → a map. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? '');
    out[name ?? ''] = value.join('\n');
  }
  return out;
}

export async function actionDefaults(
  action: string,
  token: string,
): Promise<Record<string, string>> {
  const doc = parse(await readFile(join(REPO, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    if (spec.default === undefined) continue;
    defaults[name] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return defaults;
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-runner-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const inputs = { ...(await actionDefaults(options.action, options.token)), ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_REPOSITORY_OWNER: 'Codertocat',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: await writeEvent(options.event),
    GITHUB_SHA: '0000000000000000000000000000000000000001',
    GITHUB_REF: 'refs/pull/2/merge',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: join(dir, 'temp'),
    RUNNER_TOOL_CACHE: options.toolCache ?? join(dir, 'toolcache'),
    GANTRY_GITHUB_PACING_MS: '1',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const started = Date.now();
  const child = spawn(process.execPath, [options.bundle], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    durationMs: Date.now() - started,
  };
}
