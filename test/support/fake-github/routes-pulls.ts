/**
 * Pull requests as the apply gate reads them: the PRs associated with a commit (head or merge
 * commit), a PR's reviews (chronological, paginated with Link headers; 404 for an unknown PR)
 * and a single commit (with its committer date). Objects start from GitHub's own examples.
 */
import { errorBody, type FakeGitHub } from './index.js';
import { nodeId, simpleUser, type FakeUser } from './entities.js';
import { githubExample } from './examples.js';
import { findCommit, seedCommit } from './commits.js';
import { pageOf } from './paging.js';

export interface StoredPull {
  owner: string;
  repo: string;
  number: number;
  id: number;
  title: string;
  author: FakeUser;
  headSha: string;
  headRef: string;
  baseRef: string;
  state: 'open' | 'closed';
  mergeCommitSha: string | null;
  mergedAt: string | null;
  createdAt: string;
}

export interface StoredReview {
  id: number;
  owner: string;
  repo: string;
  pull: number;
  user: FakeUser;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  body: string;
  commitId: string;
  submittedAt: string | undefined;
}

interface PullArea {
  pulls: StoredPull[];
  reviews: StoredReview[];
}

function area(fake: FakeGitHub): PullArea {
  return fake.area('pulls', () => ({ pulls: [], reviews: [] }));
}

/** A PR (merged when `mergeCommitSha` is given); its head and merge commits become known. */
export function seedPull(
  fake: FakeGitHub,
  p: {
    owner: string;
    repo: string;
    number: number;
    author: FakeUser;
    headSha: string;
    headDate?: string;
    mergeCommitSha?: string;
    title?: string;
  },
): StoredPull {
  const now = fake.now();
  seedCommit(fake, { owner: p.owner, repo: p.repo, sha: p.headSha, date: p.headDate ?? now });
  if (p.mergeCommitSha) seedCommit(fake, { owner: p.owner, repo: p.repo, sha: p.mergeCommitSha });
  const stored: StoredPull = {
    owner: p.owner,
    repo: p.repo,
    number: p.number,
    id: fake.nextId(),
    title: p.title ?? 'Change infrastructure',
    author: p.author,
    headSha: p.headSha,
    headRef: `topic-${p.number}`,
    baseRef: 'main',
    state: p.mergeCommitSha ? 'closed' : 'open',
    mergeCommitSha: p.mergeCommitSha ?? null,
    mergedAt: p.mergeCommitSha ? now : null,
    createdAt: now,
  };
  area(fake).pulls.push(stored);
  return stored;
}

/** A review on a PR; `submittedAt` defaults to now (omit for nothing but PENDING). */
export function seedReview(
  fake: FakeGitHub,
  r: Omit<StoredReview, 'id' | 'body' | 'submittedAt'> & { body?: string; submittedAt?: string },
): StoredReview {
  const stored: StoredReview = {
    body: '',
    ...r,
    id: fake.nextId(),
    submittedAt: r.state === 'PENDING' ? undefined : (r.submittedAt ?? fake.now()),
  };
  area(fake).reviews.push(stored);
  return stored;
}

