import type { CliCommand } from './command.js';

/**
 * Every `gantry` subcommand, loaded lazily so `gantry tags` never pays for the Kubernetes client.
 * Each domain adds its own line here and its own file under ./commands/.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  'release-check': {
    summary: 'Refuse anything but a release tag vX.Y.Z (the production deploy gate)',
    load: async () => (await import('./commands/release-check.js')).command,
  },
  'health-check': {
    summary: 'Check the /health and /ready endpoints of a running app',
    load: async () => (await import('./commands/health-check.js')).command,
  },
};
