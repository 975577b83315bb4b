import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { CliCommand } from '../command.js';
import { UserError } from '../../shared/errors.js';
import { execProcess } from '../../shared/exec.js';
import { planTarget } from '../../iac/plan-run.js';
import { parseToolOption, parseNumber, parseVarPairs } from './iac-flags.js';

const help = `Usage: gantry plan [dir] [options]

Init, plan and show one terraform/OpenTofu stack; write tfplan, plan.json, manifest.json,
comment.md and summary.md; print the pull-request comment Gantry would post.

Options:
  --out DIR               output folder (default: <dir>/.gantry)
  --tool NAME             terraform | tofu | auto (default auto: .opentofu-version or *.tofu
                          files mean tofu, else the first of terraform, tofu on PATH)
  --bin PATH              the tool binary (also GANTRY_TERRAFORM_BIN / GANTRY_TOFU_BIN)
  --var NAME=VALUE        a variable (repeatable; values are masked in the log)
  --var-file FILE         a variable file (repeatable)
  --backend-config X      backend config key=value or file (repeatable)
  --workspace NAME        select this workspace, creating it when missing
  --init-args "FLAGS"     extra init flags (shell quoting rules, no shell operators)
  --plan-args "FLAGS"     extra plan flags (same rules); a value starting with - needs the
                          = form: --plan-args="-refresh=false -target=a.b"
  --parallelism N         terraform -parallelism
  --lock-timeout SECONDS  terraform -lock-timeout
  --target-name NAME      the name in the review header (default: dir name [/workspace])
  --commit-sha SHA        record the commit in the manifest
  --timeout MINUTES       stop the tool (SIGINT first) after this long (default 60)
  --no-detailed-exitcode  exit 0 when there are changes
  --help                  this text

Exit codes: 0 no changes, 2 changes, 1 error (including a failed plan).`;

export const command: CliCommand = {
  name: 'plan',
  summary: 'Plan a terraform/OpenTofu stack and print the review comment',
  help,
  async run(ctx) {
    const { values, positionals } = parseArgs({
      args: ctx.argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        tool: { type: 'string' },
        bin: { type: 'string' },
        var: { type: 'string', multiple: true },
        'var-file': { type: 'string', multiple: true },
        'backend-config': { type: 'string', multiple: true },
        workspace: { type: 'string' },
        'init-args': { type: 'string' },
        'plan-args': { type: 'string' },
        parallelism: { type: 'string' },
        'lock-timeout': { type: 'string' },
        'target-name': { type: 'string' },
        'commit-sha': { type: 'string' },
        timeout: { type: 'string' },
        'no-detailed-exitcode': { type: 'boolean' },
      },
    });
    if (positionals.length > 1) {
      throw new UserError(`expected at most one directory, got ${positionals.length}.`, {
        hint: 'Usage: gantry plan [dir] [options].',
      });
    }
    const outcome = await planTarget(
      {
        dir: resolve(ctx.cwd, positionals[0] ?? '.'),
        out: values.out === undefined ? undefined : resolve(ctx.cwd, values.out),
        root: ctx.cwd,
        tool: parseToolOption(values.tool),
        bin: values.bin,
        baseEnv: ctx.env,
        varFiles: values['var-file'],
        vars: parseVarPairs(values.var ?? []),
        backendConfig: values['backend-config'],
        initArgs: values['init-args'],
        planArgs: values['plan-args'],
        workspace: values.workspace,
        parallelism: parseNumber(values.parallelism, '--parallelism'),
        lockTimeout: parseNumber(values['lock-timeout'], '--lock-timeout'),
        timeoutMinutes: parseNumber(values.timeout, '--timeout', { positive: true }),
        targetName: values['target-name'],
        commitSha: values['commit-sha'],
      },
      { exec: execProcess, log: ctx.log, signal: ctx.signal },
    );
    ctx.stdout.write(outcome.comment.endsWith('\n') ? outcome.comment : `${outcome.comment}\n`);
    ctx.log.info(`Wrote ${outcome.files.length} files to ${outcome.outDir}.`);
    if (outcome.status === 'failed') return 1;
    return values['no-detailed-exitcode'] ? 0 : outcome.exitCode;
  },
};
