import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import type { CliCommand, CliContext } from '../command.js';
import { UserError } from '../../shared/errors.js';
import { execProcess } from '../../shared/exec.js';
import { deploy } from '../../rollout/blue-green.js';
import { parseDuration } from '../../rollout/duration.js';
import { isRolloutFailure } from '../../rollout/failure.js';
import { createKube, loadKubeConfig } from '../../rollout/kube.js';
import { minRollbackWindowMs, runInfo } from '../../rollout/run-info.js';
import {
  systemClock,
  type RolloutPorts,
  type RolloutReport,
  type TargetOptions,
} from '../../rollout/types.js';

/** Flags shared by `gantry rollout` and `gantry rollback`. */
export const TARGET_FLAGS = {
  namespace: { type: 'string' },
  app: { type: 'string' },
  kubeconfig: { type: 'string' },
  replicas: { type: 'string' },
  'health-path': { type: 'string', default: '/health' },
  'ready-timeout': { type: 'string', default: '5m' },
  'rollback-window': { type: 'string', default: '60s' },
  'preview-url': { type: 'string' },
  'live-url': { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

export const TARGET_HELP = `  --namespace <ns>          namespace of the app (required)
  --app <name>              app: Service <app>, Deployments <app>-blue/<app>-green (required)
  --kubeconfig <file>       kubeconfig file (default: KUBECONFIG, then ~/.kube/config)
  --replicas <n>            replicas of the color brought up (default: the live color's)
  --health-path <path>      checked through the live Service after a switch (default /health)
  --ready-timeout <d>       readiness gate timeout, e.g. 90s, 5m (default 5m)
  --rollback-window <d>     keep the color left behind scaled this long, >= 30s (default 60s)
  --preview-url <url>       how this machine reaches the preview Service ({service} {namespace}
                            {port} {app} replaced; default the cluster DNS name)
  --live-url <url>          how this machine reaches the live Service (same placeholders)
  --json                    print the report as JSON`;

type TargetValues = { [K in keyof typeof TARGET_FLAGS]?: string | boolean };

const str = (v: string | boolean | undefined): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;

export function targetOptions(
  values: TargetValues,
  ctx: CliContext,
): TargetOptions & { minRollbackWindowMs: number } {
  const namespace = str(values.namespace);
  const app = str(values.app);
  if (!namespace || !app) {
    throw new UserError('--namespace and --app are required.', { hint: 'See --help.' });
  }
  const replicasText = str(values.replicas);
  const replicas = replicasText === undefined ? undefined : Number(replicasText);
  if (replicas !== undefined && (!Number.isInteger(replicas) || replicas < 1)) {
    throw new UserError(`--replicas must be a whole number ≥ 1, not '${replicasText}'.`);
  }
  return {
    namespace,
    app,
    replicas,
    healthPath: str(values['health-path']) ?? '/health',
    readyTimeoutMs: parseDuration(str(values['ready-timeout']) ?? '5m', '--ready-timeout'),
    rollbackWindowMs: parseDuration(str(values['rollback-window']) ?? '60s', '--rollback-window'),
    previewUrl: str(values['preview-url']),
    liveUrl: str(values['live-url']),
    run: runInfo(ctx.env, hostname()),
    minRollbackWindowMs: minRollbackWindowMs(ctx.env),
  };
}

export async function portsFor(values: TargetValues, ctx: CliContext): Promise<RolloutPorts> {
  const file = str(values.kubeconfig);
  const content = file ? await readFile(file, 'utf8').catch(() => undefined) : undefined;
  if (file && content === undefined) throw new UserError(`Cannot read kubeconfig ${file}.`);
  const kube = createKube(loadKubeConfig({ content, path: ctx.env.KUBECONFIG }));
  return { kube, exec: execProcess, log: ctx.log, clock: systemClock, cwd: ctx.cwd };
}

export function printReport(report: RolloutReport, json: boolean, ctx: CliContext): void {
  if (json) {
    ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const rows: [string, string | number | undefined][] = [
    ['outcome', `${report.outcome}${report.changed ? '' : ' (no change)'}`],
    ['active-color', report.activeColor],
    ['previous-color', report.previousColor],
    ['image', report.image],
    ['switched-at', report.switchedAt],
    ['switch-ms', report.switchMs],
    ['rollback-ms', report.rollbackMs],
  ];
  for (const [k, v] of rows) if (v !== undefined) ctx.stdout.write(`${k.padEnd(15)} ${v}\n`);
}

/** Runs a rollout step; on a planned failure prints the diagnostics, then rethrows (exit 1). */
export async function runReporting(
  ctx: CliContext,
  json: boolean,
  step: () => Promise<RolloutReport>,
): Promise<number> {
  try {
    printReport(await step(), json, ctx);
    return 0;
  } catch (error) {
    if (isRolloutFailure(error)) {
      if (json) printReport(error.report, true, ctx);
      else error.report.diagnostics.forEach((l) => ctx.stderr.write(`  ${l}\n`));
    }
    throw error;
  }
}

export const command: CliCommand = {
  name: 'rollout',
  summary: 'Blue-green deploy of an image digest to Kubernetes (readiness-gated, auto-revert)',
  help: `Usage: gantry rollout --namespace <ns> --app <name> --image <name@sha256:…> [options]

Deploys the image to the idle color, waits until it is fully ready behind <app>-preview,
smoke-tests it, switches the Service selector with one patch, verifies through the live
Service (reverting on failure) and keeps the previous color warm for the rollback window.

Options:
  --image <ref>             image by digest (required)
  --allow-mutable-tag       accept a tag instead of a digest
  --manifests <path>        Deployment + Service template (YAML) or a Kustomize directory
  --smoke-path <path>       smoke request path through the preview (default: --health-path)
  --smoke-expect-status <n> expected status (default 200)
  --smoke-expect-body <s>   substring the smoke body must contain
  --smoke-retries <n>       retries after the first smoke attempt (default 3)
  --smoke-timeout <d>       timeout of one smoke request or of --smoke-command (default 10s)
  --smoke-command <cmd>     shell command instead of HTTP; gets PREVIEW_URL
  --verify-window <d>       watch the live Service this long after the switch (default 30s)
${TARGET_HELP}
`,
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: {
        ...TARGET_FLAGS,
        image: { type: 'string' },
        'allow-mutable-tag': { type: 'boolean', default: false },
        manifests: { type: 'string' },
        'smoke-path': { type: 'string' },
        'smoke-expect-status': { type: 'string', default: '200' },
        'smoke-expect-body': { type: 'string' },
        'smoke-retries': { type: 'string', default: '3' },
        'smoke-timeout': { type: 'string', default: '10s' },
        'smoke-command': { type: 'string' },
        'verify-window': { type: 'string', default: '30s' },
      },
      strict: true,
      allowPositionals: false,
    });
    const target = targetOptions(values, ctx);
    const image = str(values.image);
    if (!image) throw new UserError('--image is required.', { hint: 'Pass name@sha256:<digest>.' });
    const expectStatus = Number(values['smoke-expect-status']);
    const retries = Number(values['smoke-retries']);
    if (!Number.isInteger(expectStatus) || !Number.isInteger(retries) || retries < 0) {
      throw new UserError('--smoke-expect-status and --smoke-retries must be whole numbers.');
    }
    const options = {
      ...target,
      image,
      allowMutableTag: values['allow-mutable-tag'],
      manifests: str(values.manifests),
      smoke: {
        path: str(values['smoke-path']) ?? target.healthPath,
        expectStatus,
        expectBody: str(values['smoke-expect-body']),
        retries,
        timeoutMs: parseDuration(values['smoke-timeout'], '--smoke-timeout'),
        command: str(values['smoke-command']),
      },
      verifyWindowMs: parseDuration(values['verify-window'], '--verify-window'),
    };
    const ports = await portsFor(values, ctx);
    return runReporting(ctx, values.json, () => deploy(options, ports));
  },
};
