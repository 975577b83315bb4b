// Rollout benchmark against the fake cluster (real client-node, real HTTP pods and proxies):
// (1) from the new color passing the readiness gate to the live selector switched — API
//     round-trips counted from the fake's request log, time end to end;
// (2) rollback with the previous color warm — round-trips and time end to end.
// Targets: one API round-trip for the switch; rollback ≤ 2 s. Median of RUNS runs.
// Run: node --import tsx scripts/bench/rollout.ts
import { deploy } from '../../src/rollout/blue-green.js';
import { createKube, loadKubeConfig } from '../../src/rollout/kube.js';
import { rollback } from '../../src/rollout/rollback.js';
import { execProcess } from '../../src/shared/exec.js';
import { createMemoryLogger } from '../../src/shared/log.js';
import { systemClock, type DeployOptions, type RolloutPorts } from '../../src/rollout/types.js';
import { startFakeKube, type RequestRecord } from '../../test/support/fake-kube/index.js';

const RUNS = Number(process.env.RUNS ?? 5);
const NS = 'bench';
const digest = (n: number): string =>
  `registry.example/bench/web@sha256:${n.toString(16).padStart(64, '0')}`;
const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const isSwitch = (r: RequestRecord, app: string): boolean =>
  r.method === 'PATCH' &&
  r.path.endsWith(`/services/${app}`) &&
  (r.body ?? '').includes('"selector"');

const fake = await startFakeKube();
const kube = createKube(loadKubeConfig({ path: fake.kubeconfigPath }));
const ports: RolloutPorts = {
  kube,
  exec: execProcess,
  log: createMemoryLogger(),
  clock: systemClock,
  cwd: process.cwd(),
};
const switchRows: { ms: number; trips: number; patchMs: number; smokeMs: number }[] = [];
const rollbackRows: { ms: number; trips: number; flips: number }[] = [];

for (let run = 0; run < RUNS; run++) {
  const app = `web${run}`;
  const options = async (image: string, extra: Partial<DeployOptions> = {}) => ({
    namespace: NS,
    app,
    image,
    allowMutableTag: false,
    replicas: 3,
    healthPath: '/health',
    smoke: { path: '/health', expectStatus: 200, retries: 0, timeoutMs: 2000 },
    readyTimeoutMs: 10_000,
    verifyWindowMs: 200,
    rollbackWindowMs: 0,
    minRollbackWindowMs: 0,
    previewUrl: await fake.serviceUrl(NS, `${app}-preview`),
    liveUrl: await fake.serviceUrl(NS, app),
    run: { id: `bench-${run}` },
    pollMs: 25,
    ...extra,
  });
  await deploy(await options(digest(1)), ports);

  // (1) ready → switched: requests after the gate's last read up to and including the switch.
  const from = fake.requests.length;
  const report = await deploy(await options(digest(2)), ports);
  const log = fake.requests.slice(from);
  const switchAt = log.findIndex((r) => isSwitch(r, app));
  const gate = log
    .slice(0, switchAt)
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.path.includes(`/endpointslices?`))
    .pop();
  if (switchAt < 0 || !gate)
    throw new Error('switch or readiness gate not found in the request log');
  const between = log.slice(gate.i + 1, switchAt + 1);
  const smoke = report.phases.find((p) => p.name.startsWith('Smoke-test'));
  switchRows.push({
    ms: (log[switchAt]?.at ?? 0) - gate.r.at,
    trips: between.length,
    patchMs: report.switchMs ?? NaN,
    smokeMs: smoke?.ms ?? NaN,
  });

  // (2) rollback with the previous color warm (during the deploy's rollback window).
  const holding = deploy(
    await options(digest(3), { rollbackWindowMs: 3000, run: { id: `bench-${run}-b` } }),
    ports,
  );
  await fake.until(() => {
    const a = fake.get('services', NS, app)?.metadata.annotations ?? {};
    return (
      a['gantry.dev/image-blue'] === digest(3) &&
      a['gantry.dev/active'] === 'blue' &&
      !a['gantry.dev/lease']
    );
  }, 10_000);
  const before = fake.requests.length;
  const rb = await rollback(
    { ...(await options(digest(3))), run: { id: `bench-${run}-rb` } },
    ports,
  );
  const rbLog = fake.requests.slice(before).filter((r) => r.at <= Date.now());
  rollbackRows.push({
    ms: rb.rollbackMs ?? NaN,
    trips: rbLog.findIndex((r) => isSwitch(r, app)) + 1,
    flips: rbLog.filter((r) => isSwitch(r, app)).length,
  });
  await holding;
}
await fake.close();

const sw = {
  ms: median(switchRows.map((r) => r.ms)),
  trips: median(switchRows.map((r) => r.trips)),
  patch: median(switchRows.map((r) => r.patchMs)),
  smoke: median(switchRows.map((r) => r.smokeMs)),
};
const rb = {
  ms: median(rollbackRows.map((r) => r.ms)),
  trips: median(rollbackRows.map((r) => r.trips)),
  flips: Math.max(...rollbackRows.map((r) => r.flips)),
};
console.log(`rollout benchmark (fake cluster, 3 replicas, median of ${RUNS} runs)`);
console.log(
  `  ready → switched:      ${sw.ms} ms (API server clock: gate read answered → switch answered), ${sw.trips} API round-trip(s) (the switch patch itself: ${sw.patch} ms; the preview smoke test in between: ${sw.smoke} ms, HTTP not API)`,
);
console.log(
  `  warm rollback:         ${rb.ms} ms end to end, ${rb.trips} API round-trips up to the flip (lease read + conditional write, previous Deployment read, the flip), ${rb.flips} selector patch`,
);
console.log(
  `  targets:               switch = 1 API round-trip → ${sw.trips === 1 ? 'met' : 'NOT met'}; rollback ≤ 2000 ms → ${rb.ms <= 2000 ? 'met' : 'NOT met'}`,
);
