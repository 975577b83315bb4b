import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLock, failureReasonOf, lockAge } from '../../src/apply/outcome.js';
import { backendConfigSecrets, parseDuration, parseVariables } from '../../src/iac/input-values.js';
import { deploymentBody } from '../../src/github/deployments.js';
import { renderApplySummary } from '../../src/apply/summary.js';
import { FAILURE_REASONS, REASON_HINTS } from '../../src/apply/reasons.js';
import { OUTPUTS } from '../../src/actions/apply/inputs.js';
import type { ApplyResult } from '../../src/apply/apply-target.js';
import type { Manifest } from '../../src/iac/manifest.js';

const NOW = Date.parse('2026-11-22T11:10:00Z');

test("lockAge reads terraform's lock time format", () => {
  const cases: [string | undefined, string | undefined][] = [
    ['2026-11-22 11:09:50.001314341 +0000 UTC', '10 s'],
    ['2026-11-22 11:05:00.1 +0000 UTC', '5 min'],
    ['2026-11-22 08:10:00 +0000 UTC', '3 h'],
    ['2026-11-22 12:09:50.5 +0100 CET', '10 s'],
    ['not a time', undefined],
    [undefined, undefined],
  ];
  for (const [created, age] of cases) assert.equal(lockAge(created, NOW), age, String(created));
});

test('describeLock names holder, operation, age and lock ID', () => {
  const text = describeLock(
    {
      who: 'runner@host',
      operation: 'OperationTypeApply',
      created: '2026-11-22 11:09:00 +0000 UTC',
      id: 'abc-1',
    },
    NOW,
  );
  assert.equal(
    text,
    'The state is locked by runner@host (OperationTypeApply), held for 60 s since 2026-11-22 11:09:00 +0000 UTC; lock ID abc-1.',
  );
  assert.match(describeLock(undefined, NOW), /no lock details/);
});

test("engine reasons map onto the action's failure reasons", () => {
  const table: [string | undefined, string][] = [
    ['manifest-missing', 'plan-missing'],
    ['manifest-corrupt', 'digest-mismatch'],
    ['plan-hash-mismatch', 'digest-mismatch'],
    ['lock-file-mismatch', 'tool-mismatch'],
    ['tool-missing', 'tool-mismatch'],
    ['init-failed', 'apply-failed'],
    ['plan-stale', 'plan-stale'],
    ['state-locked', 'state-locked'],
    ['timeout', 'timeout'],
    ['cancelled', 'cancelled'],
    ['something-new', 'apply-failed'],
    [undefined, 'apply-failed'],
  ];
  for (const [engine, reason] of table)
    assert.equal(failureReasonOf(engine), reason, String(engine));
  for (const reason of FAILURE_REASONS) assert.ok(REASON_HINTS[reason].length > 20, reason);
});

test('parseDuration: terraform -lock-timeout grammar', () => {
  const table: [string, number][] = [
    ['0', 0],
    ['30s', 30],
    ['5m', 300],
    ['1h', 3600],
    ['90', 90],
    ['1500ms', 2],
  ];
  for (const [text, seconds] of table)
    assert.equal(parseDuration(text, 'lock-timeout'), seconds, text);
  assert.throws(
    () => parseDuration('soon', 'lock-timeout'),
    /lock-timeout must be a duration like 30s, 5m or 0, not 'soon'/,
  );
});

test('parseVariables: name=value lines; a bad line is named by number, never printed', () => {
  assert.deepEqual(parseVariables(['a=1', 'b = x=y', 'list=["a","b"]']), {
    a: '1',
    b: 'x=y',
    list: '["a","b"]',
  });
  assert.throws(
    () => parseVariables(['a=1', 'hunter2-no-name']),
    (e: Error) => /line 2/.test(e.message) && !e.message.includes('hunter2'),
  );
});

