// The plan action's inputs and outputs: one table each, mirrored by actions/plan/action.yml, and
// the one place inputs are read.
//
// CONVENTION for every action (test/repo/action-inputs.test.ts holds it for all of them):
//   export const INPUTS = { 'kebab-name': { description, required, default }, … } as const;
//   export const OUTPUTS = { 'kebab-name': { description }, … } as const;
// `actions/<name>/action.yml` declares exactly these inputs (same description, required and
// default) and outputs (same description), in any order; getInputs() reads only names from INPUTS.
import * as core from '@actions/core';
import { UserError } from '../../shared/errors.js';
import { COMMENT_MODES, type CommentMode } from '../../github/comment-mode.js';
import { backendConfigSecrets, parseVariables } from '../../iac/input-values.js';
import type { ToolOption } from '../../iac/tool.js';
import type { PlanJobInputs } from '../../plan-job/types.js';

export const INPUTS = {
  'working-directory': {
    description: 'Directory of the stack to plan, relative to the repository root.',
    required: false,
    default: '.',
  },
  tool: {
    description:
      'terraform, tofu, or auto (a .opentofu-version or *.tofu file means tofu, else whichever binary is on PATH, terraform first).',
    required: false,
    default: 'auto',
  },
  'tool-version': {
    description:
      'Exact version to install when the binary on PATH differs (official release, SHA256SUMS verified, tool cache). Empty: .terraform-version / .opentofu-version, else required_version in the *.tf files; a constraint is only checked.',
    required: false,
    default: '',
  },
  workspace: {
    description: 'Workspace to select (created when missing). Empty: default.',
    required: false,
    default: '',
  },
  'var-files': {
    description: 'Variable files, one per line, relative to working-directory.',
    required: false,
    default: '',
  },
  variables: {
    description:
      'Variables, one name=value per line (values may be HCL, e.g. tags={team="core"}). Values are masked. apply uses them only to re-plan in replan-and-compare mode.',
    required: false,
    default: '',
  },
  'backend-config': {
    description:
      'Backend configuration for init, one key=value or file per line (the same in the plan and apply jobs). Values are masked.',
    required: false,
    default: '',
  },
  'init-args': {
    description: 'Extra flags for init, shell-quoted.',
    required: false,
    default: '',
  },
  'plan-args': {
    description: 'Extra flags for plan, shell-quoted.',
    required: false,
    default: '',
  },
  'target-name': {
    description:
      'Name of the target: shown in the review, keys the PR comment and names the plan artifact (gantry-plan-<id>); apply refuses a plan of another target. Empty: plan derives it from working-directory, plus /<workspace> outside the default workspace; apply then needs artifact-name or plan-dir.',
    required: false,
    default: '',
  },
  comment: {
    description:
      'update: one living comment per target, edited on every push; changes-only: post only when there are changes (an existing comment is updated to say the plan has none now); new: a new comment each run, older ones minimized as outdated; off: job summary only.',
    required: false,
    default: 'update',
  },
  'github-token': {
    description:
      'Token for the GitHub API: the PR comment (needs pull-requests: write; a read-only token, as on fork PRs, only skips the comment, with a warning), the deployment and approval check of apply (deployments: write), the commit date and repository details for publish when the event and git lack them.',
    required: false,
    default: '${{ github.token }}',
  },
  'upload-plan': {
    description:
      'Upload the plan file, plan JSON and manifest as the artifact gantry-plan-<target id>, for an apply job of the same run.',
    required: false,
    default: 'true',
  },
} as const;

export const OUTPUTS = {
  'has-changes': { description: 'true when the plan changes something.' },
  'to-add': { description: 'Resources to add (a replace counts here and in to-destroy).' },
  'to-change': { description: 'Resources to change in place.' },
  'to-destroy': { description: 'Resources to destroy (a replace counts here and in to-add).' },
  'to-replace': { description: 'Resources to replace.' },
  'to-import': { description: 'Resources to import.' },
  'plan-digest': {
    description: 'SHA-256 over the planned changes (64 hex characters); give it to the apply job.',
  },
  'plan-dir': {
    description: 'Folder holding tfplan, plan.json, manifest.json, comment.md and summary.md.',
  },
  'artifact-name': {
    description: 'Name of the uploaded plan artifact; empty when nothing was uploaded.',
  },
  'comment-id': { description: 'ID of the PR comment created or updated; empty when none.' },
  'comment-url': { description: 'URL of the PR comment; empty when none.' },
  'exit-code': {
    description: '0 no changes, 2 changes, 1 failed (terraform plan -detailed-exitcode).',
  },
  'failure-reason': {
    description:
      'Why the plan failed: init-failed, workspace-failed, plan-failed, show-failed, timeout, cancelled, spawn-failed, or a bad-input / tool reason. Empty on success.',
  },
} as const;

export type InputName = keyof typeof INPUTS;
export type OutputName = keyof typeof OUTPUTS;

const TOOLS = ['terraform', 'tofu', 'auto'] as const;

const get = (name: InputName): string => core.getInput(name);
const lines = (name: InputName): string[] =>
  get(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

function oneOf<T extends string>(name: InputName, allowed: readonly T[]): T {
  const value = get(name) || INPUTS[name].default;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UserError(`${name} must be one of ${allowed.join(', ')}, not '${value}'.`, {
      reason: 'bad-input',
    });
  }
  return value as T;
}

/** core.getBooleanInput (YAML 1.2 booleans only), its TypeError turned into one clear line. */
function bool(name: InputName): boolean {
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UserError(`${name} must be true or false, not '${get(name)}'.`, {
      reason: 'bad-input',
    });
  }
}

/** Read and check every input, masking secrets; a UserError before anything runs. */
export function getInputs(): PlanJobInputs {
  const token = get('github-token');
  if (token) core.setSecret(token);
  const variables = parseVariables(lines('variables'));
  Object.values(variables).forEach((v) => v && core.setSecret(v));
  const backendConfig = lines('backend-config');
  backendConfigSecrets(backendConfig).forEach((v) => core.setSecret(v));
  return {
    workingDirectory: get('working-directory') || '.',
    tool: oneOf<ToolOption>('tool', TOOLS),
    toolVersion: get('tool-version'),
    workspace: get('workspace'),
    varFiles: lines('var-files'),
    variables,
    backendConfig,
    initArgs: get('init-args'),
    planArgs: get('plan-args'),
    targetName: get('target-name'),
    comment: oneOf<CommentMode>('comment', COMMENT_MODES),
    githubToken: token,
    uploadPlan: bool('upload-plan'),
  };
}
