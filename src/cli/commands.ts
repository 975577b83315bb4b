import type { CliCommand } from './command.js';

/**
 * Every `gantry` subcommand, loaded lazily so `gantry tags` never pays for the Kubernetes client.
 * Each domain adds its own line here and its own file under ./commands/.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {};
