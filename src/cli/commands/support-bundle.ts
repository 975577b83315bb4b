import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.js';
import { writeSupportBundle } from '../../ops/support-bundle.js';
import { parseTarget, readerFor, TARGET_HELP, TARGET_OPTIONS } from '../../ops/target.js';
import { UserError } from '../../shared/errors.js';
import { execProcess } from '../../shared/exec.js';

export const command: CliCommand = {
  name: 'support-bundle',
  summary: 'Write a tar.gz of resources, describe output, logs and events (secrets redacted)',
  help: `Usage: gantry support-bundle --namespace <ns> --app <name> [--out-dir .] [--tail 500]

Writes gantry-support-<app>-<namespace>-<UTC timestamp>.tar.gz with:
  resources/*.yaml   Services, Deployments, Pods, EndpointSlices, ConfigMaps, Secrets
  describe/*.txt     describe-like text per Deployment, Pod and Service, with their events
  logs/<pod>.log     the last lines of every pod of both colors
  events.txt         the app's events, oldest first
  diagnose.txt       the output of gantry diagnose; status.json its JSON
  manifest.json      what is inside, what the cluster would not serve, how it was redacted
Secret data, secret-looking env and ConfigMap values, and credentials in logs and events are
replaced by <redacted> before anything is written. Prints the path of the archive.

Options:
${TARGET_HELP}
  --out-dir <dir>       where to write the archive (default: the current directory)
  --tail <n>            log lines per pod (default 500)
`,
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: {
        ...TARGET_OPTIONS,
        'out-dir': { type: 'string', default: '.' },
        tail: { type: 'string', default: '500' },
      },
      strict: true,
      allowPositionals: false,
    });
    const target = parseTarget(values);
    const tailLines = Number(values.tail);
    if (!Number.isInteger(tailLines) || tailLines <= 0) {
      throw new UserError(`--tail '${values.tail}' is not a positive whole number.`);
    }
    const result = await writeSupportBundle(readerFor(target, ctx.env), execProcess, {
      namespace: target.namespace,
      app: target.app,
      outDir: values['out-dir'] ?? '.',
      tailLines,
      now: new Date(),
    });
    if (result.unavailable.length) {
      ctx.log.warn(
        `the cluster did not serve: ${result.unavailable.join(', ')} (noted in manifest.json)`,
      );
    }
    ctx.log.info(`${result.entries.length} files`);
    ctx.stdout.write(`${result.file}\n`);
    return 0;
  },
};
