import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../shared/errors.js';
import { exists, sha256File } from '../shared/fs.js';
import { lockFileSha256, MANIFEST_FILE, PLAN_FILE, writeManifest } from './plan-files.js';

export { lockFileSha256, MANIFEST_FILE, PLAN_FILE, writeManifest };

const count = z.number().int().nonnegative();
const sha = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');

export const manifestSchema = z.object({
  manifestVersion: z.literal(1),
  target: z.string().min(1),
  targetId: z.string().min(1),
  tool: z.enum(['terraform', 'tofu']),
  toolVersion: z.string().min(1),
  digest: sha,
  planFile: z.literal(PLAN_FILE),
  planSha256: sha,
  /** Relative to the root the plan was made from (the repository or the CLI's cwd). */
  workingDir: z.string().min(1),
  workspace: z.string().min(1),
  lockFileSha256: sha.nullable(),
  varFiles: z.array(z.string()),
  commitSha: z.string().optional(),
  createdAt: z.string().datetime(),
  counts: z.object({
    add: count,
    change: count,
    destroy: count,
    replace: count,
    import: count,
    move: count,
    forget: count,
    read: count,
    drift: count,
    outputs: count,
    /** Added with terraform 1.14's actions; manifests written before it read as 0. */
    actions: count.default(0),
  }),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** Read and validate `<dir>/manifest.json`; a clear UserError when it is missing or corrupt. */
export async function readManifest(dir: string): Promise<Manifest> {
  const file = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UserError(`No plan manifest at ${file}.`, {
      reason: 'manifest-missing',
      hint: 'Point at the folder `gantry plan` wrote (it holds tfplan and manifest.json).',
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserError(`The plan manifest ${file} is not valid JSON.`, {
      reason: 'manifest-corrupt',
      hint: 'Plan again; do not edit manifest.json by hand.',
    });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'manifest';
    throw new UserError(`The plan manifest ${file} is invalid: ${where}: ${first?.message}.`, {
      reason: 'manifest-corrupt',
      hint: 'Plan again; do not edit manifest.json by hand.',
    });
  }
  return parsed.data;
}

export type VerifyReason =
  | 'plan-missing'
  | 'plan-hash-mismatch'
  | 'tool-mismatch'
  | 'digest-mismatch'
  | 'commit-mismatch'
  | 'lock-file-mismatch';

export type Verification = { ok: true } | { ok: false; reason: VerifyReason; message: string };

/** What the checks may compare against; every field is optional and unchecked when absent. */
export interface VerifyExpectations {
  toolVersion?: string | undefined;
  tool?: 'terraform' | 'tofu' | undefined;
  digest?: string | undefined;
  commitSha?: string | undefined;
  lockFileSha256?: string | null | undefined;
}

interface CheckContext {
  dir: string;
  manifest: Manifest;
  expect: VerifyExpectations;
}

/** One named check: undefined when it passes, else the message. Add checks by adding rows. */
export interface PlanCheck {
  reason: VerifyReason;
  run(ctx: CheckContext): Promise<string | undefined> | string | undefined;
}

export const PLAN_CHECKS: readonly PlanCheck[] = [
  {
    reason: 'plan-missing',
    run: async ({ dir }) =>
      (await exists(join(dir, PLAN_FILE)))
        ? undefined
        : `The plan file ${join(dir, PLAN_FILE)} is missing.`,
  },
  {
    reason: 'plan-hash-mismatch',
    run: async ({ dir, manifest }) => {
      const actual = await sha256File(join(dir, PLAN_FILE));
      return actual === manifest.planSha256
        ? undefined
        : `The plan file's SHA-256 is ${actual.slice(0, 12)}…, the manifest recorded ${manifest.planSha256.slice(0, 12)}…: the plan file was changed after planning.`;
    },
  },
  {
    reason: 'tool-mismatch',
    run: ({ manifest, expect }) => {
      if (expect.tool && expect.tool !== manifest.tool) {
        return `The plan was made with ${manifest.tool}, but ${expect.tool} would apply it.`;
      }
      if (expect.toolVersion && expect.toolVersion !== manifest.toolVersion) {
        return `The plan was made with ${manifest.tool} ${manifest.toolVersion}, but ${expect.toolVersion} would apply it.`;
      }
      return undefined;
    },
  },
  {
    reason: 'digest-mismatch',
    run: ({ manifest, expect }) =>
      expect.digest && expect.digest !== manifest.digest
        ? `The plan digest is ${manifest.digest.slice(0, 12)}…, but ${expect.digest.slice(0, 12)}… was reviewed.`
        : undefined,
  },
  {
    reason: 'commit-mismatch',
    run: ({ manifest, expect }) =>
      expect.commitSha && manifest.commitSha && expect.commitSha !== manifest.commitSha
        ? `The plan was made at commit ${manifest.commitSha.slice(0, 12)}, not ${expect.commitSha.slice(0, 12)}.`
        : undefined,
  },
  {
    reason: 'lock-file-mismatch',
    run: ({ manifest, expect }) =>
      expect.lockFileSha256 !== undefined && expect.lockFileSha256 !== manifest.lockFileSha256
        ? 'The provider lock file (.terraform.lock.hcl) differs from the one the plan was made with.'
        : undefined,
  },
];

/**
 * Check that a plan folder is what was reviewed: the plan file is there and unchanged, and the
 * tool (and anything else given in `expect`) matches the manifest. Stops at the first failure.
 */
export async function verifyPlanDir(
  dir: string,
  expect: VerifyExpectations = {},
  options: { manifest?: Manifest; checks?: readonly PlanCheck[] } = {},
): Promise<Verification> {
  const manifest = options.manifest ?? (await readManifest(dir));
  for (const check of options.checks ?? PLAN_CHECKS) {
    const message = await check.run({ dir, manifest, expect });
    if (message !== undefined) return { ok: false, reason: check.reason, message };
  }
  return { ok: true };
}

/**
 * The workflow artifact that carries a target's plan folder from the plan job to the apply job
 * of the same run: one name, used by both sides.
 */
export function planArtifactName(targetId: string): string {
  return `gantry-plan-${targetId}`;
}
