// The publish action's event payload: informational fields are read leniently (a replayed event
// may lack them), a payload of the wrong shape is one clear error naming where.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildRefContext } from '../../src/image/context.js';
import { isUserError } from '../../src/shared/errors.js';
import { SHA, tagPushPayload } from './support/payloads.js';

const push = (payload: unknown) =>
  buildRefContext({ eventName: 'push', ref: 'refs/tags/v1.0.0', sha: SHA, payload });

describe('publish event payload', () => {
  it('a commit without a timestamp leaves the commit date unknown instead of failing', () => {
    const p = tagPushPayload();
    const ctx = push({ ...p, head_commit: { id: SHA }, commits: [{ id: SHA }] });
    assert.equal(ctx.commitDate, undefined);
    assert.equal(ctx.repository.name, 'Hello-World');
  });

  it('a license that is not an object gives an empty licenses label, not an error', () => {
    const p = tagPushPayload() as { repository: Record<string, unknown> };
    const ctx = push({ ...p, repository: { ...p.repository, license: 'MIT' } });
    assert.equal(ctx.repository.license, '');
    const withLicense = push({
      ...p,
      repository: { ...p.repository, license: { key: 'mit', spdx_id: 'MIT' } },
    });
    assert.equal(withLicense.repository.license, 'MIT');
  });

  for (const [name, payload, where] of [
    ['an array', [], /at the top level/],
    ['commits that are not a list', { commits: 'abc' }, /at 'commits'/],
  ] as const) {
    it(`a payload that is ${name} is one clear error`, () => {
      assert.throws(
        () => push(payload),
        (e: unknown) =>
          isUserError(e) &&
          e.reason === 'invalid-event' &&
          /The event payload has an unexpected shape/.test(e.message) &&
          where.test(e.message),
      );
    });
  }
});
