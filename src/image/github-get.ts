// One GET of GitHub's REST API for publish's fallbacks (commit date, repository details), with
// the token, API version and a 10 s bound. Resolves to the status and JSON body; network
// errors and timeouts reject, for the caller to turn into "unknown" or a warning.
export async function githubGet(
  apiUrl: string,
  path: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: boolean; status: number; body: unknown }> {
  const res = await fetchImpl(`${apiUrl}${path}`, {
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'x-github-api-version': '2022-11-28',
    },
    signal: AbortSignal.timeout(10_000),
  });
  return { ok: res.ok, status: res.status, body: res.ok ? await res.json() : undefined };
}
