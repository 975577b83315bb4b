import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { routeInputs } from '../../src/actions/gantry/main.js';
import { INPUTS, OUTPUTS, STATUS_INPUTS } from '../../src/actions/gantry/inputs.js';
import { COMMAND_NAMES, NAMESPACED } from '../../src/actions/gantry/routes.js';
import { startFakeKube, type FakeKube } from '../support/fake-kube/index.js';
import { seedApp } from '../pipeline/support/app-fixture.js';
import { actionBundle } from '../support/plan-bundle.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface ActionYml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const load = (file: string): ActionYml =>
  parse(readFileSync(join(root, file), 'utf8')) as ActionYml;
const rootAction = load('action.yml');
const subActions = readdirSync(join(root, 'actions'))
  .filter((d) => existsSync(join(root, 'actions', d, 'action.yml')))
  .sort();

describe('root action.yml declares every sub-action input identically', () => {
  test('the generator has nothing to change (node scripts/sync-root-action.mjs --check)', () => {
    const r = spawnSync(process.execPath, ['scripts/sync-root-action.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, `root action drifted from the sub-actions:\n${r.stderr}`);
  });

  for (const action of subActions) {
    test(`actions/${action}: each input has the same name, default and description in the root`, () => {
      const sub = load(`actions/${action}/action.yml`);
      for (const [name, input] of Object.entries(sub.inputs ?? {})) {
        const alias = NAMESPACED[action]?.[`${action}-${name}`] ? `${action}-${name}` : name;
        const declared = rootAction.inputs?.[alias];
        assert.ok(declared, `root action.yml lacks input ${alias} (from actions/${action})`);
        assert.equal(declared.default, input.default, `default of ${alias}`);
        assert.ok(
          declared.description?.includes(input.description ?? ''),
          `description of ${alias} differs from actions/${action}'s`,
        );
        assert.notEqual(declared.required, true, `${alias} must be optional in the root`);
      }
    });

    test(`actions/${action}: each output is an output of the root`, () => {
      const sub = load(`actions/${action}/action.yml`);
      for (const [name, output] of Object.entries(sub.outputs ?? {})) {
        assert.ok(
          rootAction.outputs?.[name]?.description?.includes(output.description ?? ''),
          `root output ${name} is missing or differs from actions/${action}'s`,
        );
      }
    });
  }

  test('the root declares nothing but command and the sub-actions’ inputs', () => {
    const known = new Set(['command']);
    for (const action of subActions) {
      for (const name of Object.keys(load(`actions/${action}/action.yml`).inputs ?? {})) {
        known.add(NAMESPACED[action]?.[`${action}-${name}`] ? `${action}-${name}` : name);
      }
    }
    assert.deepEqual(
      Object.keys(rootAction.inputs ?? {}).filter((n) => !known.has(n)),
      [],
    );
    assert.equal(rootAction.inputs?.command?.required, true);
    assert.deepEqual(
      [rootAction.runs.using, rootAction.runs.main],
      ['node24', 'dist/gantry/index.js'],
    );
  });

  test('the root’s own inputs and outputs match src/actions/gantry/inputs.ts', () => {
    for (const [name, input] of Object.entries(INPUTS)) {
      assert.deepEqual(rootAction.inputs?.[name], input, `input ${name}`);
    }
    const subOutputs = new Set(
      subActions.flatMap((a) => Object.keys(load(`actions/${a}/action.yml`).outputs ?? {})),
    );
    for (const [name, output] of Object.entries(OUTPUTS)) {
      assert.deepEqual(rootAction.outputs?.[name], output, `output ${name}`);
    }
    for (const name of Object.keys(rootAction.outputs ?? {})) {
      assert.ok(subOutputs.has(name) || name in OUTPUTS, `root output ${name} comes from nowhere`);
    }
    for (const name of STATUS_INPUTS) assert.ok(rootAction.inputs?.[name], `status needs ${name}`);
  });

  test('an input is namespaced only where sub-actions disagree on its default', () => {
    for (const [action, aliases] of Object.entries(NAMESPACED)) {
      for (const [alias, name] of Object.entries(aliases)) {
        assert.equal(alias, `${action}-${name}`);
        const defaults = new Set(
          subActions
            .map((a) => load(`actions/${a}/action.yml`).inputs?.[name])
            .filter((i) => i !== undefined)
            .map((i) => i.default),
        );
        assert.ok(
          defaults.size > 1,
          `${alias}: every action has the same default, so share ${name}`,
        );
      }
    }
  });
});

describe('routing', () => {
  const table: {
    command: string;
    env: Record<string, string>;
    expect: Record<string, string>;
  }[] = [
    {
      command: 'plan',
      env: { 'INPUT_PLAN-COMMENT': 'new', 'INPUT_APPLY-COMMENT': 'false' },
      expect: { INPUT_COMMENT: 'new' },
    },
    {
      command: 'apply',
      env: { 'INPUT_PLAN-COMMENT': 'new', 'INPUT_APPLY-COMMENT': 'false' },
      expect: { INPUT_COMMENT: 'false' },
    },
    { command: 'rollback', env: { INPUT_ACTION: 'deploy' }, expect: { INPUT_ACTION: 'rollback' } },
    { command: 'rollout', env: { INPUT_ACTION: 'status' }, expect: { INPUT_ACTION: 'status' } },
  ];
  for (const row of table) {
    test(`${row.command} hands ${JSON.stringify(row.env)} over as ${JSON.stringify(row.expect)}`, () => {
      const env: NodeJS.ProcessEnv = { ...row.env };
      routeInputs(row.command, env);
      for (const [k, v] of Object.entries(row.expect)) assert.equal(env[k], v);
    });
  }

  test('rollback with another action set is refused, naming both', () => {
    assert.throws(
      () => routeInputs('rollback', { INPUT_ACTION: 'status' }),
      /command 'rollback' runs rollout with action: rollback, but action is 'status'/,
    );
  });

  test('the commands are exactly the documented six', () => {
    assert.deepEqual(COMMAND_NAMES, ['plan', 'apply', 'publish', 'rollout', 'rollback', 'status']);
  });
});

/** What the runner does for `uses: gantry-dev/gantry@v1`: every input's default into INPUT_*. */
function runnerDefaults(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(rootAction.inputs ?? {})) {
    if (input.default === undefined) continue;
    const value = String(input.default).replace('${{ github.token }}', 'ghs_faketoken');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

function runAction(
  entry: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; outputs: Record<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'gantry-root-'));
  const outputFile = join(dir, 'output');
  writeFileSync(outputFile, '');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, entry, {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_WORKSPACE: root,
        RUNNER_TEMP: dir,
        ...env,
      },
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += String(c)));
    child.stderr.on('data', (c: Buffer) => (stdout += String(c)));
    child.on('close', (code) => {
      const outputs: Record<string, string> = {};
      const text = readFileSync(outputFile, 'utf8');
      for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
        outputs[m[1] ?? ''] = m[3] ?? '';
      resolve({ code, stdout, outputs });
    });
  });
}

