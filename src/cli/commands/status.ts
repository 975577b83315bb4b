import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.js';
import { formatStatus } from '../../ops/format-status.js';
import { collectStatus } from '../../ops/status.js';
import { parseTarget, readerFor, TARGET_HELP, TARGET_OPTIONS } from '../../ops/target.js';

export const command: CliCommand = {
  name: 'status',
  summary: 'Live and previous colors, digests, replicas and failed marks of an app',
  help: `Usage: gantry status --namespace <ns> --app <name> [--json]

Reads the app's Service and its blue/green Deployments and prints the active (live) and previous colors,
their image digests, ready/desired replicas, failed-color marks, the last switch (time and run
URL) and how many warning events are recent. Read-only.

Options:
${TARGET_HELP}
  --json                print the status as JSON (stable shape, schemaVersion 1)
  --strict              exit 2 when a problem is found (for scripts and alerts)
`,
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: {
        ...TARGET_OPTIONS,
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    const target = parseTarget(values);
    const status = await collectStatus(readerFor(target, ctx.env), target);
    ctx.stdout.write(
      values.json ? `${JSON.stringify(status, null, 2)}\n` : `${formatStatus(status)}\n`,
    );
    return values.strict && !status.healthy ? 2 : 0;
  },
};
