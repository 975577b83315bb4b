import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.js';
import { UserError } from '../../shared/errors.js';
import { planDigest } from '../../iac/digest.js';
import { parsePlan } from '../../iac/plan-model.js';
import { renderReview } from '../../iac/render.js';

const help = `Usage: gantry render <plan.json> [options]

Prints the review of a \`terraform show -json <planfile>\` (or \`tofu show -json\`) document.
Needs no terraform. Sensitive values are never printed.

Options:
  --format <f>    comment (default: the PR comment, ≤ 65,536 characters),
                  summary (the job summary, ≤ 1 MiB) or json (the plan model with counts)
  --target <name> the name shown in the header (default: the file's folder name)
  --tool <t>      terraform (default) or tofu
`;

const FORMATS = ['comment', 'summary', 'json'] as const;
const TOOLS = ['terraform', 'tofu'] as const;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`--${name} must be one of ${allowed.join(', ')}, not '${value}'.`);
}

async function readPlanJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UserError(
      code === 'ENOENT' ? 'no such file.' : `cannot read it (${code ?? 'error'}).`,
      { hint: 'Pass the output of `terraform show -json <planfile>`.' },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UserError('not JSON.', {
      hint: 'Pass the output of `terraform show -json <planfile>` (not the binary plan file).',
    });
  }
}

export const command: CliCommand = {
  name: 'render',
  summary: 'Print the review (PR comment, job summary or model) of a plan JSON document',
  help,
  async run(ctx) {
    const { values, positionals } = parseArgs({
      args: ctx.argv,
      strict: true,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'comment' },
        target: { type: 'string' },
        tool: { type: 'string', default: 'terraform' },
      },
    });
    if (positionals.length !== 1) {
      throw new UserError('expected exactly one argument: the plan JSON file.', {
        hint: 'Usage: gantry render <plan.json> [--format comment|summary|json].',
      });
    }
    const format = oneOf('format', values.format, FORMATS);
    const tool = oneOf('tool', values.tool, TOOLS);
    const file = positionals[0] as string;
    const path = resolve(ctx.cwd, file);
    let model;
    try {
      model = parsePlan(await readPlanJson(path));
    } catch (error) {
      if (error instanceof UserError)
        throw new UserError(`${file}: ${error.message}`, { hint: error.hint });
      throw error;
    }
    if (format === 'json') {
      ctx.stdout.write(`${JSON.stringify({ ...model, digest: planDigest(model) }, null, 2)}\n`);
      return 0;
    }
    const target = values.target ?? (path.split(/[\\/]/).slice(-2, -1)[0] || 'plan');
    ctx.stdout.write(
      renderReview(model, { form: format, target, tool, digest: planDigest(model) }),
    );
    return 0;
  },
};
