import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.js';
import { COLOR_CHOICES, formatLogs, podsFor, readLogs, type ColorChoice } from '../../ops/logs.js';
import { collectStatus } from '../../ops/status.js';
import { parseTarget, readerFor, TARGET_HELP, TARGET_OPTIONS } from '../../ops/target.js';
import { UserError } from '../../shared/errors.js';

export const command: CliCommand = {
  name: 'logs',
  summary: 'Recent logs of the pods of an app',
  help: `Usage: gantry logs --namespace <ns> --app <name> [--color active] [--tail 200]

Prints the last lines of each pod's log, every line prefixed with [pod-name].

Options:
${TARGET_HELP}
  --color <which>       active (default), previous, blue, green or all
  --tail <n>            lines per pod (default 200)
`,
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: {
        ...TARGET_OPTIONS,
        color: { type: 'string', default: 'active' },
        tail: { type: 'string', default: '200' },
      },
      strict: true,
      allowPositionals: false,
    });
    const target = parseTarget(values);
    const choice = values.color as ColorChoice;
    if (!COLOR_CHOICES.includes(choice)) {
      throw new UserError(`--color '${values.color}' is not one of ${COLOR_CHOICES.join(', ')}.`);
    }
    const tailLines = Number(values.tail);
    if (!Number.isInteger(tailLines) || tailLines <= 0) {
      throw new UserError(`--tail '${values.tail}' is not a positive whole number.`);
    }
    const reader = readerFor(target, ctx.env);
    const status = await collectStatus(reader, { ...target, maxEvents: 0 });
    const pods = podsFor(status, choice);
    if (!pods.length) {
      ctx.stderr.write(`gantry logs: no ${choice} pods for ${target.app} in ${target.namespace}\n`);
      return 1;
    }
    const logs = await readLogs(reader, target.namespace, pods, { tailLines });
    ctx.stdout.write(`${formatLogs(logs)}\n`);
    return logs.every((l) => l.error !== undefined) ? 1 : 0;
  },
};
