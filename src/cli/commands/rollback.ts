import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.js';
import { rollback } from '../../rollout/rollback.js';
import { portsFor, runReporting, TARGET_FLAGS, TARGET_HELP, targetOptions } from './rollout.js';

export const command: CliCommand = {
  name: 'rollback',
  summary: 'Flip an app back to its previous color (one patch when it is still warm)',
  help: `Usage: gantry rollback --namespace <ns> --app <name> [options]

Switches the live Service back to the previous color recorded on it. A warm previous color
is one patch; a cold one is scaled up and must pass the readiness gate first. Refuses when
there is no previous color or it is marked failed.

Options:
${TARGET_HELP}
`,
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: TARGET_FLAGS,
      strict: true,
      allowPositionals: false,
    });
    const options = targetOptions(values, ctx);
    const ports = await portsFor(values, ctx);
    return runReporting(ctx, values.json, () => rollback(options, ports));
  },
};
