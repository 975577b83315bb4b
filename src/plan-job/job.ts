/**
 * The plan job, as the plan action runs it on a pull request:
 *  1. check    — inputs, directory, var files, the event (before any tool runs)
 *  2. install  — the tool version the directory asks for (tool cache, checksum verified)
 *  3. plan     — init, workspace, plan, show -json, model, digest (src/iac/plan-run.ts)
 *  4. render   — the comment with its marker (target, digest, head SHA, status)
 *  5. summary  — the full review in the job summary, always
 *  6. comment  — the living comment (update / changes-only / new / off); never fails the job
 *  7. upload   — plan file, plan JSON and manifest as one artifact named from the target
 */
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { publishComment, type PublishResult } from '../github/comments.js';
import { formatMarker } from '../github/marker.js';
import { writeSummary } from '../github/summary.js';
import { planArtifactName } from '../iac/manifest.js';
import { planTarget, type PlanOutcome } from '../iac/plan-run.js';
import { slug } from '../iac/target-names.js';
import { checkBeforeRun } from './check.js';
import { prepareTool } from './tool-step.js';
import type { PlanJobInputs, PlanJobPorts, PlanJobResult } from './types.js';

/** `examples/stacks/network`, plus `/staging` in a non-default workspace; the repo name for `.`. */
export function defaultTarget(
  workspaceRoot: string,
  dir: string,
  workspace: string,
  repo: string,
): string {
  const path = relative(workspaceRoot, dir).split('\\').join('/') || repo;
  return workspace && workspace !== 'default' ? `${path}/${workspace}` : path;
}

// Reserved in the rendered comment, then replaced by the real marker once the digest and status
// are known. As long as the longest real marker, so the size the renderer fitted stays right.
function placeholderFor(tool: string, target: string, sha: string): string {
  const longest = formatMarker({ tool, target, digest: 'f'.repeat(64), sha, status: 'no-changes' });
  return `<!-- gantry:pending ${'x'.repeat(Math.max(0, longest.length - 25))} -->`;
}

export async function runPlanJob(
  inputs: PlanJobInputs,
  ports: PlanJobPorts,
): Promise<PlanJobResult> {
  const { log, context } = ports;
  // 1. check
  const dir = await checkBeforeRun(inputs, context, ports.workspaceRoot);
  const target =
    inputs.targetName || defaultTarget(ports.workspaceRoot, dir, inputs.workspace, context.repo);
  const targetId = slug(target);

  // 2. install
  const tool = await log.group('install', () =>
    prepareTool(
      { dir, tool: inputs.tool, toolVersion: inputs.toolVersion, env: ports.env },
      { exec: ports.exec, log, cache: ports.toolCache, addPath: ports.addPath },
    ),
  );

  // 3. plan (planTarget groups init and plan itself)
  const placeholder = placeholderFor(tool.tool, target, context.sha);
  const outcome = await planTarget(
    {
      dir,
      out: join(resolve(ports.tempDir), 'gantry-plan', targetId),
      root: ports.workspaceRoot,
      tool: tool.tool,
      bin: tool.bin,
      baseEnv: ports.env,
      varFiles: inputs.varFiles,
      vars: inputs.variables,
      backendConfig: inputs.backendConfig,
      initArgs: inputs.initArgs,
      planArgs: inputs.planArgs,
      workspace: inputs.workspace || undefined,
      targetName: target,
      commitSha: context.sha,
      marker: placeholder,
      runUrl: context.runUrl,
    },
    { exec: ports.exec, log, signal: ports.signal },
  );

  // 4. render: the real marker in the comment; none in the summary
  const { comment, summary } = await log.group('render', async () => {
    const marker = formatMarker({
      tool: outcome.tool,
      target,
      ...(outcome.digest ? { digest: outcome.digest } : {}),
      sha: context.sha,
      status: outcome.status,
    });
    log.info(
      `${target}: ${outcome.model?.summaryLine ?? outcome.failure?.message ?? outcome.status}`,
    );
    const texts = {
      comment: outcome.comment.replace(placeholder, marker),
      summary: outcome.summary.replace(placeholder, '').replace(/^\s+/, ''),
    };
    await rewrite(outcome, texts);
    return texts;
  });

  // 5. summary, always
  await writeSummary(ports.summary, summary);

  // 6. comment
  const published = await log.group('comment', () =>
    postComment(inputs, ports, target, outcome, comment),
  );

  // 7. upload
  const artifactName = await upload(inputs, ports, outcome, targetId);
  return { outcome, comment: published, ...(artifactName ? { artifactName } : {}) };
}

/** Keep comment.md and summary.md in the plan folder equal to what was posted. */
async function rewrite(outcome: PlanOutcome, texts: { comment: string; summary: string }) {
  for (const [name, text] of [
    ['comment.md', texts.comment],
    ['summary.md', texts.summary],
  ] as const) {
    const file = join(outcome.outDir, name);
    if (outcome.files.includes(file)) await writeFile(file, text);
  }
}

async function postComment(
  inputs: PlanJobInputs,
  ports: PlanJobPorts,
  target: string,
  outcome: PlanOutcome,
  body: string,
): Promise<PublishResult> {
  const pr = ports.context.pullRequest;
  if (inputs.comment === 'off' || !pr) {
    ports.log.info('Commenting is off (comment: off); the plan is in the job summary.');
    return { outcome: 'skipped', message: 'Commenting is off.', minimized: 0, warnings: [] };
  }
  const result = await publishComment(ports.github(inputs.githubToken), {
    repo: { owner: ports.context.owner, repo: ports.context.repo },
    issue: pr.number,
    target,
    mode: inputs.comment,
    body,
    // A failed plan is news for the reviewer too: changes-only still posts it.
    hasChanges: outcome.status !== 'no-changes',
  });
  if (result.outcome === 'forbidden' || result.outcome === 'failed') ports.log.warn(result.message);
  else ports.log.info(result.message);
  for (const warning of result.warnings) ports.log.warn(warning);
  return result;
}

async function upload(
  inputs: PlanJobInputs,
  ports: PlanJobPorts,
  outcome: PlanOutcome,
  targetId: string,
): Promise<string | undefined> {
  if (!inputs.uploadPlan || outcome.status === 'failed') return undefined;
  const name = planArtifactName(targetId);
  if (!ports.artifacts) {
    ports.log.warn(
      `upload-plan: the runner offers no artifact service (ACTIONS_RUNTIME_TOKEN is not set), so '${name}' was not uploaded. The plan folder is ${outcome.outDir}.`,
    );
    return undefined;
  }
  const artifacts = ports.artifacts;
  return ports.log.group('upload', async () => {
    const result = await artifacts.upload(name, outcome.files, outcome.outDir);
    ports.log.info(
      `Uploaded artifact ${name} (${outcome.files.length} files${result.size ? `, ${result.size} bytes` : ''}).`,
    );
    return name;
  });
}