function pullJson(fake: FakeGitHub, p: StoredPull): Record<string, unknown> {
  const [example] = githubExample<Record<string, unknown>[]>('pull-request-simple-items');
  const web = `${fake.serverUrl}/${p.owner}/${p.repo}/pull/${p.number}`;
  const api = `${fake.url}/repos/${p.owner}/${p.repo}`;
  const head = example?.head as Record<string, unknown>;
  const base = example?.base as Record<string, unknown>;
  return {
    ...example,
    url: `${api}/pulls/${p.number}`,
    id: p.id,
    node_id: nodeId('PR', p.id),
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${api}/issues/${p.number}`,
    number: p.number,
    state: p.state,
    title: p.title,
    user: simpleUser(p.author),
    created_at: p.createdAt,
    updated_at: p.mergedAt ?? p.createdAt,
    closed_at: p.mergedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    head: { ...head, sha: p.headSha, ref: p.headRef, label: `${p.owner}:${p.headRef}` },
    base: { ...base, ref: p.baseRef, label: `${p.owner}:${p.baseRef}` },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    // The example's team lacks `type`, which the schema requires; the fake requests no teams.
    requested_teams: [],
  };
}

function reviewJson(fake: FakeGitHub, r: StoredReview): Record<string, unknown> {
  const example = githubExample('pull-request-review');
  const web = `${fake.serverUrl}/${r.owner}/${r.repo}/pull/${r.pull}#pullrequestreview-${r.id}`;
  const pullUrl = `${fake.url}/repos/${r.owner}/${r.repo}/pulls/${r.pull}`;
  const out: Record<string, unknown> = {
    ...example,
    id: r.id,
    node_id: nodeId('PRR', r.id),
    user: simpleUser(r.user),
    body: r.body,
    state: r.state,
    html_url: web,
    pull_request_url: pullUrl,
    _links: { html: { href: web }, pull_request: { href: pullUrl } },
    commit_id: r.commitId,
    author_association: 'COLLABORATOR',
  };
  if (r.submittedAt) out.submitted_at = r.submittedAt;
  else delete out.submitted_at;
  return out;
}

export function register(fake: FakeGitHub): void {
  fake.route({
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    handle: ({ params, url }) => {
      const sha = params.commit_sha ?? '';
      const pulls = area(fake).pulls.filter(
        (p) =>
          p.owner === params.owner &&
          p.repo === params.repo &&
          (p.headSha === sha || p.mergeCommitSha === sha),
      );
      if (!pulls.length && !findCommit(fake, params.owner ?? '', params.repo ?? '', sha)) {
        return { status: 422, body: errorBody(422, `No commit found for SHA: ${sha}`) };
      }
      const page = pageOf(pulls, url);
      return {
        status: 200,
        body: page.items.map((p) => pullJson(fake, p)),
        ...(page.headers ? { headers: page.headers } : {}),
      };
    },
  });
  fake.route({
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    handle: ({ params, url }) => {
      const number = Number(params.pull_number);
      const known = area(fake).pulls.some(
        (p) => p.owner === params.owner && p.repo === params.repo && p.number === number,
      );
      if (!known) return { status: 404, body: errorBody(404, 'Not Found') };
      const reviews = area(fake).reviews.filter(
        (r) => r.owner === params.owner && r.repo === params.repo && r.pull === number,
      );
      const page = pageOf(reviews, url);
      return {
        status: 200,
        body: page.items.map((r) => reviewJson(fake, r)),
        ...(page.headers ? { headers: page.headers } : {}),
      };
    },
  });
  fake.route({
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{ref}',
    handle: ({ params }) => {
      const c = findCommit(fake, params.owner ?? '', params.repo ?? '', params.ref ?? '');
      if (!c)
        return { status: 422, body: errorBody(422, `No commit found for SHA: ${params.ref}`) };
      const example = githubExample('commit');
      const api = `${fake.url}/repos/${c.owner}/${c.repo}`;
      const person = { name: c.author, email: `${c.author}@example.com`, date: c.date };
      return {
        status: 200,
        body: {
          ...example,
          url: `${api}/commits/${c.sha}`,
          sha: c.sha,
          node_id: nodeId('C', c.sha.length),
          html_url: `${fake.serverUrl}/${c.owner}/${c.repo}/commit/${c.sha}`,
          comments_url: `${api}/commits/${c.sha}/comments`,
          commit: {
            ...(example.commit as Record<string, unknown>),
            author: person,
            committer: person,
            message: c.message,
          },
          // The fake tracks no file changes (the example's file lacks required fields).
          files: [],
          stats: { total: 0, additions: 0, deletions: 0 },
        },
      };
    },
  });
}
