// The root action's own inputs: `command`, plus the target inputs the `status` command reads
// (declared by actions/rollout, so the root declares them already). Everything else belongs to
// the action a command forwards to, which reads its inputs itself.
import * as core from '@actions/core';
import { UserError } from '../../shared/errors.js';
import { COMMAND_NAMES } from './routes.js';

export const INPUTS = {
  command: { description: 'What to run.', required: true },
} as const;

export const STATUS_INPUTS = ['namespace', 'app', 'kubeconfig'] as const;

export const STATUS_OUTPUTS = [
  'active-color',
  'previous-color',
  'image',
  'switched-at',
  'healthy',
  'status-json',
] as const;

export function getCommand(): string {
  const command = core.getInput('command').trim();
  if (!COMMAND_NAMES.includes(command)) {
    throw new UserError(
      command
        ? `Unknown command '${command}'. Valid commands: ${COMMAND_NAMES.join(', ')}.`
        : `The command input is empty. Valid commands: ${COMMAND_NAMES.join(', ')}.`,
      { reason: 'invalid-input' },
    );
  }
  return command;
}

export interface StatusInputs {
  namespace: string;
  app: string;
  kubeconfig: string;
}

/** Mask the credentials inside a kubeconfig, and the whole text (the runner masks per line). */
function maskKubeconfig(text: string): void {
  core.setSecret(text);
  for (const m of text.matchAll(
    /^\s*(?:token|password|client-key-data|client-certificate-data)\s*:\s*["']?([^\s"']+)/gm,
  )) {
    if (m[1]) core.setSecret(m[1]);
  }
  for (const m of text.matchAll(/\b(?:token|password)\s*:\s*["']?([^\s"',}]+)/g)) {
    if (m[1]) core.setSecret(m[1]);
  }
}

export function getStatusInputs(): StatusInputs {
  const kubeconfig = core.getInput('kubeconfig');
  if (kubeconfig) maskKubeconfig(kubeconfig);
  const required = (name: 'namespace' | 'app'): string => {
    const value = core.getInput(name);
    if (!value) {
      throw new UserError(`Input required and not supplied: ${name}.`, {
        reason: 'invalid-input',
        hint: 'The status command needs namespace and app.',
      });
    }
    return value;
  };
  return { namespace: required('namespace'), app: required('app'), kubeconfig };
}
