// Tag rules × refs, with event context from real webhook payloads. Expected tables follow
// docker/metadata-action's README and test fixtures (same grammar, same answers), plus Gantry's
// additions: no duplicates, latest=highest, no-version-tag failure, tag length/leading char.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUserError } from '../../src/shared/errors.js';
import { computeMetadata, type MetadataInputs } from '../../src/image/metadata.js';
import type { TagOptions } from '../../src/image/tags.js';
import { eventContext, SHA, type EventCase } from './support/payloads.js';

const NOW = new Date('2020-01-10T00:30:00Z');
const SEMVER_SET = [
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
];

interface Case {
  name: string;
  on: EventCase;
  tags?: string[];
  flavor?: string[];
  images?: string[];
  existing?: string[];
  shortSha?: number;
  requireVersion?: boolean;
  expect: string[] | { error: string };
  version?: string;
}

function tagsFor(c: Case): { tags: string[]; version: string } {
  const inputs: MetadataInputs = {
    images: c.images ?? ['user/app'],
    tags: c.tags ?? [],
    flavor: c.flavor ?? [],
    labels: [],
    annotations: [],
    requireVersion: c.requireVersion,
  };
  const opts: TagOptions = { now: NOW, shortShaLength: c.shortSha ?? 7, existingTags: c.existing };
  const meta = computeMetadata(inputs, eventContext(c.on), opts);
  return { tags: meta.tags, version: meta.version };
}

const tag = (t: string): EventCase => ({ event: 'push', ref: `refs/tags/${t}` });
const branch = (b: string): EventCase => ({ event: 'push', ref: `refs/heads/${b}` });
const app = (...names: string[]): string[] => names.map((n) => `user/app:${n}`);

