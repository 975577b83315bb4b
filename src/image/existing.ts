// Where `latest=highest` learns which releases exist: the registry's tag list, or `git tag`.
import { UserError } from '../shared/errors.js';
import type { Exec } from '../shared/exec.js';
import { gitTags } from './git.js';
import type { RegistryAuth, RegistryClient } from './registry.js';

export const EXISTING_SOURCES = ['registry', 'git', 'none'] as const;
export type ExistingSource = (typeof EXISTING_SOURCES)[number];

export function parseExistingSource(value: string): ExistingSource {
  const v = (value || 'git').trim();
  if (!(EXISTING_SOURCES as readonly string[]).includes(v)) {
    throw new UserError(`existing-tags-from must be registry, git or none, not '${value}'.`, {
      reason: 'invalid-input',
    });
  }
  return v as ExistingSource;
}

export async function existingTags(
  source: ExistingSource,
  images: readonly string[],
  deps: {
    exec: Exec;
    cwd: string;
    registry: RegistryClient;
    auth: (image: string) => RegistryAuth | Promise<RegistryAuth>;
  },
): Promise<string[]> {
  if (source === 'none') return [];
  if (source === 'git') return gitTags(deps.exec, deps.cwd);
  const all = new Set<string>();
  for (const image of images) {
    for (const tag of await deps.registry.listTags(image, await deps.auth(image))) all.add(tag);
  }
  return [...all];
}