test('backendConfigSecrets: every key=value value is masked, file lines are not', () => {
  const cases: [string[], string[]][] = [
    [
      ['bucket=state', 'access_key = AKIA123'],
      ['state', 'AKIA123'],
    ],
    [['backend.hcl'], []],
    [['token=a=b=c', 'empty='], ['a=b=c']],
    [[], []],
  ];
  for (const [lines, secrets] of cases) assert.deepEqual(backendConfigSecrets(lines), secrets);
});

test('deploymentBody: the ref is the sha, no auto-merge, no required contexts', () => {
  const table: [string, boolean | undefined, boolean][] = [
    ['production', undefined, true],
    ['prod', undefined, true],
    ['staging', undefined, false],
    ['preview-42', false, false],
    ['eu', true, true],
  ];
  for (const [environment, production, expected] of table) {
    const body = deploymentBody({
      sha: 'a'.repeat(40),
      environment,
      description: 'x'.repeat(300),
      ...(production === undefined ? {} : { production }),
    });
    assert.equal(body.production_environment, expected, environment);
    assert.equal(body.ref, 'a'.repeat(40));
    assert.equal(body.auto_merge, false);
    assert.deepEqual(body.required_contexts, []);
    assert.equal(body.description.length, 140);
  }
});

const manifest: Manifest = {
  manifestVersion: 1,
  target: 'net<script>alert(1)</script>',
  targetId: 'net',
  tool: 'terraform',
  toolVersion: '1.11.4',
  digest: 'd'.repeat(64),
  planFile: 'tfplan',
  planSha256: 'e'.repeat(64),
  workingDir: 'stacks/net',
  workspace: 'default',
  lockFileSha256: null,
  varFiles: [],
  commitSha: 'c'.repeat(40),
  createdAt: '2026-11-22T11:00:00.000Z',
  counts: {
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    import: 0,
    move: 0,
    forget: 0,
    read: 0,
    drift: 0,
    outputs: 0,
    actions: 0,
  },
};

test('summary: hostile names and values stay inert, sensitive values never appear', () => {
  const result: ApplyResult = {
    applied: true,
    manifest,
    digest: manifest.digest,
    outputs: {
      'x</details>@octocat': { sensitive: false, value: '```\n<img src=x> #1 @team' },
      secret: { sensitive: true, value: 'p4ssw0rd' },
    },
    checks: [{ name: 'plan file SHA-256', ok: true }],
    durationMs: 12_345,
  };
  const md = renderApplySummary(result, {
    runUrl: 'https://github.com/o/r/actions/runs/1',
    environment: 'prod',
  });
  assert.doesNotMatch(md, /<script>/);
  // HTML in a value only ever appears inside a code span (rendered literally by GitHub).
  for (const line of md.split('\n').filter((l) => l.includes('<img'))) {
    assert.match(line, /\| (`{2,})[^`].*<img src=x>.*[^`]\1 \|$/, line);
  }
  assert.ok(md.includes('| `x</details>@octocat` |'), 'a hostile output name stays in a code span');
  assert.doesNotMatch(md, /p4ssw0rd/);
  assert.match(md, /`secret` \| \*\(sensitive\)\*/);
  assert.match(md, /duration 12\.3 s/);
  assert.match(md, /Plan digest `dddddddddddd`/);
  // Outside code spans the document's own <details> blocks stay balanced.
  const prose = md.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
  assert.equal(prose.split('<details>').length, prose.split('</details>').length);
});

test('summary of a refusal: reason, message, what to do', () => {
  const md = renderApplySummary({
    applied: false,
    manifest,
    failure: {
      reason: 'plan-stale',
      message: 'The plan is stale.',
      hint: REASON_HINTS['plan-stale'],
    },
    outputs: {},
    checks: [],
    durationMs: 800,
  });
  assert.match(md, /Not applied: .*\(`plan-stale`\)/);
  assert.match(md, /Re-run the plan job/);
});

test('the failure-reason output documents every reason the action can report', () => {
  for (const reason of FAILURE_REASONS) {
    assert.ok(OUTPUTS['failure-reason'].description.includes(reason), reason);
  }
});
