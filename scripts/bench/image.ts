// Image benchmark: (1) tag computation — rules parsed and evaluated for a mix of refs, per call
// and per second; (2) end to end — buildah build of examples/app + push of 4 tags to a local
// docker-registry + registry digest confirmation, median of 3 runs (skipped without the tools).
// Run: node --import tsx scripts/bench/image.ts
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execProcess } from '../../src/shared/exec.js';
import { createMemoryLogger } from '../../src/shared/log.js';
import { buildRefContext } from '../../src/image/context.js';
import { computeMetadata } from '../../src/image/metadata.js';
import { publish } from '../../src/image/publish.js';
import { createRegistryClient } from '../../src/image/registry.js';
import { buildahStorage, startRegistry } from '../../test/image/support/registry.js';

const RULES = [
  'type=schedule',
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=pep440,pattern={{version}}',
  'type=match,pattern=v(\\d+),group=1',
  'type=edge',
  "type=raw,value={{date 'YYYYMMDD'}}-{{sha}}",
  'type=sha',
];
const REFS = [
  'refs/tags/v1.2.3',
  'refs/heads/feature/x',
  'refs/pull/42/merge',
  'refs/tags/v2.0.0-rc.1',
];
const payload = {
  repository: { name: 'app', html_url: 'https://github.com/acme/app', default_branch: 'main' },
};

function tagBench(iterations: number): { perCallUs: number; perSecond: number } {
  const contexts = REFS.map((ref) =>
    buildRefContext({
      eventName: 'push',
      ref,
      sha: 'f'.repeat(40),
      payload,
      commitDate: new Date(0),
    }),
  );
  const run = (n: number): void => {
    for (let i = 0; i < n; i++) {
      computeMetadata(
        {
          images: ['ghcr.io/acme/app', 'docker.io/acme/app'],
          tags: RULES,
          flavor: ['latest=highest'],
          labels: [],
          annotations: [],
          requireVersion: false,
        },
        contexts[i % contexts.length]!,
        { now: new Date(), shortShaLength: 7, existingTags: ['1.0.0', '1.2.2', '2.0.0-rc.0'] },
      );
    }
  };
  run(200); // warm up (handlebars template cache, JIT)
  const started = process.hrtime.bigint();
  run(iterations);
  const ns = Number(process.hrtime.bigint() - started);
  return { perCallUs: ns / iterations / 1000, perSecond: Math.round(iterations / (ns / 1e9)) };
}

async function e2eBench(runs: number): Promise<number[] | undefined> {
  const has = (cmd: string, args: string[]): boolean =>
    spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
  if (!has('buildah', ['--version']) || !has('docker-registry', ['--version'])) return undefined;
  const registry = await startRegistry();
  const storage = await buildahStorage();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const workDir = await mkdtemp(join(tmpdir(), 'gantry-bench-'));
      const ctx = buildRefContext({
        eventName: 'push',
        ref: `refs/tags/v1.0.${i}`,
        sha: 'e'.repeat(40),
        payload,
        commitDate: new Date(0),
      });
      const meta = computeMetadata(
        {
          images: [`${registry.host}/bench/app`],
          tags: [
            'type=semver,pattern={{version}}',
            'type=semver,pattern={{major}}.{{minor}}',
            'type=sha',
          ],
          flavor: [],
          labels: [],
          annotations: [],
        },
        ctx,
        { now: new Date(), shortShaLength: 7 },
      );
      const started = Date.now();
      await publish(
        {
          builder: 'buildah',
          spec: {
            context: join(import.meta.dirname, '../../examples/app'),
            buildArgs: [],
            platforms: [],
            cacheFrom: [],
            cacheTo: [],
            labels: meta.labels,
            annotations: meta.annotations,
            tags: meta.tags,
            push: true,
            tlsVerify: false,
            storage: {
              driver: 'vfs',
              isolation: 'chroot',
              root: storage.root,
              runroot: storage.runroot,
            },
          },
          workDir,
        },
        { exec: execProcess, log: createMemoryLogger(), registry: createRegistryClient() },
      );
      times.push(Date.now() - started);
      await rm(workDir, { recursive: true, force: true });
    }
  } finally {
    await registry.stop();
    await storage.cleanup();
  }
  return times;
}

const tags = tagBench(5000);
console.log(
  `tags: ${tags.perCallUs.toFixed(1)} µs per computation (${RULES.length} rules, 2 images), ${tags.perSecond}/s`,
);
const e2e = await e2eBench(3);
if (!e2e) console.log('e2e: skipped (buildah or docker-registry missing)');
else {
  const sorted = [...e2e].sort((a, b) => a - b);
  console.log(
    `e2e: build + push 4 tags + confirm digest: ${e2e.join(', ')} ms (median ${sorted[1]} ms)`,
  );
}
