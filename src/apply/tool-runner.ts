import type { Logger } from '../shared/log.js';
import type { Exec } from '../shared/exec.js';
import type { Manifest } from '../iac/manifest.js';
import type { ToolChoice } from '../iac/tool.js';
import { runTool, type ToolRunResult } from '../iac/run-tool.js';

export interface ToolRunnerOptions {
  env?: Readonly<Record<string, string>> | undefined;
  timeoutMinutes?: number | undefined;
  graceSeconds?: number | undefined;
}

/**
 * Run the plan's tool in its working dir and workspace (TF_WORKSPACE), with the apply's
 * timeout and SIGINT-first cancellation.
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
        env: {
          ...(options.env ?? {}),
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
