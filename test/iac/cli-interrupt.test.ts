import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { terraform, terraformTestEnv, writeStack } from '../support/terraform.js';
import { needTerraform, SLOW_STACK } from './helpers.js';
import { gantry } from './cli-support.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `gantry apply` started the way a terminal starts a command: as the leader of its own process
 * group, so Ctrl-C is a SIGINT to the whole group. Resolves once terraform is in the sleep.
 */
async function applyInTerminal(dir: string, env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), `${ROOT}/src/cli/index.ts`, 'apply', 'plan'],
    { cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  for (let i = 0; i < 600 && !/Provisioning with 'local-exec'/.test(output); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.match(output, /Provisioning with 'local-exec'/, 'apply reached the sleep');
  const ctrlC = (): void => {
    process.kill(-(child.pid as number), 'SIGINT');
  };
  return { ctrlC, done, output: () => output };
}

async function plannedSlowStack() {
  const env = { ...(process.env as Record<string, string>), ...(await terraformTestEnv()) };
  const dir = await writeStack(SLOW_STACK);
  const planned = await gantry(['plan', '.', '--out', 'plan'], { cwd: dir, env });
  assert.equal(planned.code, 2, planned.stderr);
  return { dir, env };
}

test('Ctrl-C in a terminal stops terraform with one SIGINT: graceful, state saved, lock released', async (t) => {
  if (!needTerraform(t)) return;
  const { dir, env } = await plannedSlowStack();
  const run = await applyInTerminal(dir, env);
  const pressed = Date.now();
  run.ctrlC();
  const code = await run.done;
  assert.ok(Date.now() - pressed < 20_000, 'stopped well before the sleep would end');
  assert.equal(code, 1);
  assert.match(run.output(), /Interrupt received/);
  // The terminal's SIGINT and Gantry's own would be two: terraform's "exit immediately".
  assert.doesNotMatch(run.output(), /Two interrupts received/);
  assert.match(run.output(), /failed \(cancelled\)/);
  const list = terraform(dir, ['state', 'list'], env);
  assert.match(list.stdout, /terraform_data\.quick/, 'the finished resource is in the state');
  assert.equal(existsSync(join(dir, '.terraform.tfstate.lock.info')), false, 'lock released');
});

/**
 * terraform stops a local-exec at once, too fast for a second Ctrl-C: this stand-in's apply is
 * a tool slow to stop (it keeps "saving" after SIGINT until SIGTERM); the rest is terraform.
 */
async function slowToStopTool(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-slowstop-'));
  const bin = join(dir, 'terraform');
  await writeFile(
    bin,
    [
      '#!/bin/sh',
      'if [ "$1" != "apply" ]; then exec terraform "$@"; fi',
      `trap 'echo "stand-in: interrupt received, still saving"' INT`,
      `trap 'echo "stand-in: terminated"; exit 143' TERM`,
      `echo "Provisioning with 'local-exec'..."`,
      'while true; do sleep 0.1; done',
      '',
    ].join('\n'),
  );
  await chmod(bin, 0o755);
  return bin;
}

test('a second Ctrl-C exits at once and stops the tool too', async (t) => {
  if (!needTerraform(t)) return;
  const { dir, env } = await plannedSlowStack();
  const bin = await slowToStopTool();
  const run = await applyInTerminal(dir, { ...env, GANTRY_TERRAFORM_BIN: bin });
  run.ctrlC();
  for (let i = 0; i < 100 && !/still saving/.test(run.output()); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.match(run.output(), /stand-in: interrupt received, still saving/, 'one SIGINT reached it');
  run.ctrlC();
  const code = await run.done;
  assert.equal(code, 130);
  assert.match(run.output(), /second SIGINT: stopping now/);
  // Gantry's exit stopped the tool it had started in its own process group.
  let left = '';
  for (let i = 0; i < 40; i++) {
    left = spawnSync('pgrep', ['-f', bin], { encoding: 'utf8' }).stdout;
    if (!left.trim()) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.equal(left.trim(), '', 'the tool is not left running');
});
