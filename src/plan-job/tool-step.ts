/**
 * The install step: make sure the binary that will plan is the version the directory asks for.
 * Exact versions (tool-version input, .terraform-version, `required_version = "1.11.4"`) are
 * installed when the binary on PATH differs; constraints are checked against it.
 */
import { readdir } from 'node:fs/promises';
import semver from 'semver';
import { isUserError, UserError } from '../shared/errors.js';
import type { Exec } from '../shared/exec.js';
import type { Logger } from '../shared/log.js';
import { installTool, type ToolCache } from '../iac/install.js';
import { wantedVersion } from '../iac/install-version.js';
import {
  chooseToolFor,
  toolVersion,
  type ToolChoice,
  type ToolName,
  type ToolOption,
} from '../iac/tool.js';

export interface ToolStepResult {
  tool: ToolName;
  /** The binary to run: set when installed, else the one chooseTool finds. */
  bin?: string;
  version?: string;
  installed: boolean;
}

async function toolForInstall(dir: string, option: ToolOption): Promise<ToolName> {
  if (option !== 'auto') return option;
  const files = await readdir(dir);
  return files.includes('.opentofu-version') || files.some((f) => f.endsWith('.tofu'))
    ? 'tofu'
    : 'terraform';
}

export async function prepareTool(
  request: {
    dir: string;
    tool: ToolOption;
    toolVersion: string;
    env: Readonly<Record<string, string | undefined>>;
  },
  deps: { exec: Exec; log: Logger; cache: ToolCache; addPath: (dir: string) => void },
): Promise<ToolStepResult> {
  let choice: ToolChoice | undefined;
  try {
    choice = await chooseToolFor({ dir: request.dir, tool: request.tool, baseEnv: request.env });
  } catch (error) {
    if (!isUserError(error) || error.reason !== 'tool-missing') throw error;
  }
  const tool = choice?.tool ?? (await toolForInstall(request.dir, request.tool));
  const wanted = await wantedVersion(request.dir, tool, request.toolVersion);
  const current = choice
    ? await toolVersion(choice, { exec: deps.exec, cwd: request.dir, baseEnv: request.env }).catch(
        () => undefined,
      )
    : undefined;
  if (!wanted) {
    if (!choice)
      await chooseToolFor({ dir: request.dir, tool: request.tool, baseEnv: request.env });
    deps.log.info(`Using ${tool} ${current ?? ''} at ${choice?.bin} (no version asked for).`);
    return {
      tool,
      ...(choice ? { bin: choice.bin } : {}),
      ...(current ? { version: current } : {}),
      installed: false,
    };
  }
  if (wanted.kind === 'constraint') {
    if (current && semver.satisfies(current, wanted.value)) {
      deps.log.info(
        `Using ${tool} ${current} at ${choice?.bin}: satisfies ${wanted.source} (${wanted.value}).`,
      );
      return { tool, bin: choice?.bin ?? tool, version: current, installed: false };
    }
    throw new UserError(
      `${wanted.source} asks for ${tool} ${wanted.value}, but ${current ? `${choice?.bin} is ${current}` : `${tool} is not installed`}.`,
      {
        reason: 'tool-version-mismatch',
        hint: 'Set the tool-version input to an exact version to install it.',
      },
    );
  }
  if (current === wanted.value && choice) {
    deps.log.info(`Using ${tool} ${current} at ${choice.bin} (${wanted.source}).`);
    return { tool, bin: choice.bin, version: current, installed: false };
  }
  deps.log.info(
    `${wanted.source} asks for ${tool} ${wanted.value}; ${current ? `PATH has ${current}` : 'none on PATH'}: installing.`,
  );
  const installed = await installTool(
    { tool, version: wanted.value, env: request.env },
    { cache: deps.cache, log: deps.log },
  );
  deps.addPath(installed.dir);
  return { tool, bin: installed.bin, version: wanted.value, installed: true };
}
