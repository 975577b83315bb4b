import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { exists } from '../shared/fs.js';
import { MANIFEST_FILE, planArtifactName } from '../iac/manifest.js';
import { ApplyRefused } from './reasons.js';

/** Downloads a workflow artifact of this run by name; false when there is none by that name. */
export interface ArtifactPort {
  download(name: string, into: string): Promise<boolean>;
}

export interface PlanSourceInput {
  planDir?: string | undefined;
  artifactName?: string | undefined;
  targetId?: string | undefined;
  /** Where to download to (under RUNNER_TEMP). */
  downloadDir: string;
}

/**
 * Where the plan folder is: `plan-dir` when given (a step already downloaded it), else the
 * run's artifact (by name, default from the target) downloaded now. The folder is the one
 * holding manifest.json, at the top or one level down.
 */
export async function locatePlanDir(
  input: PlanSourceInput,
  artifacts: ArtifactPort,
): Promise<string> {
  let root: string;
  if (input.planDir) {
    root = input.planDir;
  } else {
    const name = input.artifactName || (input.targetId ? planArtifactName(input.targetId) : '');
    if (!name) {
      throw new ApplyRefused(
        'plan-missing',
        'No plan to apply: set plan-dir, artifact-name or target-name.',
      );
    }
    if (!(await artifacts.download(name, input.downloadDir))) {
      throw new ApplyRefused('plan-missing', `This run has no artifact named '${name}'.`);
    }
    root = input.downloadDir;
  }
  if (await exists(join(root, MANIFEST_FILE))) return root;
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isDirectory() && (await exists(join(root, entry.name, MANIFEST_FILE)))) {
      return join(root, entry.name);
    }
  }
  throw new ApplyRefused('plan-missing', `No plan manifest (${MANIFEST_FILE}) in ${root}.`);
}
