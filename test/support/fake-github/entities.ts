/** Builders for GitHub's object shapes (simple-user, integration, issue-comment) as the API returns them. */

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface FakeApp {
  id: number;
  slug: string;
  name: string;
}

/** The account and app GITHUB_TOKEN writes as. */
export const ACTIONS_BOT_USER: FakeUser = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
};
export const ACTIONS_APP: FakeApp = { id: 15368, slug: 'github-actions', name: 'GitHub Actions' };

const API = 'https://api.github.com';

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`gantry:${id}`).toString('base64url')}`;
}

export function simpleUser(user: FakeUser): Record<string, unknown> {
  const u = `${API}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'BOT' : 'U', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: `https://github.com/${encodeURIComponent(user.login)}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** GET /user's private-user shape. */
export function privateUser(user: FakeUser, created: string): Record<string, unknown> {
  return {
    ...simpleUser(user),
    user_view_type: 'private',
    name: user.login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: created,
    updated_at: created,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

export function integration(app: FakeApp, created: string): Record<string, unknown> {
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId('A', app.id),
    owner: simpleUser({ login: 'github', id: 9919, type: 'Organization' }),
    name: app.name,
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `https://github.com/apps/${app.slug}`,
    created_at: created,
    updated_at: created,
    permissions: { issues: 'write', metadata: 'read', pull_requests: 'write' },
    events: ['pull_request'],
  };
}
