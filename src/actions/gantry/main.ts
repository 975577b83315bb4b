// The root action (`uses: <owner>/gantry@v1`): picks the action `command` names and runs the very
// same code as actions/<name>. The runner put every root input in INPUT_*; namespaced ones
// (plan-comment) are handed over under the action's own name (comment) first.
import * as core from '@actions/core';
import { describeError, UserError } from '../../shared/errors.js';
import { getCommand } from './inputs.js';
import { NAMESPACED, ROUTES, type ActionName } from './routes.js';

/** Loaded lazily: `status` never pays for terraform or the image builders. */
const ACTIONS: Record<ActionName, () => Promise<{ run: () => Promise<void> }>> = {
  plan: () => import('../plan/main.js'),
  apply: () => import('../apply/main.js'),
  publish: () => import('../publish/main.js'),
  rollout: () => import('../rollout/main.js'),
  status: () => import('./status.js'),
};

const envName = (input: string): string => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;

/** Set the action's inputs from the root's: namespaced ones, then the ones the command fixes. */
export function routeInputs(command: string, env: NodeJS.ProcessEnv): void {
  const route = ROUTES[command];
  if (!route) return;
  for (const [alias, name] of Object.entries(NAMESPACED[route.action] ?? {})) {
    const value = env[envName(alias)];
    if (value !== undefined) env[envName(name)] = value;
  }
  for (const [name, value] of Object.entries(route.fixed ?? {})) {
    const given = env[envName(name)]?.trim();
    if (given && given !== value && !(name === 'action' && given === 'deploy')) {
      throw new UserError(
        `command '${command}' runs ${route.action} with ${name}: ${value}, but ${name} is '${given}'.`,
        { reason: 'invalid-input', hint: `Leave ${name} empty, or use command: ${route.action}.` },
      );
    }
    env[envName(name)] = value;
  }
}

export async function run(): Promise<void> {
  let action: { run: () => Promise<void> };
  try {
    const command = getCommand();
    routeInputs(command, process.env);
    const route = ROUTES[command];
    if (!route) throw new UserError(`No route for command '${command}'.`);
    core.debug(`gantry: command ${command} → ${route.action}`);
    action = await ACTIONS[route.action]();
  } catch (error) {
    core.setFailed(describeError(error));
    return;
  }
  // The action has its own single try/catch and fails the step itself.
  await action.run();
}
