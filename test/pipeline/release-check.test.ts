import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkReleaseTag } from '../../src/ops/release-tag.js';
import type { UserError } from '../../src/shared/errors.js';
import { checkHealth, parseBaseUrl } from '../../src/ops/health.js';

describe('release tags', () => {
  const table: [string | undefined, string | RegExp][] = [
    ['v1.2.3', 'v1.2.3'],
    ['v0.0.1', 'v0.0.1'],
    ['v10.20.30', 'v10.20.30'],
    ['refs/tags/v1.2.3', 'v1.2.3'],
    [' v1.2.3 ', 'v1.2.3'],
    ['1.2.3', /'1\.2\.3' is not a release tag/],
    ['1.2', /'1\.2' is not a release tag/],
    ['v1.2', /'v1\.2' is not a release tag/],
    ['latest', /'latest' is not a release tag/],
    ['v1.2.3-rc.1', /'v1\.2\.3-rc\.1' is not a release tag/],
    ['v1.2.3+build.5', /is not a release tag/],
    ['v01.2.3', /is not a release tag/],
    ['V1.2.3', /is not a release tag/],
    ['refs/heads/v1.2.3', /is not a release tag/],
    ['', /no release tag given/],
    [undefined, /no release tag given/],
  ];
  for (const [input, expected] of table) {
    test(`${JSON.stringify(input)} → ${String(expected)}`, () => {
      if (typeof expected === 'string') assert.equal(checkReleaseTag(input), expected);
      else {
        assert.throws(
          () => checkReleaseTag(input),
          (e: UserError) => expected.test(e.message) && /TAG=v1\.2\.3/.test(e.describe()),
        );
      }
    });
  }
});

describe('health checks', () => {
  let server: Server;
  let url = '';
  before(async () => {
    server = createServer((req) => {
      // Never answers: the check must give up on its own.
      req.resume();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/app`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });

  test('a hanging endpoint fails after the timeout, saying so', async () => {
    const [result] = await checkHealth({ baseUrl: url, paths: ['/health'], timeoutMs: 150 });
    assert.equal(result?.ok, false);
    assert.equal(result?.error, 'no answer within 150 ms');
    assert.equal(result?.url, `${url}/health`);
  });

  const bad: [string | undefined, RegExp][] = [
    [undefined, /no application URL given/],
    ['staging.example.com', /'staging\.example\.com' is not a URL/],
    ['ftp://example.com', /is not an http\(s\) URL/],
  ];
  for (const [input, message] of bad) {
    test(`base URL ${JSON.stringify(input)} is refused before any request`, () => {
      assert.throws(() => parseBaseUrl(input), message);
    });
  }
});
