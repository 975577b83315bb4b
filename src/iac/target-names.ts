// What a plan target is called: its name in reviews, its id in file and artifact names, and the
// workspace that goes into both.
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { EnvMap } from './tool.js';

/** The workspace terraform will use without a select: TF_WORKSPACE, else the last selected. */
export async function currentWorkspace(
  dir: string,
  env: EnvMap | undefined,
  baseEnv: EnvMap | undefined,
): Promise<string> {
  const fromEnv = env?.TF_WORKSPACE ?? (baseEnv ?? process.env).TF_WORKSPACE;
  if (fromEnv) return fromEnv;
  try {
    return (await readFile(join(dir, '.terraform', 'environment'), 'utf8')).trim() || 'default';
  } catch {
    return 'default';
  }
}

/** `network`, or `network/staging` in a non-default workspace. */
export function defaultTargetName(dir: string, workspace: string): string {
  const name = basename(resolve(dir)) || 'root';
  return workspace && workspace !== 'default' ? `${name}/${workspace}` : name;
}

/** A file- and artifact-safe id for a target name. */
export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'target'
  );
}
