import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.js';
import { checkHealth, formatHealth, parseBaseUrl } from '../../ops/health.js';
import { UserError } from '../../shared/errors.js';

export const command: CliCommand = {
  name: 'health-check',
  summary: "Check an app's /health and /ready endpoints (exit 1 unless all answer 2xx)",
  help: `Usage: gantry health-check --url <base-url> [--path /health --path /ready] [--timeout-ms 5000] [--json]

Requests each path under the base URL and prints one line per endpoint. Exits 0 when every
endpoint answers 2xx, 1 otherwise (non-2xx, refused connection or timeout).

Options:
  --url <url>          base URL of the application (required)
  --path <path>        endpoint to check; repeatable (default: /health and /ready)
  --timeout-ms <ms>    per-request timeout (default 5000)
  --json               print the results as JSON
`,
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: {
        url: { type: 'string' },
        path: { type: 'string', multiple: true },
        'timeout-ms': { type: 'string', default: '5000' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    parseBaseUrl(values.url);
    const timeoutMs = Number(values['timeout-ms']);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
      throw new UserError(`--timeout-ms '${values['timeout-ms']}' is not a positive integer.`);
    }
    const results = await checkHealth({
      baseUrl: values.url ?? '',
      paths: values.path?.length ? values.path : ['/health', '/ready'],
      timeoutMs,
    });
    const healthy = results.every((r) => r.ok);
    if (values.json) {
      ctx.stdout.write(`${JSON.stringify({ healthy, endpoints: results }, null, 2)}\n`);
    } else {
      ctx.stdout.write(`${formatHealth(results)}\n`);
      const failed = results.filter((r) => !r.ok).map((r) => r.path);
      if (failed.length) ctx.stderr.write(`gantry health-check: unhealthy: ${failed.join(', ')}\n`);
    }
    return healthy ? 0 : 1;
  },
};
