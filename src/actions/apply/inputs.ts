// The apply action's inputs and outputs: one table each, mirrored by actions/apply/action.yml
// (a repo test holds the two together), and the one place inputs are read.
import * as core from '@actions/core';
import { UserError } from '../../shared/errors.js';
import { APPLY_MODES, type ApplyMode } from '../../apply/apply-target.js';
import { backendConfigSecrets, parseDuration, parseVariables } from '../../iac/input-values.js';

export const INPUTS = {
  'working-directory': {
    description:
      'Directory of the stack. Default: the one recorded in the plan manifest (relative to the repository root).',
    required: false,
    default: '',
  },
  'target-name': {
    description:
      'Name of the target: shown in the review, keys the PR comment and names the plan artifact (gantry-plan-<id>); apply refuses a plan of another target. Empty: plan derives it from working-directory, plus /<workspace> outside the default workspace; apply then needs artifact-name or plan-dir.',
    required: false,
    default: '',
  },
  'artifact-name': {
    description:
      'Name of the plan artifact uploaded by the plan job of this run (downloaded with @actions/artifact). Default: gantry-plan-<target id>. Ignored when plan-dir is set.',
    required: false,
    default: '',
  },
  'plan-dir': {
    description:
      'A folder that already holds the plan (tfplan, plan.json, manifest.json), e.g. downloaded by actions/download-artifact in an earlier step. Wins over artifact-name.',
    required: false,
    default: '',
  },
  'expected-digest': {
    description:
      'The plan digest the plan job reported (its plan-digest output). When set, a plan with any other digest is refused.',
    required: false,
    default: '',
  },
  mode: {
    description:
      'saved-plan applies the reviewed plan file; replan-and-compare plans again and applies the new plan only when its changes equal the approved ones.',
    required: false,
    default: 'saved-plan',
  },
  'lock-timeout': {
    description: 'How long to wait for the state lock (terraform -lock-timeout), e.g. 30s, 5m, 0.',
    required: false,
    default: '2m',
  },
  'timeout-minutes': {
    description: 'Stop terraform gracefully (SIGINT, state saved) after this many minutes.',
    required: false,
    default: '60',
  },
  comment: {
    description:
      "Update the target's PR comment (applying → applied / failed) when a pull request produced this commit.",
    required: false,
    default: 'true',
  },
  'github-token': {
    description:
      'Token for the GitHub API: the PR comment (needs pull-requests: write; a read-only token, as on fork PRs, only skips the comment, with a warning), the deployment and approval check of apply (deployments: write), the commit date and repository details for publish when the event and git lack them.',
    required: false,
    default: '${{ github.token }}',
  },
  'require-pr-approval': {
    description:
      'Refuse (not-approved) unless the PR that produced this commit has an approving review by someone other than its author, on its latest commit, and no outstanding change requests. For repositories whose environments cannot have required reviewers.',
    required: false,
    default: 'false',
  },
  environment: {
    description:
      "Environment of the GitHub Deployment this apply records (in_progress, then success / failure, with the run URL). Use the job's environment name; empty: no deployment.",
    required: false,
    default: '',
  },
  'backend-config': {
    description:
      'Backend configuration for init, one key=value or file per line (the same in the plan and apply jobs). Values are masked.',
    required: false,
    default: '',
  },
  variables: {
    description:
      'Variables, one name=value per line (values may be HCL, e.g. tags={team="core"}). Values are masked. apply uses them only to re-plan in replan-and-compare mode.',
    required: false,
    default: '',
  },
} as const;

export const OUTPUTS = {
  applied: { description: 'true when the plan was applied.' },
  'outputs-json': {
    description:
      'terraform outputs as a JSON object name → value. Sensitive values are included but masked in logs, and never shown in the summary.',
  },
  'plan-digest': { description: 'The digest of the plan that was applied (or refused).' },
  'failure-reason': {
    description:
      'Why nothing (or not all) was applied: plan-missing, digest-mismatch, tool-mismatch, commit-mismatch, plan-stale, plan-changed, state-locked, apply-failed, timeout, cancelled, not-approved, or bad-input / bad-environment for an input or runner environment refused before anything ran. Empty on success.',
  },
} as const;

export type InputName = keyof typeof INPUTS;
export type OutputName = keyof typeof OUTPUTS;

export interface ApplyActionInputs {
  workingDirectory: string;
  targetName: string;
  artifactName: string;
  planDir: string;
  expectedDigest: string;
  mode: ApplyMode;
  lockTimeoutSeconds: number;
  timeoutMinutes: number;
  comment: boolean;
  githubToken: string;
  requirePrApproval: boolean;
  environment: string;
  backendConfig: string[];
  variables: Record<string, string>;
}

const get = (name: InputName): string => core.getInput(name);
const lines = (name: InputName): string[] =>
  get(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/** Read and check every input; a UserError (before anything runs) for a bad one. */
export function getInputs(): ApplyActionInputs {
  const mode = get('mode') || 'saved-plan';
  if (!(APPLY_MODES as readonly string[]).includes(mode)) {
    throw new UserError(`mode must be saved-plan or replan-and-compare, not '${mode}'.`, {
      reason: 'bad-input',
    });
  }
  const timeout = Number(get('timeout-minutes') || '60');
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new UserError(
      `timeout-minutes must be a positive number, not '${get('timeout-minutes')}'.`,
      {
        reason: 'bad-input',
      },
    );
  }
  const digest = get('expected-digest').trim().toLowerCase();
  if (digest && !/^[0-9a-f]{64}$/.test(digest)) {
    throw new UserError(
      `expected-digest must be the plan job's 64-character plan-digest, not '${digest}'.`,
      {
        reason: 'bad-input',
      },
    );
  }
  const variables = parseVariables(lines('variables'));
  Object.values(variables).forEach((v) => core.setSecret(v));
  const backendConfig = lines('backend-config');
  backendConfigSecrets(backendConfig).forEach((v) => core.setSecret(v));
  const token = get('github-token');
  if (token) core.setSecret(token);
  return {
    workingDirectory: get('working-directory'),
    targetName: get('target-name'),
    artifactName: get('artifact-name'),
    planDir: get('plan-dir'),
    expectedDigest: digest,
    mode: mode as ApplyMode,
    lockTimeoutSeconds: parseDuration(get('lock-timeout') || '0', 'lock-timeout'),
    timeoutMinutes: timeout,
    comment: core.getBooleanInput('comment'),
    githubToken: token,
    requirePrApproval: core.getBooleanInput('require-pr-approval'),
    environment: get('environment'),
    backendConfig,
    variables,
  };
}
