// The edge of the rollout action: read inputs, build the Kubernetes port, run deploy / rollback /
// status, set outputs and the job summary. The one try/catch that fails the action lives here.
import * as core from '@actions/core';
import { hostname } from 'node:os';
import { describeError } from '../../shared/errors.js';
import { execProcess } from '../../shared/exec.js';
import { deploy } from '../../rollout/blue-green.js';
import { isRolloutFailure } from '../../rollout/failure.js';
import { createKube, loadKubeConfig } from '../../rollout/kube.js';
import { rollback } from '../../rollout/rollback.js';
import { minRollbackWindowMs, runInfo } from '../../rollout/run-info.js';
import { formatStatus, readStatus } from '../../rollout/status.js';
import { renderSummary } from '../../rollout/summary.js';
import { systemClock, type RolloutReport } from '../../rollout/types.js';
import { getInputs, type OutputName } from './inputs.js';
import { actionsLogger } from '../actions-logger.js';

function setOutputs(report: RolloutReport): void {
  const values: Record<OutputName, string | number | undefined> = {
    'active-color': report.activeColor,
    'previous-color': report.previousColor,
    image: report.image,
    'switched-at': report.switchedAt,
    'switch-ms': report.switchMs,
    'rollback-ms': report.rollbackMs,
    outcome: report.outcome,
  };
  for (const [name, value] of Object.entries(values)) core.setOutput(name, value ?? '');
}

async function summary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown).write();
}

export async function run(): Promise<void> {
  const log = actionsLogger();
  const env = process.env;
  let target = {
    namespace: core.getInput('namespace'),
    app: core.getInput('app'),
    action: core.getInput('action') || 'deploy',
  };
  try {
    // 1. Inputs (checked before any call to the cluster).
    const inputs = getInputs();
    target = { namespace: inputs.namespace, app: inputs.app, action: inputs.action };
    // 2. Ports.
    const kube = createKube(loadKubeConfig({ content: inputs.kubeconfig, path: env.KUBECONFIG }));
    const ports = {
      kube,
      exec: execProcess,
      log,
      clock: systemClock,
      cwd: env.GITHUB_WORKSPACE ?? process.cwd(),
    };
    const common = {
      ...inputs,
      run: runInfo(env, hostname()),
      minRollbackWindowMs: minRollbackWindowMs(env),
    };
    // 3. The action.
    if (inputs.action === 'status') {
      const status = await readStatus(kube, inputs.namespace, inputs.app);
      core.info(formatStatus(status));
      core.setOutput('active-color', status.active ?? '');
      core.setOutput('previous-color', status.previous ?? '');
      core.setOutput(
        'image',
        (status.active && status.colors.find((c) => c.color === status.active)?.image) ?? '',
      );
      core.setOutput('switched-at', status.switchedAt ?? '');
      await summary(`### Gantry status\n\n\`\`\`\n${formatStatus(status)}\n\`\`\`\n`);
      return;
    }
    const report =
      inputs.action === 'deploy' ? await deploy(common, ports) : await rollback(common, ports);
    // 4. Outputs and summary.
    setOutputs(report);
    await summary(renderSummary(report, target));
  } catch (error) {
    if (isRolloutFailure(error)) {
      setOutputs(error.report);
      await summary(renderSummary(error.report, { ...target, error: error.message })).catch(
        () => undefined,
      );
    }
    core.setFailed(describeError(error));
  }
}
