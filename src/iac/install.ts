/**
 * Install terraform or OpenTofu at an exact version: download the official release zip and its
 * SHA256SUMS, verify the checksum (a mismatch installs nothing), extract, cache (tool cache) and
 * return the binary. No wrapper script: the real binary goes on PATH.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/log.js';
import type { ToolName } from './tool.js';

/** The @actions/tool-cache functions used here (a port: tests and the CLI may pass their own). */
export interface ToolCache {
  /** The cached directory of `tool` at `version`, or '' when not cached. */
  find(tool: string, version: string): Promise<string>;
  downloadTool(url: string): Promise<string>;
  extractZip(file: string): Promise<string>;
  cacheDir(dir: string, tool: string, version: string): Promise<string>;
}

export interface ReleaseFiles {
  zipUrl: string;
  sumsUrl: string;
  zipName: string;
}

const RELEASES: Record<ToolName, { env: string; base: string }> = {
  terraform: {
    env: 'GANTRY_TERRAFORM_RELEASES_URL',
    base: 'https://releases.hashicorp.com/terraform',
  },
  tofu: {
    env: 'GANTRY_TOFU_RELEASES_URL',
    base: 'https://github.com/opentofu/opentofu/releases/download',
  },
};

const OS: Record<string, string> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
  freebsd: 'freebsd',
};
const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386' };

/** Where the release of `tool` at `version` lives (pure). */
export function releaseFiles(
  tool: ToolName,
  version: string,
  env: Readonly<Record<string, string | undefined>> = {},
  platform: string = process.platform,
  arch: string = process.arch,
): ReleaseFiles {
  const os = OS[platform];
  const cpu = ARCH[arch];
  if (!os || !cpu) {
    throw new UserError(`No ${tool} release exists for ${platform}/${arch}.`, {
      reason: 'tool-missing',
    });
  }
  const base = (env[RELEASES[tool].env] || RELEASES[tool].base).replace(/\/+$/, '');
  const zipName = `${tool}_${version}_${os}_${cpu}.zip`;
  const dir = tool === 'tofu' ? `${base}/v${version}` : `${base}/${version}`;
  return { zipUrl: `${dir}/${zipName}`, sumsUrl: `${dir}/${tool}_${version}_SHA256SUMS`, zipName };
}

/** The expected SHA-256 of `file` in a SHA256SUMS text, or undefined. */
export function expectedSum(sums: string, file: string): string | undefined {
  for (const line of sums.split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(\S+)\s*$/i.exec(line.trim());
    if (m && m[2] === file) return m[1]?.toLowerCase();
  }
  return undefined;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface InstallRequest {
  tool: ToolName;
  version: string;
  env?: Readonly<Record<string, string | undefined>>;
}

/** The directory holding the binary of `tool` at `version`, installing it when not cached. */
export async function installTool(
  request: InstallRequest,
  deps: { cache: ToolCache; log: Logger },
): Promise<{ dir: string; bin: string; cached: boolean }> {
  const { tool, version } = request;
  const exe = process.platform === 'win32' ? `${tool}.exe` : tool;
  const found = await deps.cache.find(tool, version);
  if (found) return { dir: found, bin: join(found, exe), cached: true };
  const files = releaseFiles(tool, version, request.env ?? process.env);
  deps.log.info(`Downloading ${tool} ${version} from ${files.zipUrl}`);
  const download = async (url: string): Promise<string> => {
    try {
      return await deps.cache.downloadTool(url);
    } catch (error) {
      throw new UserError(`Could not download ${url}: ${(error as Error).message}`, {
        reason: 'tool-download-failed',
        hint: `Check that ${tool} ${version} exists (tool-version input or the version files).`,
      });
    }
  };
  const [zip, sumsFile] = await Promise.all([download(files.zipUrl), download(files.sumsUrl)]);
  const expected = expectedSum(await readFile(sumsFile, 'utf8'), files.zipName);
  if (!expected) {
    throw new UserError(
      `${files.sumsUrl} lists no checksum for ${files.zipName}; nothing installed.`,
      {
        reason: 'checksum-mismatch',
      },
    );
  }
  const actual = await sha256Of(zip);
  if (actual !== expected) {
    throw new UserError(
      `Checksum mismatch for ${files.zipName}: SHA256SUMS says ${expected}, the download is ${actual}; nothing installed.`,
      {
        reason: 'checksum-mismatch',
        hint: 'The download or the release mirror was tampered with or corrupted.',
      },
    );
  }
  const extracted = await deps.cache.extractZip(zip);
  const dir = await deps.cache.cacheDir(extracted, tool, version);
  deps.log.info(`Installed ${tool} ${version} (SHA-256 verified) in ${dir}`);
  return { dir, bin: join(dir, exe), cached: false };
}
