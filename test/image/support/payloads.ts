// Real webhook payloads from @octokit/webhooks-examples, shaped the way the runner presents them
// (GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA + the payload), with the ref/sha overridable.
import { createRequire } from 'node:module';
import { buildRefContext, type RefContext } from '../../../src/image/context.js';

const require = createRequire(import.meta.url);
type Example = Record<string, unknown> & { action?: string; ref?: string };
const all = require('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Example[];
}[];

export function example(event: string, pick: (e: Example) => boolean = () => true): Example {
  const found = all.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no matching ${event} example`);
  return structuredClone(found);
}

/** The real tag push (refs/tags/simple-tag, with head_commit) and branch push (refs/heads/master). */
export const tagPushPayload = (): Example =>
  example('push', (e) => String(e.ref).startsWith('refs/tags/') && e.head_commit != null);
export const branchPushPayload = (): Example =>
  example('push', (e) => String(e.ref).startsWith('refs/heads/'));
export const pullRequestPayload = (): Example =>
  example('pull_request', (e) => e.action === 'opened');

export const SHA = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';

export interface EventCase {
  event:
    'push' | 'pull_request' | 'pull_request_target' | 'schedule' | 'release' | 'workflow_dispatch';
  /** For push: the ref pushed (refs/heads/… or refs/tags/…). */
  ref?: string;
  sha?: string;
  prHeadSha?: boolean;
}

/** Env + payload as the runner gives them, turned into a RefContext. */
export function eventContext(c: EventCase): RefContext {
  switch (c.event) {
    case 'push': {
      const ref = c.ref ?? 'refs/heads/master';
      const payload = ref.startsWith('refs/tags/') ? tagPushPayload() : branchPushPayload();
      payload.ref = ref;
      return buildRefContext({ eventName: 'push', ref, sha: c.sha ?? SHA, payload });
    }
    case 'pull_request': {
      const p = pullRequestPayload();
      return buildRefContext({
        eventName: 'pull_request',
        ref: `refs/pull/${String(p.number)}/merge`,
        sha: c.sha ?? SHA,
        payload: p,
        prHeadSha: c.prHeadSha,
      });
    }
    case 'pull_request_target': {
      // Same payload as pull_request; GITHUB_REF is the BASE branch for this event.
      const p = pullRequestPayload();
      return buildRefContext({
        eventName: 'pull_request_target',
        ref: 'refs/heads/master',
        sha: c.sha ?? SHA,
        payload: p,
        prHeadSha: c.prHeadSha,
      });
    }
    case 'release': {
      const p = example('release', (e) => e.action === 'published');
      const tag = (p.release as { tag_name: string }).tag_name;
      return buildRefContext({
        eventName: 'release',
        ref: c.ref ?? `refs/tags/${tag}`,
        sha: c.sha ?? SHA,
        payload: p,
      });
    }
    case 'workflow_dispatch': {
      const p = example('workflow_dispatch');
      const ref = c.ref ?? String(p.ref);
      return buildRefContext({
        eventName: 'workflow_dispatch',
        ref,
        sha: c.sha ?? SHA,
        payload: { ...p, ref },
      });
    }
    case 'schedule': {
      // No webhook exists for schedule; the runner's payload is {schedule} plus the repository.
      const payload = { schedule: '0 3 * * *', repository: branchPushPayload().repository };
      return buildRefContext({
        eventName: 'schedule',
        ref: c.ref ?? 'refs/heads/master',
        sha: c.sha ?? SHA,
        payload,
      });
    }
  }
}
