/** GET /user: the token's own account; installation tokens (GITHUB_TOKEN) get 403 like on GitHub. */
import { errorBody, type FakeGitHub } from './index.js';
import { privateUser } from './entities.js';

export function register(fake: FakeGitHub): void {
  fake.route({
    method: 'GET',
    path: '/user',
    handle: ({ caller }) => {
      if (caller.app) {
        return { status: 403, body: errorBody(403, 'Resource not accessible by integration') };
      }
      return { status: 200, body: privateUser(caller.user, '2020-01-01T00:00:00Z') };
    },
  });
}
