// Repository details (labels title/description/url/source/licenses, and the default branch for
// `type=edge` and `{{is_default_branch}}`) when the event payload carries none: GitHub has put a
// `repository` in scheduled runs' payloads since 2022, but older GitHub Enterprise Server and
// runners that replay events (act, Gitea) give `{ "schedule": "…" }` alone. metadata-action always
// asks the API; Gantry asks only then: GET /repos/{owner}/{repo}.
import type { RefContext, RepositoryInfo } from './context.js';
import { githubGet } from './github-get.js';

export interface ApiRepositoryRequest {
  apiUrl: string | undefined;
  /** owner/name (GITHUB_REPOSITORY) */
  repo: string | undefined;
  token: string | undefined;
}

export type RepositoryLookup = { info: RepositoryInfo } | { error: string };

interface FullRepository {
  name?: string;
  description?: string | null;
  html_url?: string;
  default_branch?: string;
  license?: { spdx_id?: string | null } | null;
}

export async function apiRepository(
  req: ApiRepositoryRequest,
  fetchImpl: typeof fetch = fetch,
): Promise<RepositoryLookup> {
  if (!req.apiUrl || !req.repo) return { error: 'GITHUB_API_URL or GITHUB_REPOSITORY is not set' };
  if (!req.token) return { error: 'no github-token was given' };
  try {
    const res = await githubGet(req.apiUrl, `/repos/${req.repo}`, req.token, fetchImpl);
    if (!res.ok) return { error: `GET /repos/${req.repo} answered ${res.status}` };
    const body = res.body as FullRepository;
    return {
      info: {
        name: body.name ?? '',
        description: body.description ?? '',
        htmlUrl: body.html_url ?? '',
        license: body.license?.spdx_id ?? '',
        defaultBranch: body.default_branch ?? '',
      },
    };
  } catch (error) {
    return { error: `GET /repos/${req.repo} failed: ${(error as Error).message}` };
  }
}

/**
 * Fill `ctx.repository` from `lookup` when the payload named no repository. Returns a warning
 * when it could not (the labels stay empty; edge and is_default_branch know no default branch).
 */
export async function completeRepository(
  ctx: RefContext,
  lookup: () => Promise<RepositoryLookup>,
): Promise<string | undefined> {
  if (ctx.payload.repository) return undefined;
  const found = await lookup();
  if ('error' in found) {
    return `The event payload names no repository and ${found.error}: the title, description, url, source and licenses labels are empty, and type=edge and {{is_default_branch}} know no default branch.`;
  }
  // A default branch given explicitly (the CLI's --default-branch) wins over the API's.
  const defaultBranch = ctx.repository.defaultBranch || found.info.defaultBranch;
  ctx.repository = { ...found.info, defaultBranch };
  return undefined;
}
