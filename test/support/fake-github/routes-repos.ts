/**
 * GET /repos/{owner}/{repo}: the repository as publish reads it when an event payload names none
 * (name, description, html_url, default_branch, license). The object starts from GitHub's own
 * full-repository example; unknown repositories answer 404 like GitHub.
 */
import { errorBody, type FakeGitHub } from './index.js';
import { githubExample } from './examples.js';

export interface StoredRepository {
  owner: string;
  repo: string;
  description: string | null;
  defaultBranch: string;
  /** SPDX id of the detected license, or null when GitHub detects none. */
  license: string | null;
}

function repoStore(fake: FakeGitHub): Map<string, StoredRepository> {
  return fake.area('repos', () => new Map<string, StoredRepository>());
}

/** Make a repository known to the fake (test arrangement; no call is recorded). */
export function seedRepository(
  fake: FakeGitHub,
  r: Pick<StoredRepository, 'owner' | 'repo'> & Partial<StoredRepository>,
): StoredRepository {
  const stored: StoredRepository = {
    description: null,
    defaultBranch: 'main',
    license: null,
    ...r,
  };
  repoStore(fake).set(`${r.owner}/${r.repo}`.toLowerCase(), stored);
  return stored;
}

function licenseJson(spdx: string | null): Record<string, unknown> | null {
  if (spdx === null) return null;
  const key = spdx.toLowerCase();
  return {
    key,
    name: `${spdx} License`,
    url: `https://api.github.com/licenses/${key}`,
    spdx_id: spdx,
    node_id: `MDc6TGljZW5zZ${Buffer.from(key).toString('base64url')}`,
    html_url: `https://github.com/licenses/${key}`,
  };
}

export function register(fake: FakeGitHub): void {
  fake.route({
    method: 'GET',
    path: '/repos/{owner}/{repo}',
    handle: ({ params }) => {
      const full = `${params.owner ?? ''}/${params.repo ?? ''}`;
      const r = repoStore(fake).get(full.toLowerCase());
      if (!r) return { status: 404, body: errorBody(404, 'Not Found') };
      const example = githubExample('full-repository');
      const owner = example.owner as Record<string, unknown>;
      return {
        status: 200,
        body: {
          ...example,
          name: r.repo,
          full_name: `${r.owner}/${r.repo}`,
          owner: { ...owner, login: r.owner },
          html_url: `${fake.serverUrl}/${r.owner}/${r.repo}`,
          url: `${fake.url}/repos/${r.owner}/${r.repo}`,
          description: r.description,
          default_branch: r.defaultBranch,
          license: licenseJson(r.license),
          // Required by the description, missing from its example; GitHub sends it.
          has_discussions: false,
        },
      };
    },
  });
}
