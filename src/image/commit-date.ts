// Last resort for the commit time: GET /repos/{owner}/{repo}/commits/{ref} (committer date).
// Used when neither the event payload nor a local checkout knows the commit.
import { githubGet } from './github-get.js';

export interface ApiCommitDateRequest {
  apiUrl: string | undefined;
  /** owner/name */
  repo: string | undefined;
  sha: string;
  token: string | undefined;
}

export async function apiCommitDate(
  req: ApiCommitDateRequest,
  fetchImpl: typeof fetch = fetch,
): Promise<Date | undefined> {
  if (!req.apiUrl || !req.repo || !req.sha || !req.token) return undefined;
  try {
    const res = await githubGet(
      req.apiUrl,
      `/repos/${req.repo}/commits/${req.sha}`,
      req.token,
      fetchImpl,
    );
    if (!res.ok) return undefined;
    const body = res.body as { commit?: { committer?: { date?: string } } };
    const date = new Date(body.commit?.committer?.date ?? '');
    return Number.isNaN(date.getTime()) ? undefined : date;
  } catch {
    return undefined;
  }
}
