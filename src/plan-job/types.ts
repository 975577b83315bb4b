import type { CommentMode, PublishResult } from '../github/comments.js';
import type { GitHubPort } from '../github/client.js';
import type { RunContext } from '../github/context.js';
import type { SummaryPort } from '../github/summary.js';
import type { ToolCache } from '../iac/install.js';
import type { PlanOutcome } from '../iac/plan-run.js';
import type { ToolOption } from '../iac/tool.js';
import type { Exec } from '../shared/exec.js';
import type { Logger } from '../shared/log.js';

/** The plan action's inputs, checked and typed (src/actions/plan/inputs.ts builds them). */
export interface PlanJobInputs {
  workingDirectory: string;
  tool: ToolOption;
  toolVersion: string;
  workspace: string;
  varFiles: string[];
  variables: Record<string, string>;
  backendConfig: string[];
  initArgs: string;
  planArgs: string;
  targetName: string;
  comment: CommentMode;
  githubToken: string;
  uploadPlan: boolean;
}

/** Uploads the plan folder as a workflow artifact of this run. */
export interface ArtifactUploader {
  /** Undefined when the runner offers no artifact service (then nothing is uploaded). */
  upload(name: string, files: string[], rootDir: string): Promise<{ id?: number; size?: number }>;
}

export interface PlanJobPorts {
  exec: Exec;
  log: Logger;
  context: RunContext;
  github: (token: string) => GitHubPort;
  summary: SummaryPort;
  toolCache: ToolCache;
  /** Put a directory on PATH for this and later steps. */
  addPath: (dir: string) => void;
  /** Absent when the artifact service is not available (e.g. outside GitHub Actions). */
  artifacts?: ArtifactUploader | undefined;
  /** The repository checkout (GITHUB_WORKSPACE): relative paths and annotations start here. */
  workspaceRoot: string;
  /** Where plan folders go (RUNNER_TEMP). */
  tempDir: string;
  env: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal | undefined;
}

export interface PlanJobResult {
  outcome: PlanOutcome;
  comment: PublishResult;
  /** The artifact name when uploaded. */
  artifactName?: string;
}
