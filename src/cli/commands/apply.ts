import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { CliCommand } from '../command.js';
import { isUserError, UserError } from '../../shared/errors.js';
import { execProcess } from '../../shared/exec.js';
import { applyPlanDir, type ApplyOutcome } from '../../iac/apply-run.js';
import { parseNumber } from './iac-flags.js';

const help = `Usage: gantry apply <plan-dir> [options]

Apply exactly the plan in <plan-dir> (the folder \`gantry plan\` wrote). Refuses, naming the
reason, when the plan file's SHA-256 or the tool version differs from manifest.json.

Options:
  --working-dir DIR       the stack directory (default: the one recorded in the manifest,
                          relative to the current directory)
  --bin PATH              the tool binary (also GANTRY_TERRAFORM_BIN / GANTRY_TOFU_BIN)
  --digest SHA256         also refuse unless the plan digest is this (the reviewed one)
  --apply-args "FLAGS"    extra apply flags (shell quoting rules, no shell operators)
  --parallelism N         terraform -parallelism
  --lock-timeout SECONDS  terraform -lock-timeout
  --timeout MINUTES       stop the tool (SIGINT first) after this long (default 60)
  --help                  this text

Exit codes: 0 applied, 1 refused or failed (one line on stderr names the reason).`;

export const command: CliCommand = {
  name: 'apply',
  summary: 'Apply exactly a reviewed plan folder, refusing when it changed',
  help,
  async run(ctx) {
    const { values, positionals } = parseArgs({
      args: ctx.argv,
      allowPositionals: true,
      strict: true,
      options: {
        'working-dir': { type: 'string' },
        bin: { type: 'string' },
        digest: { type: 'string' },
        'apply-args': { type: 'string' },
        parallelism: { type: 'string' },
        'lock-timeout': { type: 'string' },
        timeout: { type: 'string' },
      },
    });
    if (positionals.length !== 1) {
      throw new UserError('expected exactly one plan folder.', {
        hint: 'Usage: gantry apply <plan-dir> (the folder `gantry plan --out` wrote).',
      });
    }
    let outcome: ApplyOutcome;
    try {
      outcome = await applyPlanDir(
        resolve(ctx.cwd, positionals[0] as string),
        {
          root: ctx.cwd,
          workingDir:
            values['working-dir'] === undefined
              ? undefined
              : resolve(ctx.cwd, values['working-dir']),
          bin: values.bin,
          baseEnv: ctx.env,
          applyArgs: values['apply-args'],
          parallelism: parseNumber(values.parallelism, '--parallelism'),
          lockTimeout: parseNumber(values['lock-timeout'], '--lock-timeout'),
          timeoutMinutes: parseNumber(values.timeout, '--timeout', { positive: true }),
          ...(values.digest ? { expect: { digest: values.digest } } : {}),
        },
        { exec: execProcess, log: ctx.log, signal: ctx.signal },
      );
    } catch (error) {
      if (isUserError(error) && error.reason) {
        throw new UserError(`refused (${error.reason}): ${error.message}`, {
          reason: error.reason,
          ...(error.hint ? { hint: error.hint } : {}),
        });
      }
      throw error;
    }
    if (outcome.status === 'failed' && outcome.failure) {
      ctx.stderr.write(
        `gantry apply: failed (${outcome.failure.reason}): ${outcome.failure.message}\n`,
      );
      return 1;
    }
    ctx.stdout.write(`Applied ${outcome.manifest.target} (digest ${outcome.manifest.digest}).\n`);
    for (const [name, out] of Object.entries(outcome.outputs ?? {})) {
      ctx.stdout.write(
        `  ${name} = ${out.sensitive ? '(sensitive)' : JSON.stringify(out.value)}\n`,
      );
    }
    return 0;
  },
};