const cases: Case[] = [
  // Default rule set (schedule, ref branch/tag/pr).
  { name: 'default: push to master', on: branch('master'), expect: app('master') },
  {
    name: 'default: branch with slashes',
    on: branch('feature/login/form'),
    expect: app('feature-login-form'),
  },
  { name: 'default: release tag', on: tag('v1.2.3'), expect: app('v1.2.3', 'latest') },
  {
    name: 'default: pre-release tag still gets latest (ref tag)',
    on: tag('v2.0.8-beta.67'),
    expect: app('v2.0.8-beta.67', 'latest'),
  },
  {
    name: 'default: pull request',
    on: { event: 'pull_request' },
    expect: app('pr-2'),
    version: 'pr-2',
  },
  {
    name: 'default: pull_request_target names the PR, not the base branch',
    on: { event: 'pull_request_target' },
    expect: app('pr-2'),
  },
  {
    name: 'default: schedule (and its branch)',
    on: { event: 'schedule' },
    expect: app('nightly', 'master'),
    version: 'nightly',
  },
  {
    name: 'default: workflow_dispatch on main',
    on: { event: 'workflow_dispatch' },
    expect: app('main'),
  },
  {
    name: 'default: release event on its tag',
    on: { event: 'release' },
    expect: app('0.0.1', 'latest'),
  },
  // Semver.
  {
    name: 'semver: release',
    on: tag('v1.2.3'),
    tags: SEMVER_SET,
    expect: app('1.2.3', '1.2', 'latest'),
    version: '1.2.3',
  },
  {
    name: 'semver: tag without v',
    on: tag('1.2.3'),
    tags: SEMVER_SET,
    expect: app('1.2.3', '1.2', 'latest'),
  },
  {
    name: 'semver: pre-release only gets {{version}}, no latest',
    on: tag('v2.0.8-beta.67'),
    tags: SEMVER_SET,
    expect: app('2.0.8-beta.67'),
  },
  {
    name: 'semver: {{raw}} keeps the v on a pre-release',
    on: tag('v2.0.8-beta.67'),
    tags: ['type=semver,pattern={{raw}}', 'type=semver,pattern={{major}}'],
    expect: app('v2.0.8-beta.67', '2.0.8-beta.67'),
  },
  {
    name: 'semver: 0.x gets a 0 tag unless disabled',
    on: tag('v0.1.2'),
    tags: [
      'type=semver,pattern={{version}}',
      'type=semver,pattern={{major}}.{{minor}}',
      'type=semver,pattern={{major}}',
    ],
    expect: app('0.1.2', '0.1', '0', 'latest'),
  },
  {
    name: 'semver: 0.x with the major rule disabled',
    on: tag('v0.1.2'),
    tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}},enable=false'],
    expect: app('0.1.2', 'latest'),
  },
  {
    name: 'semver: build metadata dropped from {{version}}',
    on: tag('v1.2.3+build.5'),
    tags: ['type=semver,pattern={{version}}'],
    expect: app('1.2.3', 'latest'),
  },
  {
    name: 'semver: pre-release with build metadata, {{raw}} sanitised',
    on: tag('v9.5.7-alpha.2+fork.3.1.8'),
    tags: ['type=semver,pattern={{raw}}'],
    expect: app('v9.5.7-alpha.2-fork.3.1.8'),
  },
  {
    name: 'semver: match attribute picks the version out of the tag',
    on: tag('p1/v1.2.3'),
    tags: ['type=semver,pattern={{version}},match=v(\\d.\\d.\\d)$'],
    expect: app('1.2.3', 'latest'),
  },
  {
    name: 'semver: custom value on a branch push',
    on: branch('master'),
    tags: ['type=semver,pattern={{version}},value=v1.2.3', 'type=edge'],
    expect: app('1.2.3', 'edge', 'latest'),
  },
  {
    name: 'semver: branch push yields only the branch',
    on: branch('dev'),
    tags: SEMVER_SET,
    expect: app('dev'),
  },
  {
    name: 'semver: invalid semver tag fails',
    on: tag('v1.2'),
    tags: SEMVER_SET,
    expect: { error: 'no-version-tag' },
  },
  {
    name: 'semver: tag that is no version fails',
    on: tag('sometag'),
    tags: [...SEMVER_SET, 'type=sha'],
    expect: { error: 'no-version-tag' },
  },
  {
    name: 'semver: failure can be turned off',
    on: tag('sometag'),
    tags: [...SEMVER_SET, 'type=sha'],
    requireVersion: false,
    expect: app('sha-6113728'),
  },
  {
    name: 'semver: invalid semver but ref tag present still versions',
    on: tag('release1'),
    tags: ['type=semver,pattern={{version}}', 'type=ref,event=tag'],
    expect: app('release1', 'latest'),
  },
  // PEP 440.
  {
    name: 'pep440: release',
    on: tag('v1.1.1'),
    tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}'],
    expect: app('1.1.1', '1.1', 'latest'),
  },
  {
    name: 'pep440: rc is a pre-release',
    on: tag('1.2.3rc2'),
    tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}'],
    expect: app('1.2.3rc2'),
  },
  {
    name: 'pep440: post release normalised',
    on: tag('1.2post1'),
    tags: ['type=pep440,pattern={{major}}.{{minor}}'],
    expect: app('1.2.post1'),
  },
  {
    name: 'pep440: dev release normalised',
    on: tag('1.0dev4'),
    tags: ['type=pep440,pattern={{major}}.{{minor}}'],
    expect: app('1.0.dev4'),
  },
  {
    name: 'pep440: beta spelled out',
    on: tag('1.1beta2'),
    tags: ['type=pep440,pattern={{version}}'],
    expect: app('1.1b2'),
  },
  {
    name: 'pep440: {{raw}} on a pre-release',
    on: tag('v1.2.3rc2'),
    tags: ['type=pep440,pattern={{raw}}'],
    expect: app('v1.2.3rc2'),
  },
  // Match.
  {
    name: 'match: group 0',
    on: tag('v1.2.3'),
    tags: ['type=match,pattern=\\d.\\d.\\d'],
    expect: app('1.2.3', 'latest'),
  },
  {
    name: 'match: group 1 of a pre-release still gets latest',
    on: tag('v2.0.8-beta.67'),
    tags: ['type=match,pattern=v(.*),group=1'],
    expect: app('2.0.8-beta.67', 'latest'),
  },
  {
    name: 'match: date prefix',
    on: tag('20200110-RC2'),
    tags: ['type=match,pattern=\\d+'],
    expect: app('20200110', 'latest'),
  },
  {
    name: 'match: tag with a slash',
    on: tag('p1/v1.2.3'),
    tags: ['type=match,pattern=p1/v(\\d.\\d.\\d),group=1'],
    expect: app('1.2.3', 'latest'),
  },
  {
    name: 'match: no match fails on a tag',
    on: tag('v1.2.3'),
    tags: ['type=match,pattern=^release-(.*)$,group=1'],
    expect: { error: 'no-version-tag' },
  },
  {
    name: 'match: group is the attribute text, so group=01 is no group (as metadata-action)',
    on: tag('v1.2.3'),
    tags: ['type=match,pattern=v(\\d),group=01', 'type=ref,event=tag'],
    expect: app('v1.2.3', 'latest'),
  },
  {
    name: 'match: quoted field with commas in the pattern',
    on: tag('v1.2.3'),
    tags: ['type=match,"pattern=\\d{1,3}.\\d{1,3}.\\d{1,3}"'],
    expect: app('1.2.3', 'latest'),
  },
  // Edge, sha, raw and expressions.
  {
    name: 'edge: default branch from the payload',
    on: branch('master'),
    tags: ['type=edge'],
    expect: app('edge'),
  },
  {
    name: 'edge: other branch yields nothing',
    on: branch('dev'),
    tags: ['type=edge', 'type=sha'],
    expect: app('sha-6113728'),
  },
  {
    name: 'edge: explicit branch',
    on: branch('dev'),
    tags: ['type=edge,branch=dev'],
    expect: app('edge'),
  },
  {
    name: 'sha: short and long',
    on: branch('dev'),
    tags: ['type=sha', 'type=sha,format=long'],
    expect: app('sha-6113728', `sha-${SHA}`),
  },
  {
    name: 'sha: DOCKER_METADATA_SHORT_SHA_LENGTH=12',
    on: branch('dev'),
    tags: ['type=sha'],
    shortSha: 12,
    expect: app('sha-6113728f27ae'),
  },
  {
    name: 'sha: PR uses GITHUB_SHA by default',
    on: { event: 'pull_request', sha: 'a'.repeat(40) },
    tags: ['type=sha'],
    expect: app('sha-aaaaaaa'),
  },
  {
    name: 'sha: PR head sha when asked',
    on: { event: 'pull_request', sha: 'a'.repeat(40), prHeadSha: true },
    tags: ['type=sha'],
    expect: app('sha-ec26c3e'),
  },
  {
    name: 'raw: bare values and expressions',
    on: branch('master'),
    tags: [
      'foo',
      'type=raw,value=mytag-{{branch}}',
      "type=raw,value={{date 'YYYYMMDD'}}",
      "type=raw,value=cd-{{commit_date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
    ],
    expect: app('foo', 'mytag-master', '20200110', 'cd-20190516-001925'),
  },
  {
    name: 'raw: latest on the default branch only',
    on: branch('master'),
    tags: ['type=ref,event=branch', 'type=raw,value=latest,enable={{is_default_branch}}'],
    expect: app('master', 'latest'),
  },
  {
    name: 'raw: not on another branch',
    on: branch('dev'),
    tags: ['type=ref,event=branch', 'type=raw,value=latest,enable={{is_default_branch}}'],
    expect: app('dev'),
  },
  {
    name: 'raw: {{is_not_default_branch}}',
    on: branch('dev'),
    tags: ['type=raw,value=preview,enable={{is_not_default_branch}}'],
    expect: app('preview'),
  },
  {
    name: 'raw: schedule counts as the default branch',
    on: { event: 'schedule', ref: 'refs/heads/other' },
    tags: ['type=raw,value=x-{{is_default_branch}}'],
    expect: app('x-true'),
  },
  {
    name: 'raw: {{base_ref}} on a PR, {{tag}} on a tag',
    on: { event: 'pull_request' },
    tags: ['type=raw,value=into-{{base_ref}}-{{tag}}'],
    expect: app('into-master-'),
  },
  {
    name: 'schedule: date pattern',
    on: { event: 'schedule' },
    tags: ["type=schedule,pattern={{date 'YYYYMMDD-HHmm' tz='Asia/Tokyo'}}"],
    expect: app('20200110-0930'),
  },
  // Priority fights over latest.
  {
    name: 'priority: higher raw decides, no latest',
    on: tag('v1.2.3'),
    tags: ['type=ref,event=tag', 'type=raw,value=foo,priority=1000'],
    expect: app('foo', 'v1.2.3'),
    version: 'foo',
  },
  {
    name: 'priority: sha above semver, no latest',
    on: tag('v1.2.3'),
    tags: ['type=semver,pattern={{version}}', 'type=sha,priority=1100'],
    expect: app('sha-6113728', '1.2.3'),
  },
  {
    name: 'priority: branch above edge',
    on: branch('master'),
    tags: ['type=ref,priority=2000,event=branch', 'type=edge'],
    expect: app('master', 'edge'),
  },
  {
    name: 'flavor latest=true on a branch',
    on: branch('dev'),
    flavor: ['latest=true'],
    expect: app('dev', 'latest'),
  },
  {
    name: 'flavor latest=false on a release',
    on: tag('v1.2.3'),
    tags: SEMVER_SET,
    flavor: ['latest=false'],
    expect: app('1.2.3', '1.2'),
  },
  // Prefixes and suffixes.
  {
    name: 'flavor prefix/suffix not on latest',
    on: tag('v1.2.3'),
    tags: ['type=semver,pattern={{version}}'],
    flavor: ['prefix=foo-', 'suffix=-bar'],
    expect: app('foo-1.2.3-bar', 'latest'),
  },
  {
    name: 'flavor prefix onlatest',
    on: tag('v1.2.3'),
    tags: ['type=semver,pattern={{version}}'],
    flavor: ['prefix=foo-,onlatest=true'],
    expect: app('foo-1.2.3', 'foo-latest'),
  },
  {
    name: 'rule prefix beats flavor prefix',
    on: tag('v1.2.3'),
    tags: ['type=semver,pattern={{version}},prefix=v'],
    flavor: ['prefix=foo-'],
    expect: app('v1.2.3', 'latest'),
  },
  {
    name: 'empty rule prefix beats flavor prefix',
    on: branch('dev'),
    tags: ['type=ref,event=branch,prefix='],
    flavor: ['prefix=foo-'],
    expect: app('dev'),
  },
  {
    name: 'expression prefix',
    on: branch('master'),
    tags: ['type=sha,prefix={{branch}}-'],
    expect: app('master-6113728'),
  },
  // latest=highest.
  {
    name: 'highest: older release does not move latest',
    on: tag('v1.2.3'),
    tags: ['type=semver,pattern={{version}}'],
    flavor: ['latest=highest'],
    existing: ['1.3.0', '1.2.2'],
    expect: app('1.2.3'),
  },
  {
    name: 'highest: newest release gets latest',
    on: tag('v1.2.3'),
    tags: ['type=semver,pattern={{version}}'],
    flavor: ['latest=highest'],
    existing: ['v1.2.2', 'v2.0.0-rc.1', 'latest', 'sha-abc', '1.2'],
    expect: app('1.2.3', 'latest'),
  },
  {
    name: 'highest: numeric, not string, order',
    on: tag('v1.9.0'),
    tags: ['type=semver,pattern={{version}}'],
    flavor: ['latest=highest'],
    existing: ['1.10.0'],
    expect: app('1.9.0'),
  },
  {
    name: 'highest: rebuilding the same release keeps latest',
    on: tag('v1.2.3'),
    tags: ['type=semver,pattern={{version}}'],
    flavor: ['latest=highest'],
    existing: ['1.2.3', 'latest'],
    expect: app('1.2.3', 'latest'),
  },
  {
    name: 'highest: no existing tags',
    on: tag('v0.1.0'),
    tags: ['type=semver,pattern={{version}}'],
    flavor: ['latest=highest'],
    existing: [],
    expect: app('0.1.0', 'latest'),
  },
  {
    name: 'highest: pre-release never',
    on: tag('v3.0.0-rc.1'),
    tags: ['type=ref,event=tag'],
    flavor: ['latest=highest'],
    existing: [],
    expect: app('v3.0.0-rc.1'),
  },
  // Duplicates, images, sanitising.
  {
    name: 'dup: raw latest plus auto latest once',
    on: tag('v1.2.3'),
    tags: ['type=semver,pattern={{version}}', 'type=raw,value=latest'],
    expect: app('1.2.3', 'latest'),
  },
  {
    name: 'dup: same rule twice',
    on: tag('v1.2.3'),
    tags: [
      'type=semver,pattern={{version}}',
      'type=semver,pattern={{version}}',
      'type=raw,value=1.2.3',
    ],
    expect: app('1.2.3', 'latest'),
  },
  {
    name: 'dup: same image twice (case folded)',
    on: branch('dev'),
    images: ['user/app', 'USER/App'],
    expect: app('dev'),
  },
  {
    name: 'images: several, in order',
    on: branch('dev'),
    images: ['org/app', 'ghcr.io/user/app'],
    tags: ['type=ref,event=branch', 'type=sha'],
    expect: [
      'org/app:dev',
      'org/app:sha-6113728',
      'ghcr.io/user/app:dev',
      'ghcr.io/user/app:sha-6113728',
    ],
  },
  {
    name: 'images: disabled entry skipped',
    on: branch('dev'),
    images: ['name=org/app,enable=false', 'name=ghcr.io/user/app'],
    expect: ['ghcr.io/user/app:dev'],
  },
  { name: 'images: none gives bare tags', on: branch('dev'), images: [], expect: ['dev'] },
  {
    name: 'sanitise: invalid characters become -',
    on: branch('feat/Some thing#1'),
    expect: app('feat-Some-thing-1'),
  },
  {
    name: 'sanitise: at most 128 characters',
    on: branch('dev'),
    tags: [`type=raw,value=${'x'.repeat(200)}`],
    expect: app('x'.repeat(128)),
  },
  {
    name: 'sanitise: no leading dash or dot',
    on: branch('dev'),
    tags: ['type=raw,value=-.foo'],
    expect: app('foo'),
  },
  // Bad input: one clear error.
  {
    name: 'error: unknown type',
    on: branch('dev'),
    tags: ['type=semverr,pattern={{version}}'],
    expect: { error: 'invalid-tags' },
  },
  {
    name: 'error: semver without pattern',
    on: tag('v1.2.3'),
    tags: ['type=semver'],
    expect: { error: 'invalid-tags' },
  },
  {
    name: 'error: enable is not a boolean',
    on: branch('dev'),
    tags: ['type=sha,enable=maybe'],
    expect: { error: 'invalid-tags' },
  },
  {
    name: 'error: broken expression',
    on: branch('dev'),
    tags: ['type=raw,value={{#if}'],
    expect: { error: 'invalid-tags' },
  },
  {
    name: 'error: unknown time zone',
    on: branch('dev'),
    tags: ["type=raw,value={{date 'YYYY' tz='Mars/Base'}}"],
    expect: { error: 'invalid-tags' },
  },
  {
    name: 'error: invalid regular expression',
    on: tag('v1.2.3'),
    tags: ['type=semver,pattern={{version}},match=v(['],
    expect: { error: 'invalid-tags' },
  },
  {
    name: 'error: bad flavor',
    on: branch('dev'),
    flavor: ['latest=sometimes'],
    expect: { error: 'invalid-flavor' },
  },
  {
    name: 'error: bad image name',
    on: branch('dev'),
    images: ['ghcr.io/acme/app:1.0'],
    expect: { error: 'invalid-images' },
  },
];

describe('tag rules (metadata-action grammar) over real event payloads', () => {
  for (const c of cases) {
    it(c.name, () => {
      if (Array.isArray(c.expect)) {
        const out = tagsFor(c);
        assert.deepEqual(out.tags, c.expect);
        if (c.version !== undefined) assert.equal(out.version, c.version);
      } else {
        const reason = (c.expect as { error: string }).error;
        assert.throws(
          () => tagsFor(c),
          (e: unknown) =>
            isUserError(e) && e.reason === reason && !String(e.message).includes('\n'),
        );
      }
    });
  }
});
