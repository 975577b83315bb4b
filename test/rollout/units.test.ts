import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDuration } from '../../src/rollout/duration.js';
import { checkImage } from '../../src/rollout/image-ref.js';
import { serviceUrl } from '../../src/rollout/colors.js';
import { foreignLease, isFailed, readState, switchAnnotations } from '../../src/rollout/state.js';
import { minRollbackWindowMs, runInfo } from '../../src/rollout/run-info.js';
import { renderSummary } from '../../src/rollout/summary.js';
import { maskKubeconfig } from '../../src/actions/rollout/inputs.js';

const HEX = 'a'.repeat(64);

describe('image references', () => {
  const table: [string, boolean, string | null][] = [
    [`ghcr.io/octo/web@sha256:${HEX}`, false, null],
    [`127.0.0.1:5000/web@sha256:${HEX}`, false, null],
    [`localhost:5000/team/web:1.2@sha256:${HEX}`, false, null],
    [`web@sha256:${HEX}`, false, null],
    ['ghcr.io/octo/web:1.2.3', false, 'mutable-tag'],
    ['ghcr.io/octo/web', false, 'mutable-tag'],
    ['ghcr.io/octo/web:1.2.3', true, null],
    [`ghcr.io/octo/web@sha256:${'a'.repeat(63)}`, false, 'bad-image'],
    [`ghcr.io/octo/web@sha256:${'A'.repeat(64)}`, true, 'bad-image'],
    ['', false, 'bad-image'],
    ['Web:Latest', true, 'bad-image'],
  ];
  for (const [image, allow, reason] of table) {
    it(`${image || '(empty)'} allow-mutable-tag=${allow} → ${reason ?? 'accepted'}`, () => {
      if (reason === null) checkImage(image, allow);
      else
        assert.throws(
          () => checkImage(image, allow),
          (e: Error & { reason?: string }) => e.reason === reason,
        );
    });
  }
});

describe('durations', () => {
  const table: [string, number | null][] = [
    ['30', 30_000],
    ['1.5', 1500],
    ['1500ms', 1500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1m30s', 90_000],
    ['1h', 3_600_000],
    ['0', 0],
    ['soon', null],
    ['5 m', null],
    ['-1s', null],
  ];
  for (const [text, ms] of table) {
    it(`${text} → ${ms ?? 'error'}`, () => {
      if (ms === null) assert.throws(() => parseDuration(text, 'x'), /x: '.*' is not a duration/);
      else assert.equal(parseDuration(text, 'x'), ms);
    });
  }
});

describe('state on the Service', () => {
  it('reads annotations, ignoring junk colors and unreadable leases', () => {
    const state = readState({
      'gantry.dev/active': 'green',
      'gantry.dev/previous': 'purple',
      'gantry.dev/image-blue': 'a@sha256:1',
      'gantry.dev/image-green': 'a@sha256:2',
      'gantry.dev/failed-blue': 'a@sha256:1',
      'gantry.dev/lease': '{not json',
    });
    assert.equal(state.active, 'green');
    assert.equal(state.previous, undefined);
    assert.equal(state.lease, undefined);
    assert.equal(isFailed(state, 'blue'), true);
    assert.equal(isFailed(state, 'green'), false);
  });

  it('a failed mark counts only while the color still runs that digest', () => {
    const state = readState({
      'gantry.dev/image-blue': 'a@sha256:3',
      'gantry.dev/failed-blue': 'a@sha256:1',
    });
    assert.equal(isFailed(state, 'blue'), false);
  });

  it('a lease belongs to another run only while it has not expired', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const state = (expiresAt: string) =>
      readState({ 'gantry.dev/lease': JSON.stringify({ runId: 'r1', expiresAt }) });
    assert.equal(foreignLease(state('2026-01-01T00:01:00Z'), 'r2', now)?.runId, 'r1');
    assert.equal(foreignLease(state('2026-01-01T00:01:00Z'), 'r1', now), undefined);
    assert.equal(foreignLease(state('2025-12-31T23:59:00Z'), 'r2', now), undefined);
  });

  it('switch annotations record active, previous, image, time, run URL and a failed mark', () => {
    assert.deepEqual(
      switchAnnotations({
        active: 'blue',
        image: 'i@sha256:1',
        at: 't',
        failed: { color: 'green', image: 'i@sha256:2' },
      }),
      {
        'gantry.dev/active': 'blue',
        'gantry.dev/previous': null,
        'gantry.dev/image-blue': 'i@sha256:1',
        'gantry.dev/switched-at': 't',
        'gantry.dev/run-url': null,
        'gantry.dev/switched-by': null,
        'gantry.dev/failed-green': 'i@sha256:2',
      },
    );
  });
});

describe('run identity, rollback-window minimum, URLs', () => {
  it('uses the Actions run id and URL, else a local id', () => {
    assert.deepEqual(
      runInfo({ GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2', GITHUB_REPOSITORY: 'o/r' }),
      {
        id: 'o/r#7.2',
        url: 'https://github.com/o/r/actions/runs/7',
      },
    );
    assert.match(runInfo({}, 'laptop').id, /^laptop:\d+:/);
  });

  it('enforces 30 s unless GANTRY_MIN_ROLLBACK_WINDOW_MS says otherwise', () => {
    assert.equal(minRollbackWindowMs({}), 30_000);
    assert.equal(minRollbackWindowMs({ GANTRY_MIN_ROLLBACK_WINDOW_MS: '0' }), 0);
    assert.equal(minRollbackWindowMs({ GANTRY_MIN_ROLLBACK_WINDOW_MS: 'abc' }), 30_000);
  });

  it('fills URL templates and defaults to the cluster DNS name', () => {
    const vars = { service: 'web-preview', namespace: 'shop', port: 80, app: 'web' };
    assert.equal(serviceUrl(undefined, vars), 'http://web-preview.shop.svc.cluster.local:80');
    assert.equal(
      serviceUrl('https://{service}.staging.example.com/', vars),
      'https://web-preview.staging.example.com',
    );
  });
});

describe('job summary and masking', () => {
  it('lists phases with durations and, on failure, the diagnostics', () => {
    const md = renderSummary(
      {
        outcome: 'aborted-not-ready',
        changed: true,
        activeColor: 'green',
        image: 'i@sha256:1',
        phases: [
          { name: 'Apply web-blue', ms: 12, ok: true },
          { name: 'Wait | ready', ms: 3000, ok: false },
        ],
        diagnostics: ['Pod web-blue-1: phase=Running', '  event Warning BackOff: restarting'],
      },
      { namespace: 'shop', app: 'web', action: 'deploy', error: 'web-blue did not become ready' },
    );
    assert.match(md, /### ❌ Gantry deploy: shop\/web — aborted-not-ready/);
    assert.match(md, /\| 1\. Apply web-blue \| 12 ms \| ✓ \|/);
    assert.match(md, /\| 2\. Wait \\\| ready \| 3000 ms \| ✗ \|/);
    assert.match(md, /event Warning BackOff: restarting/);
  });

  it('masks the kubeconfig and each credential in it', () => {
    const masked: string[] = [];
    const config =
      'users:\n- name: u\n  user:\n    token: s3cr3t-token\n    client-key-data: S0VZ\n';
    maskKubeconfig(config, (s) => masked.push(s));
    assert.deepEqual(masked, [config, 's3cr3t-token', 'S0VZ']);
  });
});
