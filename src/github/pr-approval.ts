import type { Octokit } from '@octokit/rest';
import type { RepoRef } from './client.js';

/** The slice of the GitHub client this module needs (an Octokit, or the helper's client). */
export type ApprovalApi = Pick<Octokit, 'rest' | 'paginate'>;

export interface ReviewFact {
  reviewer: string;
  state: string;
  /** ISO time; absent for pending reviews. */
  submittedAt?: string | undefined;
  /** The commit the review was given on. */
  commitId?: string | undefined;
}

export interface PullFact {
  number: number;
  author: string;
  headSha: string;
  mergeCommitSha?: string | undefined;
  url: string;
}

export interface ApprovalFacts {
  pull: PullFact | undefined;
  reviews: readonly ReviewFact[];
  /** Committer time of the reviewed commit (the PR head); reviews submitted before it are stale. */
  reviewedCommitTime?: string | undefined;
}

export interface ApprovalVerdict {
  approved: boolean;
  /** One line a user can act on: who approved, or why it is not approved. */
  detail: string;
  approvers: string[];
  changesRequestedBy: string[];
}

/**
 * Is this PR approved for apply (pure)? The latest review of each reviewer wins (COMMENTED and
 * PENDING never change a reviewer's verdict; DISMISSED clears it). Approved means: at least one
 * reviewer other than the author approves, on the reviewed commit or after its commit time, and
 * no reviewer's latest verdict is CHANGES_REQUESTED.
 */
export function evaluateApproval(facts: ApprovalFacts): ApprovalVerdict {
  const { pull } = facts;
  if (!pull) {
    return {
      approved: false,
      detail: 'no pull request is associated with this commit, so nobody reviewed it',
      approvers: [],
      changesRequestedBy: [],
    };
  }
  const latest = new Map<string, ReviewFact>();
  const ordered = [...facts.reviews]
    .filter(
      (r) => r.submittedAt && ['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state),
    )
    .sort((a, b) => Date.parse(a.submittedAt ?? '') - Date.parse(b.submittedAt ?? ''));
  for (const review of ordered) latest.set(review.reviewer.toLowerCase(), review);

  const author = pull.author.toLowerCase();
  const changesRequestedBy = [...latest.values()]
    .filter((r) => r.state === 'CHANGES_REQUESTED')
    .map((r) => r.reviewer);
  const approvals = [...latest.values()].filter((r) => r.state === 'APPROVED');
  const byOthers = approvals.filter((r) => r.reviewer.toLowerCase() !== author);
  const current = byOthers.filter((r) => isCurrent(r, pull.headSha, facts.reviewedCommitTime));
  const approvers = current.map((r) => r.reviewer);
  const pr = `PR #${pull.number}`;

  if (changesRequestedBy.length) {
    return {
      approved: false,
      detail: `${pr} has changes requested by ${changesRequestedBy.join(', ')}`,
      approvers,
      changesRequestedBy,
    };
  }
  if (current.length) {
    return {
      approved: true,
      detail: `${pr} approved by ${approvers.join(', ')}`,
      approvers,
      changesRequestedBy,
    };
  }
  const why =
    byOthers.length > 0
      ? `its approvals (${byOthers.map((r) => r.reviewer).join(', ')}) predate the reviewed commit ${pull.headSha.slice(0, 7)}`
      : approvals.length > 0
        ? `it is approved only by its author ${pull.author}`
        : 'it has no approving review';
  return {
    approved: false,
    detail: `${pr} is not approved: ${why}`,
    approvers,
    changesRequestedBy,
  };
}

function isCurrent(review: ReviewFact, headSha: string, reviewedCommitTime?: string): boolean {
  if (review.commitId && review.commitId === headSha) return true;
  if (!reviewedCommitTime || !review.submittedAt) return false;
  return Date.parse(review.submittedAt) >= Date.parse(reviewedCommitTime);
}

/**
 * The PR that produced `sha` (`GET /repos/{o}/{r}/commits/{sha}/pulls`): the one merged as this
 * commit, else the one whose head it is, else the first listed.
 */
export async function findPullForCommit(
  api: ApprovalApi,
  repo: RepoRef,
  sha: string,
): Promise<PullFact | undefined> {
  const { data } = await api.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: sha,
  });
  const pick =
    data.find((p) => p.merge_commit_sha === sha) ?? data.find((p) => p.head.sha === sha) ?? data[0];
  if (!pick) return undefined;
  return {
    number: pick.number,
    author: pick.user?.login ?? '',
    headSha: pick.head.sha,
    mergeCommitSha: pick.merge_commit_sha ?? undefined,
    url: pick.html_url,
  };
}

/** Every review of a PR (all pages), as facts. */
export async function listReviews(
  api: ApprovalApi,
  repo: RepoRef,
  pullNumber: number,
): Promise<ReviewFact[]> {
  const reviews = await api.paginate(api.rest.pulls.listReviews, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return reviews.map((r) => ({
    reviewer: r.user?.login ?? '',
    state: r.state,
    submittedAt: r.submitted_at ?? undefined,
    commitId: r.commit_id ?? undefined,
  }));
}

/** Fetch the facts for `sha` and judge them (see evaluateApproval). */
export async function checkPullApproval(
  api: ApprovalApi,
  repo: RepoRef,
  sha: string,
): Promise<ApprovalVerdict & { pull: PullFact | undefined }> {
  const pull = await findPullForCommit(api, repo, sha);
  if (!pull) return { ...evaluateApproval({ pull, reviews: [] }), pull };
  const reviews = await listReviews(api, repo, pull.number);
  const needsTime = reviews.some((r) => r.state === 'APPROVED' && r.commitId !== pull.headSha);
  let reviewedCommitTime: string | undefined;
  if (needsTime) {
    const { data } = await api.rest.repos.getCommit({ ...repo, ref: pull.headSha });
    reviewedCommitTime = data.commit.committer?.date ?? data.commit.author?.date ?? undefined;
  }
  return { ...evaluateApproval({ pull, reviews, reviewedCommitTime }), pull };
}
