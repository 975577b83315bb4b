import type { CliCommand } from './command.js';

/**
 * Every `gantry` subcommand, loaded lazily so `gantry tags` never pays for the Kubernetes client.
 * Each domain adds its own line here and its own file under ./commands/.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  'release-check': {
    summary: 'Refuse anything but a release tag vX.Y.Z (the production deploy gate)',
    load: async () => (await import('./commands/release-check.js')).command,
  },
  'health-check': {
    summary: 'Check the /health and /ready endpoints of a running app',
    load: async () => (await import('./commands/health-check.js')).command,
  },
  plan: {
    summary: 'Plan a terraform/OpenTofu stack and print the review comment',
    load: async () => (await import('./commands/plan.js')).command,
  },
  apply: {
    summary: 'Apply exactly a reviewed plan folder, refusing when it changed',
    load: async () => (await import('./commands/apply.js')).command,
  },
  runner: {
    summary: 'Run one terraform/tofu command from a JSON request (iac-runner protocol)',
    load: async () => (await import('./commands/runner.js')).command,
  },
  render: {
    summary: 'Print the review (PR comment, job summary or model) of a plan JSON document',
    load: async () => (await import('./commands/render.js')).command,
  },
  tags: {
    summary: 'Compute image tags and labels from a git ref (metadata-action grammar)',
    load: async () => (await import('./commands/tags.js')).command,
  },
  rollout: {
    summary: 'Blue-green deploy of an image digest to Kubernetes (readiness-gated, auto-revert)',
    load: async () => (await import('./commands/rollout.js')).command,
  },
  rollback: {
    summary: 'Flip an app back to its previous color (one patch when it is still warm)',
    load: async () => (await import('./commands/rollback.js')).command,
  },
  status: {
    summary: 'Live and previous colors, digests, replicas and failed marks of an app',
    load: async () => (await import('./commands/status.js')).command,
  },
  diagnose: {
    summary: 'Status plus pod readiness and recent warning events, for an incident',
    load: async () => (await import('./commands/diagnose.js')).command,
  },
  logs: {
    summary: 'Recent logs of the pods of an app',
    load: async () => (await import('./commands/logs.js')).command,
  },
  'support-bundle': {
    summary: 'Write a tar.gz of resources, describe output, logs and events (secrets redacted)',
    load: async () => (await import('./commands/support-bundle.js')).command,
  },
  'run-action': {
    summary: 'Run a Gantry action here as the runner would (inputs, git context, outputs)',
    load: async () => (await import('./commands/run-action.js')).command,
  },
};
