/** Real webhook payloads (@octokit/webhooks-examples) for GITHUB_EVENT_PATH and context tests. */
import { createRequire } from 'node:module';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export interface PullRequestEvent {
  action?: string;
  number?: number;
  pull_request: {
    number: number;
    head: {
      sha: string;
      ref: string;
      repo: { full_name: string; fork: boolean; [k: string]: unknown };
    };
    base: { sha: string; ref: string; repo: { full_name: string } };
    [k: string]: unknown;
  };
  repository: { full_name: string; [k: string]: unknown };
  [k: string]: unknown;
}

const events = require('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: { action?: string }[];
}[];

/** A copy of the real `pull_request` payload for `action` (opened, synchronize…). */
export function pullRequestEvent(action: string): PullRequestEvent {
  const found = events
    .find((e) => e.name === 'pull_request')
    ?.examples.find((x) => x.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no pull_request.${action} example`);
  return structuredClone(found) as PullRequestEvent;
}

/** A copy of the first real payload of `event` with `action` (e.g. pull_request_review submitted). */
export function eventExample(event: string, action?: string): Record<string, unknown> {
  const found = events
    .find((e) => e.name === event)
    ?.examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}.${action} example`);
  return structuredClone(found) as Record<string, unknown>;
}

/**
 * The real `opened` payload with its head moved to a fork. The examples package holds no fork
 * PR, so this is the one derived payload: head.repo differs from base.repo, as GitHub sends it.
 */
export function forkPullRequestEvent(): PullRequestEvent {
  const p = pullRequestEvent('opened');
  p.pull_request.head.repo = {
    ...p.pull_request.head.repo,
    full_name: 'forker/Hello-World',
    fork: true,
  };
  return p;
}

/** Write a payload to a temp file for GITHUB_EVENT_PATH. */
export async function writeEvent(payload: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-event-'));
  const file = join(dir, 'event.json');
  await writeFile(file, JSON.stringify(payload));
  return file;
}
