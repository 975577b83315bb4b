// The root action's `status` command: the same report as `gantry status`, as outputs and a job
// summary. Read-only; an unhealthy app is reported (healthy=false), not failed.
import * as core from '@actions/core';
import { formatDiagnosis } from '../../ops/format-status.js';
import { collectStatus } from '../../ops/status.js';
import { parseTarget } from '../../ops/target.js';
import { createKube, loadKubeConfig } from '../../rollout/kube.js';
import { describeError } from '../../shared/errors.js';
import { getStatusInputs } from './inputs.js';

export async function run(): Promise<void> {
  try {
    // 1. Inputs, validated before any call to the cluster.
    const inputs = getStatusInputs();
    const target = parseTarget(inputs);
    // 2. Read.
    const kube = createKube(
      loadKubeConfig({ content: inputs.kubeconfig, path: process.env.KUBECONFIG }),
    );
    const status = await collectStatus(kube, target);
    // 3. Outputs and summary.
    const report = formatDiagnosis(status);
    core.info(report);
    core.setOutput('active-color', status.active ?? '');
    core.setOutput('previous-color', status.previous ?? '');
    core.setOutput('image', status.image ?? '');
    core.setOutput('switched-at', status.switchedAt ?? '');
    core.setOutput('healthy', String(status.healthy));
    core.setOutput('status-json', JSON.stringify(status));
    if (!status.healthy) core.warning(`${target.namespace}/${target.app}: ${status.problems[0]}`);
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addHeading(`Gantry status: ${target.namespace}/${target.app}`, 3)
        .addCodeBlock(report)
        .write();
    }
  } catch (error) {
    core.setFailed(describeError(error));
  }
}
