// Publish's GitHub fallbacks, on the fake GitHub (checked against GitHub's OpenAPI description):
// repository details for events whose payload names no repository (a scheduled run on older
// GitHub Enterprise Server, act, Gitea) from GET /repos/{owner}/{repo}, and the commit time for
// the `created` label from GET /repos/{owner}/{repo}/commits/{ref}.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildRefContext } from '../../src/image/context.js';
import { computeMetadata } from '../../src/image/metadata.js';
import { apiCommitDate } from '../../src/image/commit-date.js';
import { apiRepository, completeRepository } from '../../src/image/repository-info.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { seedCommit } from '../support/fake-github/commits.js';
import { seedRepository } from '../support/fake-github/routes-repos.js';
import { SHA, branchPushPayload } from './support/payloads.js';

const NOW = new Date('2020-01-10T00:30:00Z');

/** A scheduled run as the runner presents it when the payload is only `{ schedule }`. */
function bareSchedule(ref = 'refs/heads/trunk') {
  return buildRefContext({
    eventName: 'schedule',
    ref,
    sha: SHA,
    payload: { schedule: '0 3 * * *' },
  });
}

function metadata(ctx: ReturnType<typeof bareSchedule>, tags: string[]) {
  return computeMetadata(
    { images: ['ghcr.io/acme/app'], tags, flavor: [], labels: [], annotations: [] },
    ctx,
    { now: NOW, shortShaLength: 7 },
  );
}

const label = (labels: readonly string[], name: string): string | undefined =>
  labels.find((l) => l.startsWith(`org.opencontainers.image.${name}=`))?.split('=')[1];

describe('repository details from the API when the payload has none', () => {
  let fake: FakeGitHub;
  let token = '';
  before(async () => {
    fake = await startFakeGitHub();
    token = fake.addActionsToken('ghs_repo_token');
    seedRepository(fake, {
      owner: 'acme',
      repo: 'app',
      description: 'The acme app',
      defaultBranch: 'trunk',
      license: 'Apache-2.0',
    });
  });
  after(async () => fake.close());
  const lookup =
    (repo = 'acme/app', t: string | undefined = token) =>
    () =>
      apiRepository({ apiUrl: fake.url, repo, token: t });

  it('fills the labels, type=edge and is_default_branch on a bare scheduled run', async () => {
    const ctx = bareSchedule();
    const before = metadata(ctx, ['type=schedule', 'type=edge']);
    assert.deepEqual(before.tags, ['ghcr.io/acme/app:nightly'], 'no default branch: no edge');
    assert.equal(label(before.labels, 'title'), '');

    assert.equal(await completeRepository(ctx, lookup()), undefined);
    const meta = metadata(ctx, [
      'type=schedule',
      'type=edge',
      'type=raw,value=default-{{is_default_branch}}',
    ]);
    assert.deepEqual(meta.tags, [
      'ghcr.io/acme/app:nightly',
      'ghcr.io/acme/app:edge',
      'ghcr.io/acme/app:default-true',
    ]);
    assert.equal(label(meta.labels, 'title'), 'app');
    assert.equal(label(meta.labels, 'description'), 'The acme app');
    assert.equal(label(meta.labels, 'licenses'), 'Apache-2.0');
    assert.equal(label(meta.labels, 'source'), 'https://github.com/acme/app');
    assert.equal(label(meta.labels, 'url'), 'https://github.com/acme/app');
    assert.deepEqual(
      fake.calls.map((c) => `${c.method} ${c.path} ${c.status}`),
      ['GET /repos/acme/app 200'],
    );
    fake.assertFaithful();
  });

  it('asks nothing when the payload names the repository', async () => {
    const calls = fake.calls.length;
    const ctx = buildRefContext({
      eventName: 'schedule',
      ref: 'refs/heads/master',
      sha: SHA,
      payload: { schedule: '0 3 * * *', repository: branchPushPayload().repository },
    });
    assert.equal(await completeRepository(ctx, lookup()), undefined);
    assert.equal(fake.calls.length, calls);
    assert.equal(ctx.repository.defaultBranch, 'master');
  });

  it('a repository with no detected license or description gives empty labels', async () => {
    seedRepository(fake, { owner: 'acme', repo: 'bare' });
    const ctx = bareSchedule('refs/heads/main');
    await completeRepository(ctx, lookup('acme/bare'));
    const meta = metadata(ctx, ['type=edge']);
    assert.deepEqual(meta.tags, ['ghcr.io/acme/app:edge']);
    assert.equal(label(meta.labels, 'licenses'), '');
    assert.equal(label(meta.labels, 'description'), '');
    assert.equal(label(meta.labels, 'title'), 'bare');
    fake.assertFaithful();
  });

  for (const [name, look, reason] of [
    ['an unknown repository', () => lookup('acme/gone'), /GET \/repos\/acme\/gone answered 404/],
    ['no token', () => lookup('acme/app', ''), /no github-token was given/],
    [
      'an unreachable API',
      () => () => apiRepository({ apiUrl: 'http://127.0.0.1:9', repo: 'acme/app', token }),
      /GET \/repos\/acme\/app failed/,
    ],
  ] as const) {
    it(`${name}: a warning that says what is missing, and the tags still computed`, async () => {
      const ctx = bareSchedule();
      const warning = await completeRepository(ctx, look());
      assert.match(warning ?? '', reason);
      assert.match(warning ?? '', /labels are empty, and type=edge/);
      assert.deepEqual(metadata(ctx, ['type=schedule']).tags, ['ghcr.io/acme/app:nightly']);
    });
  }

  it('reads the committer date of a commit the event does not describe', async () => {
    seedCommit(fake, { owner: 'acme', repo: 'app', sha: SHA, date: '2021-03-04T05:06:07Z' });
    const ask = (sha: string, t = token) =>
      apiCommitDate({ apiUrl: fake.url, repo: 'acme/app', sha, token: t });
    assert.equal((await ask(SHA))?.toISOString(), '2021-03-04T05:06:07.000Z');
    assert.equal(await ask('f'.repeat(40)), undefined, 'an unknown commit (422) is unknown');
    assert.equal(await ask(SHA, ''), undefined, 'no token: unknown, nothing asked');
    fake.assertFaithful();
  });
});
