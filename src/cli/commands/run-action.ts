import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import type { CliCommand } from '../command.js';
import {
  actionEnv,
  createRunnerFilter,
  parseOutputs,
  parseWith,
  type ActionSpec,
} from '../../ops/local-action.js';
import { UserError } from '../../shared/errors.js';
import { execProcess } from '../../shared/exec.js';

/** The gantry package root (where actions/ and action.yml live), from source or the bundle. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"gantry"/.test(readFileSync(pkg, 'utf8'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new UserError('cannot find the gantry package (its package.json).');
    dir = up;
  }
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  const r = await execProcess({ command: 'git', args, cwd, timeoutMs: 10_000 });
  return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
}

export const command: CliCommand = {
  name: 'run-action',
  summary: 'Run a Gantry action here as the runner would (inputs, git context, outputs)',
  help: `Usage: gantry run-action <action> [--with name=value …] [--ref <ref>] [--event push]

Runs actions/<action> (or the root action: gantry) from this machine with the runner's
contract: each input in INPUT_<NAME> (given with --with, else its action.yml default;
\${{ github.token }} defaults take GITHUB_TOKEN), GITHUB_REF/SHA from git, outputs collected
from GITHUB_OUTPUT and printed as name=value lines at the end. Exits with the action's code.
Example: gantry run-action publish --with images=ghcr.io/acme/shop --with context=.

Options:
  --with <name=value>   an input (repeatable); unknown names and missing required ones fail first
  --with-env <name=VAR> an input from an environment variable (for passwords: not on the command line)
  --ref <ref>           git ref (default: the current branch, else the tag at HEAD)
  --event <name>        GITHUB_EVENT_NAME (default push)
  --bundle <file>       run this bundle instead of the one action.yml names
`,
  async run(ctx) {
    const { values, positionals } = parseArgs({
      args: ctx.argv,
      options: {
        with: { type: 'string', multiple: true },
        'with-env': { type: 'string', multiple: true },
        ref: { type: 'string' },
        event: { type: 'string', default: 'push' },
        bundle: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
    // 1. The action and its inputs, checked before anything runs.
    const [name, ...extra] = positionals;
    if (!name || extra.length)
      throw new UserError('name one action, e.g. gantry run-action publish.');
    const root = packageRoot();
    const dir = name === 'gantry' ? root : join(root, 'actions', name);
    const ymlFile = join(dir, 'action.yml');
    if (!/^[a-z][a-z0-9-]*$/.test(name) || !existsSync(ymlFile)) {
      throw new UserError(`there is no action '${name}'.`, {
        hint: 'Use plan, apply, publish, rollout or gantry.',
      });
    }
    const spec = parse(readFileSync(ymlFile, 'utf8')) as ActionSpec;
    // --with-env password=REGISTRY_PASSWORD: the value never appears on a command line.
    const fromEnv = (values['with-env'] ?? []).map((pair) => {
      const [input = '', variable = ''] = pair.split('=', 2);
      const value = ctx.env[variable];
      if (!variable || value === undefined) {
        throw new UserError(`--with-env ${pair}: the variable '${variable}' is not set.`);
      }
      return `${input}=${value}`;
    });
    const given = parseWith([...(values.with ?? []), ...fromEnv], spec, name);
    const bundle = resolve(ctx.cwd, values.bundle ?? join(dir, spec.runs?.main ?? 'index.js'));
    if (!existsSync(bundle)) {
      throw new UserError(`${bundle} does not exist.`, {
        hint: `Build it: node scripts/build.mjs ${name}.`,
      });
    }
    // 2. The git context.
    const tagAtHead = async (): Promise<string | undefined> => {
      const tag = await git(ctx.cwd, ['describe', '--exact-match', '--tags', 'HEAD']);
      return tag ? `refs/tags/${tag}` : undefined;
    };
    const ref =
      values.ref ?? (await git(ctx.cwd, ['symbolic-ref', '-q', 'HEAD'])) ?? (await tagAtHead());
    const sha = (await git(ctx.cwd, ['rev-parse', 'HEAD'])) ?? '';
    if (!ref)
      throw new UserError('no git ref here.', {
        hint: 'Pass --ref refs/heads/<branch> or refs/tags/<tag>.',
      });
    // 3. Run it with the runner's files.
    const temp = await mkdtemp(join(tmpdir(), 'gantry-run-action-'));
    try {
      const outputFile = join(temp, 'output');
      const summaryFile = join(temp, 'summary.md');
      await writeFile(outputFile, '');
      await writeFile(summaryFile, '');
      const inherited = Object.fromEntries(
        Object.entries(ctx.env).filter(
          (e): e is [string, string] => !e[0].startsWith('INPUT_') && e[1] !== undefined,
        ),
      );
      const env = actionEnv(spec, given, {
        ref,
        sha,
        eventName: values.event ?? 'push',
        workspace: ctx.cwd,
        outputFile,
        summaryFile,
        tempDir: temp,
        token: ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN ?? '',
      });
      // The runner's job on stdout: honour ::add-mask::, make workflow commands readable.
      const filter = createRunnerFilter({ debug: Boolean(ctx.env.GANTRY_DEBUG) });
      const result = await execProcess({
        command: process.execPath,
        args: [bundle],
        cwd: ctx.cwd,
        env: { ...inherited, ...env },
        replaceEnv: true,
        signal: ctx.signal,
        onStdout: (c) => ctx.stderr.write(filter.write(c)),
        onStderr: (c) => ctx.stderr.write(filter.redact(c)),
      });
      ctx.stderr.write(filter.end());
      // 4. Outputs on stdout, one name=value per line.
      const outputs = parseOutputs(await readFile(outputFile, 'utf8'));
      for (const [key, value] of Object.entries(outputs)) {
        ctx.stdout.write(filter.redact(`${key}=${value.replace(/\n/g, '\\n')}\n`));
      }
      return result.exitCode ?? 1;
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  },
};
