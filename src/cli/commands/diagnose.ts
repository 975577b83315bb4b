import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.js';
import { formatDiagnosis } from '../../ops/format-status.js';
import { collectStatus } from '../../ops/status.js';
import { parseTarget, readerFor, TARGET_HELP, TARGET_OPTIONS } from '../../ops/target.js';
import { UserError } from '../../shared/errors.js';

export const command: CliCommand = {
  name: 'diagnose',
  summary: 'Status plus pod readiness, recent warning events and findings, for an incident',
  help: `Usage: gantry diagnose --namespace <ns> --app <name> [--events 20] [--json]

Everything \`gantry status\` shows, plus every pod of both colors (phase, readiness, restarts,
waiting reason), the most recent warning events of the app's objects, and a list of problems in
plain words (active color not fully ready, no known-good previous color, crash loops, …).
Read-only; exits 0 unless --strict is given and a problem is found (then 2).

Options:
${TARGET_HELP}
  --events <n>          how many recent warning events to show (default 20)
  --json                print the diagnosis as JSON (the status shape, schemaVersion 1)
  --strict              exit 2 when a problem is found (for scripts and alerts)
`,
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: {
        ...TARGET_OPTIONS,
        events: { type: 'string', default: '20' },
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    const target = parseTarget(values);
    const maxEvents = Number(values.events);
    if (!Number.isInteger(maxEvents) || maxEvents < 0) {
      throw new UserError(`--events '${values.events}' is not a whole number.`);
    }
    const status = await collectStatus(readerFor(target, ctx.env), { ...target, maxEvents });
    ctx.stdout.write(
      values.json ? `${JSON.stringify(status, null, 2)}\n` : `${formatDiagnosis(status)}\n`,
    );
    return values.strict && !status.healthy ? 2 : 0;
  },
};
