import {
  PLAN_CHECKS,
  type Manifest,
  type VerifyExpectations,
  type VerifyReason,
} from '../iac/manifest.js';
import { parsePlan, type PlanModel } from '../iac/plan-model.js';
import { planDigest } from '../iac/digest.js';
import { ApplyRefused, type FailureReason } from './reasons.js';

/**
 * The apply gate: a table of checks over the plan folder and what the run knows now. Each row
 * has a name (for the summary), the failure reason it refuses with, and a check that returns
 * undefined when it passes or the message saying what differs. Nothing here changes anything.
 */
export interface GateExpectations extends VerifyExpectations {
  /** The target id the job asked for (slug of target-name); unchecked when absent. */
  targetId?: string | undefined;
}

export interface GateContext {
  dir: string;
  manifest: Manifest;
  expect: GateExpectations;
}

export interface GateCheck {
  name: string;
  reason: FailureReason;
  run(ctx: GateContext): Promise<string | undefined> | string | undefined;
}

/** The engine's manifest checks, renamed to the apply action's failure reasons. */
const VERIFY_TO_FAILURE: Record<VerifyReason, { name: string; reason: FailureReason }> = {
  'plan-missing': { name: 'plan file present', reason: 'plan-missing' },
  'plan-hash-mismatch': { name: 'plan file SHA-256', reason: 'digest-mismatch' },
  'tool-mismatch': { name: 'tool and version', reason: 'tool-mismatch' },
  'digest-mismatch': { name: 'expected digest', reason: 'digest-mismatch' },
  'commit-mismatch': { name: 'commit', reason: 'commit-mismatch' },
  'lock-file-mismatch': { name: 'provider lock file', reason: 'tool-mismatch' },
};

const engineRows: GateCheck[] = PLAN_CHECKS.map((row) => ({
  ...VERIFY_TO_FAILURE[row.reason],
  run: (ctx: GateContext) => row.run(ctx),
}));

const targetRow: GateCheck = {
  name: 'target',
  reason: 'plan-missing',
  run: ({ manifest, expect }) =>
    expect.targetId && expect.targetId !== manifest.targetId
      ? `The plan folder holds the plan of target '${manifest.targetId}', not '${expect.targetId}'.`
      : undefined,
};

/** The manifest must name the commit when the run knows its own (the engine skips it then). */
const commitKnownRow: GateCheck = {
  name: 'commit recorded',
  reason: 'commit-mismatch',
  run: ({ manifest, expect }) =>
    expect.commitSha && !manifest.commitSha
      ? `The plan manifest records no commit, so it cannot be tied to ${expect.commitSha.slice(0, 12)}.`
      : undefined,
};

export const GATE_CHECKS: readonly GateCheck[] = [
  engineRows[0] as GateCheck,
  targetRow,
  ...engineRows.slice(1),
  commitKnownRow,
];

export interface GateRow {
  name: string;
  ok: boolean;
}

/**
 * Run the checks in order; the first failure throws ApplyRefused with its reason. Returns the
 * rows that passed (for the summary).
 */
export async function runGate(
  ctx: GateContext,
  checks: readonly GateCheck[] = GATE_CHECKS,
): Promise<GateRow[]> {
  const rows: GateRow[] = [];
  for (const check of checks) {
    const message = await check.run(ctx);
    if (message !== undefined) throw new ApplyRefused(check.reason, message);
    rows.push({ name: check.name, ok: true });
  }
  return rows;
}

/**
 * The model and digest of the plan file itself (`show -json` of tfplan): what will be applied.
 * The artifact's plan.json is only a redacted copy for people and is never trusted; the digest
 * is recomputed from the plan file and must equal the reviewed one.
 */
export function modelOfShowJson(text: string): { model: PlanModel; digest: string } {
  const model = parsePlan(JSON.parse(text) as unknown);
  return { model, digest: planDigest(model) };
}
