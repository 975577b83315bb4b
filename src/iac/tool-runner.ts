import type { Exec } from '../shared/exec.js';
import type { Logger } from '../shared/log.js';
import type { Manifest } from './manifest.js';
import { runTool, type ToolRunResult } from './run-tool.js';
import type { EnvMap, ToolChoice } from './tool.js';

export interface ToolRunnerOptions {
  /** Secret-bearing variables: masked in the log. */
  env?: Readonly<Record<string, string>> | undefined;
  /** What `env` is merged over (never masked); default process.env. */
  baseEnv?: EnvMap | undefined;
  timeoutMinutes?: number | undefined;
  graceSeconds?: number | undefined;
}

/**
 * Run a saved plan's tool in its working dir and workspace: TF_WORKSPACE goes into the unmasked
 * base environment (a workspace name is not a secret), with the timeout and SIGINT-first
 * cancellation. Used by `gantry apply` and the apply action alike.
 */
export function toolRunner(
  choice: ToolChoice,
  workingDir: string,
  manifest: Manifest,
  options: ToolRunnerOptions,
  deps: { exec: Exec; log: Logger; signal?: AbortSignal | undefined },
) {
  return (args: string[], echo: 'raw' | 'none' = 'raw'): Promise<ToolRunResult> =>
    runTool(
      {
        bin: choice.bin,
        args,
        cwd: workingDir,
        env: options.env,
        baseEnv: {
          ...(options.baseEnv ?? process.env),
          ...(manifest.workspace !== 'default' ? { TF_WORKSPACE: manifest.workspace } : {}),
        },
        timeoutMs: (options.timeoutMinutes ?? 60) * 60_000,
        graceMs: (options.graceSeconds ?? 30) * 1000,
        signal: deps.signal,
        echo,
      },
      deps,
    );
}
