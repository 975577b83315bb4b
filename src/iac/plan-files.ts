import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exists, sha256File } from '../shared/fs.js';
import type { Manifest } from './manifest.js';

/**
 * File names in a plan folder and the manifest's writer, kept apart from the manifest schema
 * (zod) so `gantry plan` never loads it.
 */
export const MANIFEST_FILE = 'manifest.json';
export const PLAN_FILE = 'tfplan';

/** SHA-256 of the provider lock file, null when the stack has none. */
export async function lockFileSha256(workingDir: string): Promise<string | null> {
  const file = join(workingDir, '.terraform.lock.hcl');
  return (await exists(file)) ? sha256File(file) : null;
}

/** Write `<dir>/manifest.json`; the type shapes it here, readManifest validates it on the way in. */
export function writeManifest(dir: string, manifest: Manifest): string {
  const file = join(dir, MANIFEST_FILE);
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}
