/**
 * The living comment: one comment per target per pull request, found by its hidden marker AND by
 * being written by the token's own account. A comment by anyone else that carries a copied marker
 * is never edited or minimized. Failures never throw: they come back as an outcome so the plan
 * result is never hidden by a comment problem.
 */
import {
  httpStatus,
  type GitHubPort,
  type GitHubUser,
  type IssueComment,
  type RepoRef,
} from './client.js';
import { parseMarkers } from './marker.js';

import type { CommentMode } from './comment-mode.js';

export { COMMENT_MODES, type CommentMode } from './comment-mode.js';

/** The account GITHUB_TOKEN writes as: assumed when GitHub names no account for the token. */
export const ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface PublishRequest {
  repo: RepoRef;
  issue: number;
  /** The target key in the marker (`target` field). */
  target: string;
  mode: CommentMode;
  /** The whole comment, marker included. */
  body: string;
  hasChanges: boolean;
  /** Marker kind (default `plan`). */
  kind?: string;
}

export type PublishOutcome = 'created' | 'updated' | 'skipped' | 'forbidden' | 'failed';

export interface PublishResult {
  outcome: PublishOutcome;
  comment?: { id: number; url: string };
  /** Previous comments minimized (mode `new`). */
  minimized: number;
  /** One line saying what happened, for the log (a warning when forbidden/failed). */
  message: string;
  /** Problems that did not stop the comment (e.g. a minimize that failed). */
  warnings: string[];
}

/** Whether `comment` was written by `self` (the token's account, or the Actions bot). */
export function isOwnComment(comment: IssueComment, self: GitHubUser): boolean {
  const author = comment.user;
  if (!author) return false;
  if (author.login !== self.login || author.type !== self.type) return false;
  // GITHUB_TOKEN comments are attributed to the github-actions app; another app's bot account
  // never has this login, so the login check is the identity, the app slug a consistency check.
  if (self.login === ACTIONS_BOT.login && comment.appSlug && comment.appSlug !== 'github-actions') {
    return false;
  }
  return true;
}

/** Comments of `target` (by marker) that the token's own account wrote, oldest first. */
export async function findOwnComments(
  port: GitHubPort,
  request: Pick<PublishRequest, 'repo' | 'issue' | 'target' | 'kind'>,
): Promise<IssueComment[]> {
  const all = await port.listIssueComments(request.repo, request.issue);
  const marked = all.filter((c) =>
    parseMarkers(c.body, request.kind).some((m) => m.target === request.target),
  );
  // Only ask who we are when there is something to match: saves a call on a fresh PR.
  if (!marked.length) return [];
  const self = (await port.authenticatedUser()) ?? ACTIONS_BOT;
  return marked.filter((c) => isOwnComment(c, self)).sort((a, b) => a.id - b.id);
}

function describeFailure(error: unknown): { outcome: PublishOutcome; message: string } {
  const status = httpStatus(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (status === 403) {
    return {
      outcome: 'forbidden',
      message:
        'No plan comment posted: the token may not write comments here (403: ' +
        `${detail}). Pull requests from forks get a read-only GITHUB_TOKEN; the plan is in the job summary.`,
    };
  }
  return {
    outcome: 'failed',
    message: `No plan comment posted: GitHub answered ${status ?? 'an error'} (${detail}). The plan is in the job summary.`,
  };
}

/** Create, update or skip the target's comment according to `mode`. Never throws for API errors. */
export async function publishComment(
  port: GitHubPort,
  request: PublishRequest,
): Promise<PublishResult> {
  const result = (
    outcome: PublishOutcome,
    message: string,
    comment?: IssueComment,
    extra: Partial<PublishResult> = {},
  ): PublishResult => ({
    outcome,
    message,
    minimized: 0,
    warnings: [],
    ...(comment ? { comment: { id: comment.id, url: comment.htmlUrl } } : {}),
    ...extra,
  });
  if (request.mode === 'off') return result('skipped', 'Commenting is off (comment: off).');
  try {
    const own = await findOwnComments(port, request);
    const latest = own.at(-1);
    if (request.mode === 'new') {
      const created = await port.createIssueComment(request.repo, request.issue, request.body);
      const warnings: string[] = [];
      let minimized = 0;
      for (const old of own) {
        try {
          if (await port.minimizeComment(old.nodeId, 'OUTDATED')) minimized += 1;
        } catch (error) {
          warnings.push(`Could not minimize comment ${old.id}: ${(error as Error).message}`);
        }
      }
      return result(
        'created',
        `Posted ${created.htmlUrl}; minimized ${minimized} older.`,
        created,
        {
          minimized,
          warnings,
        },
      );
    }
    if (request.mode === 'changes-only' && !request.hasChanges && !latest) {
      return result('skipped', 'No changes and no earlier comment: nothing posted (changes-only).');
    }
    if (latest) {
      const updated = await port.updateIssueComment(request.repo, latest.id, request.body);
      return result('updated', `Updated ${updated.htmlUrl}.`, updated);
    }
    const created = await port.createIssueComment(request.repo, request.issue, request.body);
    return result('created', `Posted ${created.htmlUrl}.`, created);
  } catch (error) {
    const failure = describeFailure(error);
    return result(failure.outcome, failure.message);
  }
}