describe('the bundle as the runner runs it', () => {
  // The same ncc build as `node scripts/build.mjs gantry`, into a temp dir (test/support/plan-bundle.ts).
  let bundle = '';
  before(async () => {
    bundle = await actionBundle('gantry');
  });

  test('an unknown command fails with the list of valid ones', async () => {
    const r = await runAction([bundle], { INPUT_COMMAND: 'deploy' });
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /::error::Unknown command 'deploy'\. Valid commands: plan, apply, publish, rollout, rollback, status\./,
    );
  });

  test('an empty command fails the same way', async () => {
    const r = await runAction([bundle], { INPUT_COMMAND: '' });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /::error::The command input is empty\. Valid commands: plan, apply/);
  });
});

describe('commands through the bundle against the Kubernetes fake', () => {
  let bundle = '';
  let fake: FakeKube;
  before(async () => {
    [bundle, fake] = await Promise.all([actionBundle('gantry'), startFakeKube()]);
  });
  after(() => fake.close());

  test('rollout, rollout, rollback: the lazily loaded rollout code runs from the bundle', async () => {
    const ns = 'web-production';
    const env = {
      ...runnerDefaults(),
      INPUT_NAMESPACE: ns,
      INPUT_APP: 'web',
      INPUT_KUBECONFIG: readFileSync(fake.kubeconfigPath, 'utf8'),
      'INPUT_PREVIEW-URL': await fake.serviceUrl(ns, 'web-preview'),
      'INPUT_LIVE-URL': await fake.serviceUrl(ns, 'web'),
      'INPUT_ROLLBACK-WINDOW': '0s',
      'INPUT_VERIFY-WINDOW': '200ms',
      GANTRY_MIN_ROLLBACK_WINDOW_MS: '0',
    };
    const image = (n: number): string => `ghcr.io/acme/web@sha256:${String(n).repeat(64)}`;
    const first = await runAction([bundle], {
      ...env,
      INPUT_COMMAND: 'rollout',
      INPUT_IMAGE: image(1),
    });
    assert.equal(first.code, 0, first.stdout);
    assert.equal(first.outputs.outcome, 'bootstrapped');
    const second = await runAction([bundle], {
      ...env,
      INPUT_COMMAND: 'rollout',
      INPUT_IMAGE: image(2),
    });
    assert.equal(second.code, 0, second.stdout);
    assert.deepEqual(
      [second.outputs.outcome, second.outputs['active-color']],
      ['deployed', 'green'],
    );
    const back = await runAction([bundle], { ...env, INPUT_COMMAND: 'rollback' });
    assert.equal(back.code, 0, back.stdout);
    assert.deepEqual([back.outputs.outcome, back.outputs['active-color']], ['rolled-back', 'blue']);
    const status = await runAction([bundle], { ...env, INPUT_COMMAND: 'status' });
    assert.equal(status.code, 0, status.stdout);
    assert.equal(status.outputs['active-color'], 'blue');
    assert.equal(status.outputs.image, image(1));
  });
});

