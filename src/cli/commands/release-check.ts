import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.js';
import { checkReleaseTag } from '../../ops/release-tag.js';

export const command: CliCommand = {
  name: 'release-check',
  summary: 'Refuse anything but a release tag vX.Y.Z (the production deploy gate)',
  help: `Usage: gantry release-check --tag <vX.Y.Z>

Exits 0 when the tag is a semantic version release tag (v1.2.3; refs/tags/v1.2.3 is accepted too),
else prints why and exits 1. Pre-release tags (v1.2.3-rc.1), 1.2 and latest are refused.

Options:
  --tag <tag>   the tag to check (required)
`,
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: { tag: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    const tag = checkReleaseTag(values.tag);
    ctx.stdout.write(`${tag} is a release tag\n`);
    return 0;
  },
};
