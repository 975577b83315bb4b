/**
 * Checks that need the file system or the event, run before any tool starts: one clear
 * UserError for the first problem.
 */
import { isAbsolute, resolve } from 'node:path';
import { exists, isDirectory } from '../shared/fs.js';
import { UserError } from '../shared/errors.js';
import type { RunContext } from '../github/context.js';
import { splitFlags } from '../iac/args.js';
import type { PlanJobInputs } from './types.js';

export async function checkBeforeRun(
  inputs: PlanJobInputs,
  context: RunContext,
  workspaceRoot: string,
): Promise<string> {
  const dir = resolve(workspaceRoot, inputs.workingDirectory || '.');
  if (!(await isDirectory(dir))) {
    throw new UserError(
      `working-directory '${inputs.workingDirectory}' does not exist in the checkout.`,
      {
        reason: 'bad-input',
        hint: 'Check the path (relative to the repository root) and that actions/checkout ran first.',
      },
    );
  }
  // Flags are split again when the tool runs; splitting now reports bad quoting before any install.
  splitFlags(inputs.initArgs, 'init-args');
  splitFlags(inputs.planArgs, 'plan-args');
  for (const file of inputs.varFiles) {
    if (!(await exists(isAbsolute(file) ? file : resolve(dir, file)))) {
      throw new UserError(
        `var-files: '${file}' does not exist (paths are relative to working-directory).`,
        {
          reason: 'bad-input',
        },
      );
    }
  }
  if (inputs.comment !== 'off' && !context.pullRequest) {
    throw new UserError(
      `comment: ${inputs.comment} needs a pull request, but this run is a '${context.eventName || 'unknown'}' event.`,
      {
        reason: 'bad-input',
        hint: 'Run on pull_request, or set comment: off (the job summary still shows the plan).',
      },
    );
  }
  if (inputs.comment !== 'off' && !inputs.githubToken) {
    throw new UserError('github-token is empty, so no comment can be posted.', {
      reason: 'bad-input',
      hint: 'Leave github-token at its default (${{ github.token }}) or set comment: off.',
    });
  }
  return dir;
}
