import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fitSummary, SUMMARY_LIMIT_BYTES, writeSummary } from '../../src/github/summary.js';

describe('job summary', () => {
  it('leaves a summary under 1 MiB untouched', () => {
    const text = '## Plan\n\nok\n';
    assert.equal(fitSummary(text), text);
  });

  it('cuts an oversized summary on a line boundary, in bytes, with a note', () => {
    const line = 'ü'.repeat(99) + '\n'; // 199 bytes
    const text = line.repeat(6000); // ~1.19 MB
    const fitted = fitSummary(text);
    assert.ok(Buffer.byteLength(fitted) <= SUMMARY_LIMIT_BYTES);
    assert.match(fitted, /Summary truncated: GitHub keeps at most 1 MiB per step\.\n$/);
    const body = fitted.slice(0, fitted.indexOf('\n\n> Summary truncated'));
    assert.ok(
      body.split('\n').every((l) => l === 'ü'.repeat(99)),
      'only whole lines, no broken character',
    );
  });

  it('writes through the port', async () => {
    const written: string[] = [];
    await writeSummary({ append: async (m) => void written.push(m) }, 'x'.repeat(10));
    assert.deepEqual(written, ['x'.repeat(10)]);
  });
});
