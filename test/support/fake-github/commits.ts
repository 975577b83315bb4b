/**
 * Commits the fake knows (shared by the deployments and pulls areas): a deployment's ref must
 * be a known commit (GitHub answers 422 otherwise), and GET /repos/{o}/{r}/commits/{ref} serves
 * them with their committer date.
 */
import type { FakeGitHub } from './index.js';

export interface StoredCommit {
  owner: string;
  repo: string;
  sha: string;
  /** Committer date (ISO). */
  date: string;
  message: string;
  author: string;
}

export function commitStore(fake: FakeGitHub): Map<string, StoredCommit> {
  return fake.area('commits', () => new Map<string, StoredCommit>());
}

const key = (owner: string, repo: string, sha: string): string => `${owner}/${repo}@${sha}`;

/** Make a commit known to the fake (test arrangement; no call is recorded). */
export function seedCommit(
  fake: FakeGitHub,
  c: { owner: string; repo: string; sha: string; date?: string; message?: string; author?: string },
): StoredCommit {
  const stored: StoredCommit = {
    date: fake.now(),
    message: 'Change infrastructure',
    author: 'octocat',
    ...c,
  };
  commitStore(fake).set(key(c.owner, c.repo, c.sha), stored);
  return stored;
}

export function findCommit(
  fake: FakeGitHub,
  owner: string,
  repo: string,
  ref: string,
): StoredCommit | undefined {
  return commitStore(fake).get(key(owner, repo, ref));
}
