// Render benchmark: parse + render (comment and summary) + digest of 5,000- and 50,000-resource
// plan documents. Each size runs in its own child process so peak memory (maxRSS) is its own.
// Run: node --import tsx scripts/bench/render.ts   Targets: 50,000 resources ≤ 1 s, ≤ 300 MB.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { planDigest } from '../../src/iac/digest.js';
import { parsePlan } from '../../src/iac/plan-model.js';
import { renderReview } from '../../src/iac/render.js';
import { syntheticPlan } from '../../test/iac/synthetic-plan.js';

interface Figures {
  resources: number;
  jsonMB: number;
  parseMs: number;
  commentMs: number;
  summaryMs: number;
  digestMs: number;
  totalMs: number;
  commentChars: number;
  summaryBytes: number;
  maxRssMB: number;
  heapPeakMB: number;
}

function measure(n: number): Figures {
  // The document is read from JSON text, as `gantry render` / `gantry plan` do.
  const text = JSON.stringify(syntheticPlan(n));
  let heapPeak = 0;
  const sample = (): void => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  };
  const t0 = performance.now();
  const model = parsePlan(JSON.parse(text));
  sample();
  const t1 = performance.now();
  const comment = renderReview(model, { form: 'comment', target: 'bench', tool: 'terraform' });
  sample();
  const t2 = performance.now();
  const summary = renderReview(model, { form: 'summary', target: 'bench', tool: 'terraform' });
  sample();
  const t3 = performance.now();
  planDigest(model);
  sample();
  const t4 = performance.now();
  return {
    resources: n,
    jsonMB: text.length / 1e6,
    parseMs: t1 - t0,
    commentMs: t2 - t1,
    summaryMs: t3 - t2,
    digestMs: t4 - t3,
    totalMs: t4 - t0,
    commentChars: comment.length,
    summaryBytes: Buffer.byteLength(summary),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    heapPeakMB: heapPeak / 1e6,
  };
}

const child = process.argv[2];
if (child) {
  process.stdout.write(JSON.stringify(measure(Number(child))));
} else {
  const self = fileURLToPath(import.meta.url);
  const rows: Figures[] = [];
  for (const n of [5_000, 50_000]) {
    const r = spawnSync(process.execPath, [...process.execArgv, self, String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) {
      console.error(r.stderr);
      process.exit(1);
    }
    rows.push(JSON.parse(r.stdout) as Figures);
  }
  const f = (x: number, d = 0): string => x.toFixed(d);
  console.log(
    'Render benchmark (parse JSON text + model + comment + summary + digest; own process per size)',
  );
  console.log(
    'resources | plan JSON | parse ms | comment ms | summary ms | digest ms | total ms | comment chars | summary bytes | max RSS MB | heap peak MB',
  );
  for (const r of rows) {
    console.log(
      [
        String(r.resources).padStart(9),
        `${f(r.jsonMB, 1)} MB`.padStart(9),
        f(r.parseMs).padStart(8),
        f(r.commentMs).padStart(10),
        f(r.summaryMs).padStart(10),
        f(r.digestMs).padStart(9),
        f(r.totalMs).padStart(8),
        String(r.commentChars).padStart(13),
        String(r.summaryBytes).padStart(13),
        f(r.maxRssMB).padStart(10),
        f(r.heapPeakMB).padStart(12),
      ].join(' | '),
    );
  }
  const big = rows[rows.length - 1] as Figures;
  const ok = big.totalMs <= 1000 && big.maxRssMB <= 300;
  console.log(
    `target 50,000 resources: ≤ 1000 ms and ≤ 300 MB → ${f(big.totalMs)} ms, ${f(big.maxRssMB)} MB: ${ok ? 'MET' : 'NOT MET'}`,
  );
}
