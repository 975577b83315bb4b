import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.js';
import { UserError } from '../../shared/errors.js';
import { execProcess } from '../../shared/exec.js';
import { buildRefContext } from '../../image/context.js';
import { gitCommitDate, gitTags } from '../../image/git.js';
import { shortShaLengthFrom } from '../../image/expressions.js';
import { computeMetadata } from '../../image/metadata.js';
import { inputLines } from '../../image/rules.js';

const help = `Usage: gantry tags --ref <ref> [options]

Prints the image tags docker/metadata-action's grammar gives for a git ref, one per line.

Options:
  --ref <ref>              refs/heads/<b>, refs/tags/<t> or refs/pull/<n>/merge (default $GITHUB_REF)
  --sha <sha>              commit (default $GITHUB_SHA, else git rev-parse HEAD)
  --event <name>           event name: push, pull_request, schedule, … (default push)
  --event-path <file>      webhook payload JSON (default $GITHUB_EVENT_PATH when set)
  --default-branch <name>  the repository's default branch (else the payload's)
  --images <lines>         image names, one per line (repeatable)
  --tags <lines>           tag rules, one per line (metadata-action grammar; default set when empty)
  --flavor <lines>         flavor lines: latest=auto|true|false|highest, prefix=, suffix=
  --labels <lines>         extra labels key=value (shown with --json)
  --existing-tags <list>   releases that exist already (comma or newline list) for latest=highest;
                           'git' reads git tag --list
  --commit-date <iso>      commit time (default: payload, else git log -1 --format=%cI <sha>)
  --pr-head-sha            use the PR head commit, not the merge commit, on pull_request events
  --allow-no-version       do not fail when a git tag yields no version tag
  --json                   print {version, tags, tag-names, labels, annotations} as JSON
`;

export const command: CliCommand = {
  name: 'tags',
  summary: 'Compute image tags and labels from a git ref (metadata-action grammar)',
  help,
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      strict: true,
      options: {
        ref: { type: 'string' },
        sha: { type: 'string' },
        event: { type: 'string' },
        'event-path': { type: 'string' },
        'default-branch': { type: 'string' },
        images: { type: 'string', multiple: true },
        tags: { type: 'string', multiple: true },
        flavor: { type: 'string', multiple: true },
        labels: { type: 'string', multiple: true },
        'existing-tags': { type: 'string' },
        'commit-date': { type: 'string' },
        'pr-head-sha': { type: 'boolean' },
        'allow-no-version': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
    const ref = values.ref ?? ctx.env.GITHUB_REF;
    if (!ref) throw new UserError('--ref is required (e.g. --ref refs/tags/v1.2.3).');
    let sha = values.sha ?? ctx.env.GITHUB_SHA ?? '';
    if (!sha) {
      const r = await execProcess({ command: 'git', args: ['rev-parse', 'HEAD'], cwd: ctx.cwd });
      sha = r.exitCode === 0 ? r.stdout.trim() : '';
    }
    const eventPath = values['event-path'] ?? ctx.env.GITHUB_EVENT_PATH;
    let payload: unknown = {};
    if (eventPath) {
      try {
        payload = JSON.parse(await readFile(eventPath, 'utf8'));
      } catch (error) {
        throw new UserError(
          `Cannot read the event payload ${eventPath}: ${(error as Error).message}.`,
        );
      }
    }
    let commitDate: Date | undefined;
    if (values['commit-date']) {
      commitDate = new Date(values['commit-date']);
      if (Number.isNaN(commitDate.getTime())) {
        throw new UserError(
          `--commit-date '${values['commit-date']}' is not a date (use ISO 8601).`,
        );
      }
    }
    const refCtx = buildRefContext({
      eventName: values.event ?? ctx.env.GITHUB_EVENT_NAME ?? 'push',
      ref,
      sha,
      payload,
      prHeadSha: values['pr-head-sha'] ?? /true/i.test(ctx.env.DOCKER_METADATA_PR_HEAD_SHA ?? ''),
      defaultBranch: values['default-branch'],
      commitDate,
    });
    if (!refCtx.commitDate && sha)
      refCtx.commitDate = await gitCommitDate(execProcess, ctx.cwd, sha);
    const lines = (list: string[] | undefined): string[] => (list ?? []).flatMap(inputLines);
    const existingArg = values['existing-tags'];
    const existingTags =
      existingArg === 'git'
        ? await gitTags(execProcess, ctx.cwd)
        : (existingArg ?? '')
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter(Boolean);
    const meta = computeMetadata(
      {
        images: lines(values.images),
        tags: lines(values.tags),
        flavor: lines(values.flavor),
        labels: lines(values.labels),
        annotations: [],
        requireVersion: !values['allow-no-version'],
      },
      refCtx,
      {
        now: new Date(),
        shortShaLength: shortShaLengthFrom(ctx.env.DOCKER_METADATA_SHORT_SHA_LENGTH),
        existingTags,
      },
    );
    for (const w of meta.warnings) ctx.log.warn(w);
    if (values.json)
      ctx.stdout.write(`${JSON.stringify({ version: meta.version, ...meta.json }, null, 2)}\n`);
    else if (meta.tags.length) ctx.stdout.write(`${meta.tags.join('\n')}\n`);
    return 0;
  },
};
