import { join } from 'node:path';
import { exists, sha256File } from '../shared/fs.js';

/** File names in a plan folder; kept apart from the manifest schema so they load without zod. */
export const MANIFEST_FILE = 'manifest.json';
export const PLAN_FILE = 'tfplan';

/** SHA-256 of the provider lock file, null when the stack has none. */
export async function lockFileSha256(workingDir: string): Promise<string | null> {
  const file = join(workingDir, '.terraform.lock.hcl');
  return (await exists(file)) ? sha256File(file) : null;
}
