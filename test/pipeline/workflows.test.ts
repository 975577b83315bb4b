import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * The release and rollback workflows' promises, read from the YAML itself: who may do what
 * (permissions), what never runs twice at once (concurrency), what the approval gates, and that
 * every action or workflow they call exists with the inputs they pass.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const OWNER = 'gantry-dev/gantry';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  uses?: string;
  if?: string;
  needs?: string | string[];
  environment?: string;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  steps?: Step[];
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, { required?: boolean }> } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const load = (file: string): Workflow => parse(readFileSync(join(root, file), 'utf8')) as Workflow;
const release = load('.github/workflows/release.yml');
const rollback = load('.github/workflows/rollback.yml');
const examples = readdirSync(join(root, 'examples/workflows'))
  .filter((f) => /^(release-.*|rollback)\.yml$/.test(f))
  .map((f) => `examples/workflows/${f}`);

const stepUsing = (job: Job | undefined, action: string): Step | undefined =>
  job?.steps?.find((s) => s.uses === `${OWNER}/actions/${action}@v1`);

describe('least privilege', () => {
  for (const [file, wf] of [
    ['release.yml', release],
    ['rollback.yml', rollback],
  ] as const) {
    test(`${file}: nothing at the top, every job declares its own permissions`, () => {
      assert.deepEqual(wf.permissions, {});
      for (const [name, job] of Object.entries(wf.jobs)) {
        assert.ok(job.permissions, `${file} job ${name} has no permissions block`);
        assert.equal(
          job.permissions['id-token'],
          undefined,
          `${name}: no cloud login step, no id-token`,
        );
        assert.equal(job.permissions.contents, 'read', `${name}: contents read only`);
      }
    });
  }

  test('packages: write only where the image is pushed; pull-requests only where a comment is written', () => {
    for (const [name, job] of Object.entries(release.jobs)) {
      const pushes = Boolean(stepUsing(job, 'publish'));
      assert.equal(job.permissions?.packages === 'write', pushes, `${name}: packages`);
      const comments = Boolean(stepUsing(job, 'apply')) || job.uses?.includes('terraform.yml');
      assert.equal(
        job.permissions?.['pull-requests'] === 'write',
        Boolean(comments),
        `${name}: pull-requests`,
      );
    }
  });
});

describe('deploys', () => {
  const deployJobs: [string, Job | undefined, string][] = [
    ['release staging', release.jobs.staging, 'staging-environment'],
    ['release production', release.jobs.production, 'production-environment'],
  ];
  for (const [label, job, envInput] of deployJobs) {
    test(`${label}: gated by its environment, one deploy at a time, never cancelled`, () => {
      assert.equal(job?.environment, `\${{ inputs.${envInput} }}`);
      assert.equal(
        job?.concurrency?.group,
        `gantry-deploy-\${{ inputs.app }}-\${{ inputs.${envInput} }}`,
      );
      assert.equal(job?.concurrency?.['cancel-in-progress'], false);
      assert.equal(stepUsing(job, 'rollout')?.with?.image, '${{ needs.publish.outputs.image }}');
    });
  }

  test('rollback shares the deploy concurrency group and gate of its environment', () => {
    const job = rollback.jobs.rollback;
    assert.equal(job?.environment, '${{ inputs.environment }}');
    assert.equal(
      job?.concurrency?.group,
      'gantry-deploy-${{ inputs.app }}-${{ inputs.environment }}',
    );
    assert.equal(job?.concurrency?.['cancel-in-progress'], false);
    assert.equal(job?.steps?.[0]?.uses, `${OWNER}@v1`);
    assert.equal(job?.steps?.[0]?.with?.command, 'rollback');
    assert.ok(rollback.on.workflow_dispatch && rollback.on.workflow_call);
  });

  test('production: ONE gated job applies the reviewed plan, then rolls out the digest', () => {
    const job = release.jobs.production;
    const ids = job?.steps?.map((s) => s.id ?? s.uses ?? s.name) ?? [];
    assert.ok(ids.indexOf('apply') < ids.indexOf('rollout'), 'apply before rollout');
    const apply = stepUsing(job, 'apply');
    assert.equal(
      apply?.with?.['expected-digest'],
      '${{ needs.production-plan.outputs.plan-digest }}',
    );
    assert.equal(
      apply?.with?.['artifact-name'],
      '${{ needs.production-plan.outputs.artifact-name }}',
    );
    assert.equal(apply?.with?.['require-pr-approval'], '${{ inputs.require-pr-approval }}');
    assert.match(
      job?.steps?.[0]?.run ?? '',
      /GITHUB_STEP_SUMMARY/,
      'first step records what was approved',
    );
    assert.deepEqual(job?.needs, ['publish', 'production-plan']);
    assert.equal(
      release.jobs['production-plan']?.environment,
      undefined,
      'the plan runs before the gate',
    );
  });

  test('a tag must yield a version tag before anything is planned or deployed', () => {
    assert.equal(stepUsing(release.jobs.publish, 'publish')?.with?.['require-version'], true);
    assert.equal(release.jobs['production-plan']?.needs, 'publish');
  });
});

