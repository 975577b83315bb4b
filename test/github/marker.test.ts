import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatMarker, parseMarker, parseMarkers } from '../../src/github/marker.js';

describe('plan comment marker', () => {
  const cases: { name: string; target: string; digest?: string }[] = [
    { name: 'plain', target: 'network' },
    { name: 'an HTML comment end inside a value', target: 'evil --> <b>x</b>' },
    { name: 'quotes, backslashes and newlines', target: 'a"b\\c\nd', digest: 'sha256:-->' },
    { name: 'unicode', target: 'réseau/ステージ' },
  ];
  for (const c of cases) {
    it(`round-trips ${c.name}`, () => {
      const fields = {
        tool: 'terraform',
        target: c.target,
        sha: 'abc',
        status: 'changes',
        ...(c.digest ? { digest: c.digest } : {}),
      };
      const marker = formatMarker(fields);
      assert.match(marker, /^<!-- gantry:plan \{.*\} -->$/s);
      // The comment text never contains `>` so nothing in a value can close it early.
      assert.ok(!marker.slice(4, -3).includes('>'), marker);
      assert.deepEqual(parseMarker(`intro\n${marker}\n## Plan`), { v: 1, ...fields });
    });
  }

  it('ignores other kinds, broken JSON and wrong versions', () => {
    const apply = formatMarker({ tool: 'terraform', target: 'x' }, 'apply');
    assert.equal(parseMarker(apply), undefined);
    assert.equal(parseMarker(apply, 'apply')?.target, 'x');
    assert.equal(parseMarker('<!-- gantry:plan {"v":1,"tool":"t","target": -->'), undefined);
    assert.equal(parseMarker('<!-- gantry:plan {"v":2,"tool":"t","target":"x"} -->'), undefined);
    assert.equal(parseMarker(null), undefined);
  });

  it('finds every marker in a body', () => {
    const body = `${formatMarker({ tool: 't', target: 'a' })}\n${formatMarker({ tool: 't', target: 'b' })}`;
    assert.deepEqual(
      parseMarkers(body).map((m) => m.target),
      ['a', 'b'],
    );
  });
});
