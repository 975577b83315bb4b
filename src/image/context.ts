// The event context tag rules are evaluated against: built once, from the runner's env and the
// webhook payload (or from CLI flags), validated at the boundary with zod.
import { z } from 'zod';
import { UserError } from '../shared/errors.js';
import { firstIssue } from '../shared/zod-issue.js';

// Informational fields are read leniently: runners that replay events (act) may leave them out.
const commitSchema = z.object({ id: z.string(), timestamp: z.string().optional() });

const payloadSchema = z.object({
  number: z.number().optional(),
  base_ref: z.string().nullish(),
  commits: z.array(commitSchema).nullish(),
  head_commit: commitSchema.nullish(),
  pull_request: z
    .object({
      head: z.object({ sha: z.string().optional() }).optional(),
      base: z.object({ ref: z.string().optional() }).optional(),
    })
    .optional(),
  repository: z
    .object({
      name: z.string().optional(),
      full_name: z.string().optional(),
      description: z.string().nullish(),
      html_url: z.string().optional(),
      default_branch: z.string().optional(),
      license: z
        .unknown()
        .transform((l) =>
          l !== null && typeof l === 'object' && 'spdx_id' in l && typeof l.spdx_id === 'string'
            ? { spdx_id: l.spdx_id }
            : null,
        ),
    })
    .optional(),
});

export type EventPayload = z.infer<typeof payloadSchema>;

export interface RepositoryInfo {
  name: string;
  description: string;
  htmlUrl: string;
  license: string;
  defaultBranch: string;
}

export interface RefContext {
  eventName: string;
  /** `refs/heads/…`, `refs/tags/…` or `refs/pull/<n>/merge`. */
  ref: string;
  sha: string;
  /** Committer date of `sha`, when known; drives `created` and `{{commit_date}}`. */
  commitDate: Date | undefined;
  repository: RepositoryInfo;
  payload: EventPayload;
}

export interface RefContextInput {
  eventName: string;
  ref: string;
  sha: string;
  payload?: unknown;
  /** Use the PR head commit instead of GITHUB_SHA (the merge commit) on pull_request events,
   * like metadata-action's DOCKER_METADATA_PR_HEAD_SHA=true. */
  prHeadSha?: boolean;
  /** Overrides what the payload says (`--default-branch` in the CLI). */
  defaultBranch?: string;
  /** Overrides the payload's commit timestamps (e.g. `git log -1 --format=%cI`). */
  commitDate?: Date;
}

export function parsePayload(raw: unknown): EventPayload {
  const parsed = payloadSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new UserError(`The event payload has an unexpected shape ${firstIssue(parsed.error)}.`, {
      reason: 'invalid-event',
    });
  }
  return parsed.data;
}

export function buildRefContext(input: RefContextInput): RefContext {
  const payload = parsePayload(input.payload);
  let ref = input.ref;
  let sha = input.sha;
  // pull_request_target runs on the base branch; its GITHUB_REF is the base branch, but the tags
  // must name the PR (metadata-action does the same).
  if (/pull_request_target/.test(input.eventName) && payload.number !== undefined) {
    ref = `refs/pull/${payload.number}/merge`;
  }
  if (input.prHeadSha && /pull_request/.test(input.eventName) && payload.pull_request?.head?.sha) {
    sha = payload.pull_request.head.sha;
  }
  const repo: Partial<NonNullable<EventPayload['repository']>> = payload.repository ?? {};
  return {
    eventName: input.eventName,
    ref,
    sha,
    commitDate: input.commitDate ?? commitDateFromPayload(payload, sha),
    repository: {
      name: repo.name ?? '',
      description: repo.description ?? '',
      htmlUrl: repo.html_url ?? '',
      license: repo.license?.spdx_id ?? '',
      defaultBranch: input.defaultBranch ?? repo.default_branch ?? '',
    },
    payload,
  };
}

/** The commit's timestamp from a push payload (`commits[]` or `head_commit` matching `sha`). */
export function commitDateFromPayload(payload: EventPayload, sha: string): Date | undefined {
  const found =
    payload.commits?.find((c) => c.id === sha)?.timestamp ??
    (payload.head_commit?.id === sha ? payload.head_commit.timestamp : undefined);
  if (!found) return undefined;
  const date = new Date(found);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export const refKind = (ref: string): 'branch' | 'tag' | 'pr' | 'other' =>
  ref.startsWith('refs/heads/')
    ? 'branch'
    : ref.startsWith('refs/tags/')
      ? 'tag'
      : ref.startsWith('refs/pull/')
        ? 'pr'
        : 'other';

export const branchName = (ref: string): string =>
  refKind(ref) === 'branch' ? ref.slice('refs/heads/'.length) : '';
export const tagName = (ref: string): string =>
  refKind(ref) === 'tag' ? ref.slice('refs/tags/'.length) : '';
export const prNumber = (ref: string): string =>
  refKind(ref) === 'pr' ? ref.slice('refs/pull/'.length).replace(/\/merge$/, '') : '';
