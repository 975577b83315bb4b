import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeGitHub, type FakeGitHub, type FakeUser } from '../support/fake-github/index.js';
import { seedPull, seedReview, type StoredReview } from '../support/fake-github/routes-pulls.js';
import { seedCommit } from '../support/fake-github/commits.js';
import { createOctokit } from '../../src/github/client.js';
import { checkPullApproval, evaluateApproval } from '../../src/github/pr-approval.js';

const repo = { owner: 'acme', repo: 'infra' };
const alice: FakeUser = { login: 'alice', id: 11, type: 'User' };
const bob: FakeUser = { login: 'bob', id: 12, type: 'User' };
const carol: FakeUser = { login: 'carol', id: 13, type: 'User' };
const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const HEAD_TIME = '2026-01-10T12:00:00Z';
const before_ = '2026-01-10T11:00:00Z';
const after_ = (m: number) => `2026-01-10T12:${String(m).padStart(2, '0')}:00Z`;

type R = Pick<StoredReview, 'user' | 'state' | 'commitId'> & { submittedAt?: string };

/** Each case: the PR (authored by alice, head HEAD at HEAD_TIME) gets these reviews, in order. */
const CASES: { name: string; reviews: R[]; approved: boolean; detail: RegExp }[] = [
  {
    name: 'approved by another reviewer on the reviewed commit',
    reviews: [{ user: bob, state: 'APPROVED', commitId: HEAD, submittedAt: after_(5) }],
    approved: true,
    detail: /approved by bob/,
  },
  {
    name: 'self-approval does not count',
    reviews: [{ user: alice, state: 'APPROVED', commitId: HEAD, submittedAt: after_(5) }],
    approved: false,
    detail: /only by its author alice/,
  },
  {
    name: 'changes requested outstanding beats an approval',
    reviews: [
      { user: bob, state: 'APPROVED', commitId: HEAD, submittedAt: after_(5) },
      { user: carol, state: 'CHANGES_REQUESTED', commitId: HEAD, submittedAt: after_(6) },
    ],
    approved: false,
    detail: /changes requested by carol/,
  },
  {
    name: 'a later approval by the same reviewer clears their change request',
    reviews: [
      { user: bob, state: 'CHANGES_REQUESTED', commitId: HEAD, submittedAt: after_(5) },
      { user: bob, state: 'APPROVED', commitId: HEAD, submittedAt: after_(9) },
    ],
    approved: true,
    detail: /approved by bob/,
  },
  {
    name: 'a dismissed change request no longer blocks',
    reviews: [
      { user: carol, state: 'DISMISSED', commitId: HEAD, submittedAt: after_(4) },
      { user: bob, state: 'APPROVED', commitId: HEAD, submittedAt: after_(5) },
    ],
    approved: true,
    detail: /approved by bob/,
  },
  {
    name: 'a comment after an approval keeps the approval',
    reviews: [
      { user: bob, state: 'APPROVED', commitId: HEAD, submittedAt: after_(5) },
      { user: bob, state: 'COMMENTED', commitId: HEAD, submittedAt: after_(7) },
    ],
    approved: true,
    detail: /approved by bob/,
  },
  {
    name: 'a stale approval (older commit, before the reviewed commit) is refused',
    reviews: [{ user: bob, state: 'APPROVED', commitId: OLD, submittedAt: before_ }],
    approved: false,
    detail: /predate the reviewed commit/,
  },
  {
    name: 'an approval on an older commit id but given after the reviewed commit counts',
    reviews: [{ user: bob, state: 'APPROVED', commitId: OLD, submittedAt: after_(30) }],
    approved: true,
    detail: /approved by bob/,
  },
  {
    name: 'no reviews at all',
    reviews: [],
    approved: false,
    detail: /no approving review/,
  },
];

describe('require-pr-approval through the fake GitHub', () => {
  let fake: FakeGitHub;
  const token = 'ghp_reviewertoken';
  before(async () => {
    fake = await startFakeGitHub();
    fake.addToken(token, { login: 'deployer', id: 99, type: 'User' });
  });
  after(async () => {
    await fake.close();
  });

  CASES.forEach((c, i) => {
    test(c.name, async () => {
      const number = 100 + i;
      const merge = `${String(i).padStart(2, '0')}${'c'.repeat(38)}`;
      seedPull(fake, {
        ...repo,
        number,
        author: alice,
        headSha: HEAD,
        headDate: HEAD_TIME,
        mergeCommitSha: merge,
      });
      for (const r of c.reviews) seedReview(fake, { ...repo, pull: number, ...r });
      const api = createOctokit({ token, apiUrl: fake.url, backoffBaseMs: 1 });
      const verdict = await checkPullApproval(api, repo, merge);
      assert.equal(verdict.approved, c.approved, verdict.detail);
      assert.match(verdict.detail, c.detail);
      assert.equal(verdict.pull?.number, number, 'the PR merged as this commit is the one judged');
      fake.assertFaithful();
    });
  });

  test('a commit no PR produced is not approved', async () => {
    const sha = 'd'.repeat(40);
    seedCommit(fake, { ...repo, sha });
    const api = createOctokit({ token, apiUrl: fake.url, backoffBaseMs: 1 });
    const verdict = await checkPullApproval(api, repo, sha);
    assert.equal(verdict.approved, false);
    assert.match(verdict.detail, /no pull request/);
    fake.assertFaithful();
  });

  test('reviews are read across pages (150 comments, then the approval)', async () => {
    const number = 300;
    const merge = 'e'.repeat(40);
    seedPull(fake, {
      ...repo,
      number,
      author: alice,
      headSha: HEAD,
      headDate: HEAD_TIME,
      mergeCommitSha: merge,
    });
    for (let k = 0; k < 150; k++) {
      seedReview(fake, {
        ...repo,
        pull: number,
        user: carol,
        state: 'COMMENTED',
        commitId: HEAD,
        submittedAt: after_(1),
      });
    }
    seedReview(fake, {
      ...repo,
      pull: number,
      user: bob,
      state: 'APPROVED',
      commitId: HEAD,
      submittedAt: after_(2),
    });
    const api = createOctokit({ token, apiUrl: fake.url, backoffBaseMs: 1 });
    const calls = fake.calls.length;
    const verdict = await checkPullApproval(api, repo, merge);
    assert.equal(verdict.approved, true, verdict.detail);
    const reviewCalls = fake.calls.slice(calls).filter((c) => c.route.endsWith('/reviews'));
    assert.equal(reviewCalls.length, 2, 'two pages of 100');
    fake.assertFaithful();
  });
});

test('evaluateApproval: the latest verdict per reviewer wins regardless of list order', () => {
  const pull = { number: 1, author: 'alice', headSha: HEAD, url: '' };
  const verdict = evaluateApproval({
    pull,
    reviews: [
      { reviewer: 'bob', state: 'APPROVED', submittedAt: after_(9), commitId: HEAD },
      { reviewer: 'bob', state: 'CHANGES_REQUESTED', submittedAt: after_(1), commitId: HEAD },
    ],
  });
  assert.equal(verdict.approved, true);
});