describe('command: status against the Kubernetes fake', () => {
  let fake: FakeKube;
  before(async () => {
    fake = await startFakeKube();
    await seedApp(fake, { namespace: 'shop-production' });
  });
  after(() => fake.close());

  test('sets the colors, the image and healthy, and the status JSON', async () => {
    const r = await runAction(['--import', 'tsx', 'src/actions/gantry/index.ts'], {
      INPUT_COMMAND: 'status',
      INPUT_NAMESPACE: 'shop-production',
      INPUT_APP: 'shop',
      INPUT_KUBECONFIG: readFileSync(fake.kubeconfigPath, 'utf8'),
    });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['active-color'], 'green');
    assert.equal(r.outputs['previous-color'], 'blue');
    assert.match(r.outputs.image ?? '', /^ghcr\.io\/acme\/shop@sha256:9e9e/);
    assert.equal(r.outputs.healthy, 'true');
    assert.equal(
      (JSON.parse(r.outputs['status-json'] ?? '{}') as { active?: string }).active,
      'green',
    );
    const printed = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    assert.doesNotMatch(printed, /fake-token-not-a-secret/);
    assert.match(r.stdout, /^::add-mask::fake-token-not-a-secret$/m);
  });

  test('a missing app fails before any API call', async () => {
    const before = fake.requests.length;
    const r = await runAction(['--import', 'tsx', 'src/actions/gantry/index.ts'], {
      INPUT_COMMAND: 'status',
      INPUT_NAMESPACE: 'shop-production',
      KUBECONFIG: fake.kubeconfigPath,
    });
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /::error::Input required and not supplied: app\. The status command needs namespace and app\.$/m,
    );
    assert.equal(fake.requests.length, before);
  });
});