describe('the approval summary', () => {
  const step = release.jobs['production-plan']?.steps?.find((s) => s.id === 'summary');
  const run = (env: Record<string, string>): { summary: string; output: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-'));
    const summary = join(dir, 'summary');
    const output = join(dir, 'output');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const r = spawnSync('bash', ['-e', '-c', step?.run ?? 'false'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, ...env },
    });
    assert.equal(r.status, 0, r.stderr);
    return { summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') };
  };
  const image = `ghcr.io/acme/shop@sha256:${'ab'.repeat(32)}`;
  const base = { REF: 'v1.2.3', IMAGE: image, VERSION: '1.2.3', ENVIRONMENT: 'production' };

  test('shows the infra change counts, the plan digest and the image digest that goes live', () => {
    const { summary, output } = run({
      ...base,
      INFRA: 'infra',
      HAS_CHANGES: 'true',
      TO_ADD: '1',
      TO_CHANGE: '4',
      TO_DESTROY: '2',
      TO_REPLACE: '1',
      DIGEST: 'bcd2833b5693'.padEnd(64, '0'),
    });
    assert.match(summary, /### Release v1\.2\.3 to production: awaiting approval/);
    assert.ok(summary.includes(`| Image | \`${image}\` (version \`1.2.3\`) |`), summary);
    assert.match(summary, /\| Infra \| \+1 ~4 -2 \(replace 1\), plan digest `bcd2833b5693` \|/);
    assert.match(output, /^markdown<<GANTRY_EOF\n### Release v1\.2\.3[\s\S]*\nGANTRY_EOF\n$/);
  });

  test('says so when the infra has no changes, or there is no infra', () => {
    assert.match(
      run({ ...base, INFRA: 'infra', HAS_CHANGES: 'false', DIGEST: 'e3b0c44298fc'.padEnd(64, '0') })
        .summary,
      /\| Infra \| no changes \(plan digest `e3b0c44298fc`\) \|/,
    );
    assert.match(run({ ...base, INFRA: '' }).summary, /\| Infra \| no infra directory \|/);
  });
});

describe('every call resolves', () => {
  const actionInputs = (dir: string): Set<string> =>
    new Set(
      Object.keys(
        (parse(readFileSync(join(root, dir, 'action.yml'), 'utf8')) as { inputs?: object })
          .inputs ?? {},
      ),
    );
  for (const file of [
    '.github/workflows/release.yml',
    '.github/workflows/rollback.yml',
    ...examples,
  ]) {
    test(`${file}: actions and reusable workflows exist and take the inputs passed`, () => {
      const wf = load(file);
      for (const [name, job] of Object.entries(wf.jobs)) {
        if (job.uses) {
          const m = new RegExp(`^${OWNER}/(\\.github/workflows/[\\w-]+\\.yml)@v1$`).exec(job.uses);
          assert.ok(m, `${name}: ${job.uses} is not a ${OWNER} reusable workflow`);
          const called = load(m[1] ?? '').on.workflow_call?.inputs ?? {};
          for (const key of Object.keys(job.with ?? {})) {
            assert.ok(key in called, `${name}: ${m[1]} has no input ${key}`);
          }
          for (const [key, input] of Object.entries(called)) {
            if (input.required)
              assert.ok(key in (job.with ?? {}), `${name}: required ${key} not passed`);
          }
        }
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith(OWNER)) continue;
          const m = new RegExp(`^${OWNER}(?:/(actions/[\\w-]+))?@v1$`).exec(step.uses);
          assert.ok(m, `${name}: ${step.uses}`);
          const dir = m[1] ?? '.';
          assert.ok(
            existsSync(join(root, dir, 'action.yml')),
            `${step.uses}: no ${dir}/action.yml`,
          );
          const inputs = actionInputs(dir);
          for (const key of Object.keys(step.with ?? {})) {
            assert.ok(inputs.has(key), `${name}: ${step.uses} has no input ${key}`);
          }
        }
      }
    });
  }
});
