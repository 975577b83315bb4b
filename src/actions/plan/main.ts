// The edge of the plan action: read inputs and the run's context, build the ports (exec, GitHub,
// tool cache, artifacts, summary), run the plan job, set outputs. The one try/catch is here.
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { describeError, isUserError } from '../../shared/errors.js';
import { execProcess } from '../../shared/exec.js';
import type { Logger } from '../../shared/log.js';
import type { ToolCache } from '../../iac/install.js';
import type { ArtifactUploader } from '../../plan-job/types.js';
import { getInputs, type OutputName } from './inputs.js';
import { actionsLogger } from '../actions-logger.js';

/** @actions/tool-cache, loaded only when the install step needs it (keeps start-up fast). */
const toolCache: ToolCache = {
  find: async (tool, version) => (await import('@actions/tool-cache')).find(tool, version),
  downloadTool: async (url) => (await import('@actions/tool-cache')).downloadTool(url),
  extractZip: async (file) => (await import('@actions/tool-cache')).extractZip(file),
  cacheDir: async (dir, tool, version) =>
    (await import('@actions/tool-cache')).cacheDir(dir, tool, version),
};

/** The run's artifact service through @actions/artifact; absent outside GitHub Actions. */
function artifactUploader(env: NodeJS.ProcessEnv): ArtifactUploader | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) return undefined;
  return {
    async upload(name, files, rootDir) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const result = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir, {
        retentionDays: 7,
      });
      return {
        ...(result.id ? { id: result.id } : {}),
        ...(result.size ? { size: result.size } : {}),
      };
    },
  };
}

/** Cancellation as the runner does it: SIGINT (then SIGTERM) to this process. */
function cancellation(log: Logger): AbortSignal {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) return;
    log.warn(`Received ${signal}: asking the tool to stop gracefully so the state is saved.`);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return controller.signal;
}

const setOutput = (name: OutputName, value: string): void => core.setOutput(name, value);

export async function run(): Promise<void> {
  const log = actionsLogger();
  const env = process.env;
  log.info('Gantry plan');
  const signal = cancellation(log);
  try {
    const inputs = getInputs();
    // The engine and the GitHub client load after the first log line: the step shows life at
    // once, and a bad input fails without loading them.
    const [{ buildContext }, { createGitHub }, { runPlanJob }, { planOutputs }] = await Promise.all(
      [
        import('../../github/context.js'),
        import('../../github/client.js'),
        import('../../plan-job/job.js'),
        import('../../plan-job/outputs.js'),
      ],
    );
    const context = buildContext(env);
    // Tests set this to make GitHub back-off and write spacing milliseconds instead of seconds.
    const pacing = env.GANTRY_GITHUB_PACING_MS ? Number(env.GANTRY_GITHUB_PACING_MS) : undefined;
    const result = await runPlanJob(inputs, {
      exec: execProcess,
      log,
      context,
      github: (token) =>
        createGitHub({
          token,
          apiUrl: context.apiUrl,
          graphqlUrl: context.graphqlUrl,
          ...(pacing === undefined ? {} : { backoffBaseMs: pacing, writeSpacingMs: pacing }),
          onRetry: (m) => log.info(m),
        }),
      summary: {
        append: async (markdown) => void (await core.summary.addRaw(markdown, true).write()),
      },
      toolCache,
      addPath: (dir) => core.addPath(dir),
      artifacts: artifactUploader(env),
      workspaceRoot: env.GITHUB_WORKSPACE || process.cwd(),
      tempDir: env.RUNNER_TEMP || tmpdir(),
      env,
      signal,
    });
    const outputs = planOutputs(result);
    for (const [name, value] of Object.entries(outputs)) setOutput(name as OutputName, value);
    const { outcome } = result;
    // The failure is already annotated (diagnostics at file and line, then the phase that
    // failed); only the step's result is left to set.
    if (outcome.status === 'failed') process.exitCode = core.ExitCode.Failure;
  } catch (error) {
    setOutput('exit-code', '1');
    setOutput(
      'failure-reason',
      isUserError(error) ? (error.reason ?? 'bad-input') : 'internal-error',
    );
    core.setFailed(describeError(error));
  }
}
