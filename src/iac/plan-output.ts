import { writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Logger } from '../shared/log.js';
import type { Manifest } from './manifest.js';
import { PLAN_FILE, writeManifest } from './plan-files.js';
import type { PlanModel } from './plan-model.js';
import { parseDiagnostics, type Diagnostic } from './diagnostics.js';
import { renderFailure, renderReview } from './render.js';
import { describeRun, outputTail, type ToolRunResult } from './run-tool.js';
import type { PlanOutcome, PlanTargetOptions } from './plan-run.js';
import type { ToolName } from './tool.js';

export type PlanPhase = 'init' | 'workspace' | 'plan' | 'show';

export interface PlanFailure {
  phase: PlanPhase;
  /** `timeout`, `cancelled`, `spawn-failed` or `<phase>-failed`. */
  reason: string;
  message: string;
}

/**
 * Diagnostics from terraform's `-json` output, file paths made relative to `root` (the
 * repository, for annotations) — or to the working dir when it lies outside `root`.
 */
export function collectDiagnostics(jsonText: string, dir: string, root: string): Diagnostic[] {
  const base = relative(root, dir).startsWith('..') ? dir : root;
  return parseDiagnostics(jsonText).map((d) =>
    d.file
      ? { ...d, file: relativePath(base, isAbsolute(d.file) ? d.file : join(dir, d.file)) }
      : d,
  );
}

export function relativePath(root: string, path: string): string {
  const rel = relative(root, resolve(path));
  return rel === '' ? '.' : rel;
}

export function failureFrom(phase: PlanPhase, result: ToolRunResult): PlanFailure {
  const reason = result.stopped ?? (result.spawnError ? 'spawn-failed' : `${phase}-failed`);
  return { phase, reason, message: `${phase} failed: ${describeRun(result)}` };
}

interface Base {
  dir: string;
  root: string;
  outDir: string;
  target: string;
  targetId: string;
  tool: ToolName;
  toolVersion: string;
  options: PlanTargetOptions;
  log: Logger;
}

export function writeFailure(
  input: Base & { failure: PlanFailure; diagnostics: Diagnostic[]; result: ToolRunResult },
): PlanOutcome {
  const { failure, diagnostics } = input;
  annotate(input.log, diagnostics);
  const render = (form: 'comment' | 'summary'): string =>
    renderFailure({
      target: input.target,
      tool: input.tool,
      phase: failure.phase,
      toolVersion: input.toolVersion,
      diagnostics,
      outputTail: outputTail(input.result.output, form === 'comment' ? 40 : 400),
      form,
      ...(input.options.marker ? { marker: input.options.marker } : {}),
      ...(input.options.runUrl ? { runUrl: input.options.runUrl } : {}),
      ...(input.options.commitSha ? { headSha: input.options.commitSha } : {}),
    });
  const comment = render('comment');
  const summary = render('summary');
  const files = writeTexts(input.outDir, { 'comment.md': comment, 'summary.md': summary });
  input.log.error(`${input.target}: ${failure.message}`);
  return {
    status: 'failed',
    exitCode: 1,
    target: input.target,
    targetId: input.targetId,
    outDir: input.outDir,
    files,
    comment,
    summary,
    diagnostics,
    failure,
    tool: input.tool,
    toolVersion: input.toolVersion,
    ...(input.result.stopped ? { stopped: input.result.stopped } : {}),
    ...(input.result.escalation ? { escalation: input.result.escalation } : {}),
  };
}

export function writeSuccess(
  input: Base & {
    model: PlanModel;
    digest: string;
    planJson: string;
    planSha256: string;
    lockFileSha256: string | null;
    workspace: string;
    diagnostics: Diagnostic[];
    createdAt: string;
  },
): PlanOutcome {
  const { model, options } = input;
  annotate(input.log, input.diagnostics);
  const manifest: Manifest = {
    manifestVersion: 1,
    target: input.target,
    targetId: input.targetId,
    tool: input.tool,
    toolVersion: input.toolVersion,
    digest: input.digest,
    planFile: PLAN_FILE,
    planSha256: input.planSha256,
    workingDir: relativePath(input.root, input.dir),
    workspace: input.workspace,
    lockFileSha256: input.lockFileSha256,
    varFiles: [...(options.varFiles ?? [])],
    ...(options.commitSha ? { commitSha: options.commitSha } : {}),
    createdAt: input.createdAt,
    counts: { ...model.counts },
  };
  const render = (form: 'comment' | 'summary'): string =>
    renderReview(model, {
      form,
      target: input.target,
      tool: input.tool,
      toolVersion: input.toolVersion,
      digest: input.digest,
      ...(options.runUrl ? { runUrl: options.runUrl } : {}),
      ...(options.commitSha ? { headSha: options.commitSha } : {}),
      ...(options.marker ? { marker: options.marker } : {}),
      ...(input.diagnostics.length ? { diagnostics: input.diagnostics } : {}),
    });
  const comment = render('comment');
  const summary = render('summary');
  const manifestFile = writeManifest(input.outDir, manifest);
  const texts = writeTexts(input.outDir, {
    'plan.json': input.planJson,
    'comment.md': comment,
    'summary.md': summary,
  });
  const status = model.hasChanges ? 'changes' : 'no-changes';
  input.log.info(
    `${input.target}: ${status === 'changes' ? 'changes planned' : 'no changes'} (digest ${input.digest.slice(0, 12)}).`,
  );
  return {
    status,
    exitCode: status === 'changes' ? 2 : 0,
    target: input.target,
    targetId: input.targetId,
    model,
    digest: input.digest,
    manifest,
    outDir: input.outDir,
    files: [join(input.outDir, PLAN_FILE), manifestFile, ...texts],
    comment,
    summary,
    diagnostics: input.diagnostics,
    tool: input.tool,
    toolVersion: input.toolVersion,
  };
}

/** Write the files at once: a few small files, faster without the thread pool's round trips. */
function writeTexts(dir: string, files: Record<string, string>): string[] {
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}

/** Each diagnostic as a log error/warning with its place (annotations in GitHub Actions). */
export function annotate(log: Logger, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const annotation = d.file
      ? {
          file: d.file,
          ...(d.line ? { startLine: d.line } : {}),
          ...(d.endLine ? { endLine: d.endLine } : {}),
          ...(d.column ? { startColumn: d.column } : {}),
          ...(d.endColumn ? { endColumn: d.endColumn } : {}),
          title: d.summary,
        }
      : { title: d.summary };
    const text = d.detail ? `${d.summary}: ${d.detail}` : d.summary;
    if (d.severity === 'error') log.error(text, annotation);
    else log.warn(text, annotation);
  }
}
