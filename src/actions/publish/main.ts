// The edge of the publish action: read inputs and the event, build the ports, compute the tags,
// build and push, set outputs. The one try/catch that fails the action lives here.
import * as core from '@actions/core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeError, isUserError, UserError } from '../../shared/errors.js';
import { execProcess } from '../../shared/exec.js';
import { buildRefContext } from '../../image/context.js';
import { apiCommitDate } from '../../image/commit-date.js';
import { apiRepository, completeRepository } from '../../image/repository-info.js';
import { authFiles, storedCredentials } from '../../image/credentials.js';
import { existingTags } from '../../image/existing.js';
import { shortShaLengthFrom } from '../../image/expressions.js';
import { gitCommitDate } from '../../image/git.js';
import { parseImages } from '../../image/images.js';
import { computeMetadata } from '../../image/metadata.js';
import { publish } from '../../image/publish.js';
import { createRegistryClient, parseImageRef, type RegistryAuth } from '../../image/registry.js';
import { parseFlavor } from '../../image/rules.js';
import { getInputs } from './inputs.js';
import { actionsLogger } from '../actions-logger.js';

async function readEvent(path: string | undefined): Promise<unknown> {
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new UserError(`Cannot read the event payload ${path}: ${(error as Error).message}.`, {
      reason: 'invalid-event',
    });
  }
}

const imageNames = (lines: readonly string[]): string[] =>
  parseImages(lines)
    .filter((i) => i.enable)
    .map((i) => i.name);

export async function run(): Promise<void> {
  const log = actionsLogger();
  const env = process.env;
  let workDir: string | undefined;
  try {
    // 1. Inputs and event context.
    const inputs = getInputs();
    const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
    const ctx = buildRefContext({
      eventName: env.GITHUB_EVENT_NAME ?? '',
      ref: env.GITHUB_REF ?? '',
      sha: env.GITHUB_SHA ?? '',
      payload: await readEvent(env.GITHUB_EVENT_PATH),
      prHeadSha: inputs.prHeadSha || /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? ''),
    });
    const missingRepository = await completeRepository(ctx, () =>
      apiRepository({
        apiUrl: env.GITHUB_API_URL,
        repo: env.GITHUB_REPOSITORY,
        token: inputs.githubToken,
      }),
    );
    if (missingRepository) log.warn(missingRepository);
    // 2. Commit time for `created`: the payload, else git, else the API.
    ctx.commitDate ??=
      (await gitCommitDate(execProcess, cwd, ctx.sha)) ??
      (await apiCommitDate({
        apiUrl: env.GITHUB_API_URL,
        repo: env.GITHUB_REPOSITORY,
        sha: ctx.sha,
        token: inputs.githubToken,
      }));
    if (!ctx.commitDate) log.warn('Commit date unknown: the created label uses the current time.');

    // 3. Existing releases, only for latest=highest.
    const registry = createRegistryClient();
    const auth = async (image: string): Promise<RegistryAuth> => {
      const host = parseImageRef(image).registry;
      const given = inputs.username && (!inputs.registry || host === inputs.registry);
      const creds = given
        ? { username: inputs.username, password: inputs.password }
        : await storedCredentials(host, authFiles(process.env));
      return { insecure: !inputs.tlsVerify, ...creds };
    };
    const highest = parseFlavor(inputs.flavor).latest === 'highest';
    const existing = highest
      ? await existingTags(inputs.existingTagsFrom, imageNames(inputs.images), {
          exec: execProcess,
          cwd,
          registry,
          auth,
        })
      : [];

    // 4. Tags, labels, annotations.
    const meta = computeMetadata(inputs, ctx, {
      now: new Date(),
      shortShaLength: shortShaLengthFrom(env.DOCKER_METADATA_SHORT_SHA_LENGTH),
      existingTags: existing,
    });
    meta.warnings.forEach((w) => log.warn(w));
    core.setOutput('version', meta.version);
    core.setOutput('tags', meta.tags.join('\n'));
    core.setOutput('labels', meta.labels.join('\n'));
    core.setOutput('annotations', meta.annotations.join('\n'));
    core.setOutput('json', JSON.stringify(meta.json));
    await log.group('Tags', async () => meta.tags.forEach((t) => log.info(t)));

    // 5. Build and push.
    workDir = await mkdtemp(join(tmpdir(), 'gantry-publish-'));
    const storage = inputs.storage;
    const result = await publish(
      {
        builder: inputs.builder,
        spec: {
          context: inputs.context,
          file: inputs.file || undefined,
          buildArgs: inputs.buildArgs,
          target: inputs.target || undefined,
          platforms: inputs.platforms,
          cacheFrom: inputs.cacheFrom,
          cacheTo: inputs.cacheTo,
          labels: meta.labels,
          annotations: meta.annotations,
          tags: meta.tags,
          push: inputs.push,
          tlsVerify: inputs.tlsVerify,
          storage: {
            driver: storage.driver || undefined,
            root: storage.root || undefined,
            runroot: storage.runroot || undefined,
            isolation: storage.isolation || undefined,
          },
        },
        login: inputs.username
          ? {
              registry: inputs.registry || undefined,
              username: inputs.username,
              password: inputs.password,
            }
          : undefined,
        workDir,
      },
      {
        exec: execProcess,
        log,
        registry,
        credentials: (host) => storedCredentials(host, authFiles(process.env)),
      },
    );
    // 6. Outputs: deploy by digest.
    core.setOutput('digest', result.digest ?? '');
    core.setOutput('image', result.image ?? '');
    core.setOutput('metadata', JSON.stringify({ ...result.metadata, version: meta.version }));
  } catch (error) {
    if (isUserError(error)) core.setOutput('failure-reason', error.reason ?? 'user-error');
    core.setFailed(describeError(error));
  } finally {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }
}
