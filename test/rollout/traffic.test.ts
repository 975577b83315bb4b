import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deploy } from '../../src/rollout/blue-green.js';
import { rollback } from '../../src/rollout/rollback.js';
import { annotations, digest, harness, type Harness } from './harness.js';

/** Steady traffic through the live Service's proxy: counts per status and which images answered. */
function load(url: string, workers = 4) {
  const counts = { ok: 0, bad: 0, errors: [] as string[], images: new Set<string>() };
  let running = true;
  const worker = async (): Promise<void> => {
    while (running) {
      try {
        const response = await fetch(url);
        const body = await response.text();
        if (response.ok) {
          counts.ok++;
          counts.images.add(body.replace(/^ok /, ''));
        } else {
          counts.bad++;
          counts.errors.push(`${response.status} ${body}`);
        }
      } catch (error) {
        counts.bad++;
        counts.errors.push(String((error as Error).cause ?? error));
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, worker));
  return {
    counts,
    stop: async () => {
      running = false;
      await done;
      return counts;
    },
  };
}

describe('traffic during a switch and a rollback', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
    await deploy(h.options({ image: digest(1) }), h.ports);
  });
  after(() => h.close());

  it('serves every request (zero non-2xx) through the switch, the rollback and the scale-downs', async () => {
    const traffic = load(h.liveUrl);
    const deploying = deploy(
      h.options({ image: digest(2), rollbackWindowMs: 800, run: { id: 't-1' } }),
      h.ports,
    );
    await h.fake.until(
      () =>
        annotations(h.fake)['gantry.dev/active'] === 'green' &&
        !annotations(h.fake)['gantry.dev/lease'],
      5000,
    );
    await new Promise((r) => setTimeout(r, 200));
    const rolled = await rollback(
      h.options({ rollbackWindowMs: 300, run: { id: 't-2' } }),
      h.ports,
    );
    await deploying;
    await new Promise((r) => setTimeout(r, 300));
    const counts = await traffic.stop();
    assert.equal(rolled.outcome, 'rolled-back');
    assert.deepEqual(counts.errors.slice(0, 5), []);
    assert.equal(counts.bad, 0);
    assert.ok(counts.ok > 20, `only ${counts.ok} requests`);
    assert.deepEqual(
      [...counts.images].sort(),
      [digest(1), digest(2)].sort(),
      'both colors served',
    );
    console.log(`traffic: ${counts.ok} requests, ${counts.bad} non-2xx`);
  });
});
