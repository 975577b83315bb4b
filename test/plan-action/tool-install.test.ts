import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../support/tools.js';
import { explain, setup, type Harness } from './harness.js';

const VERSION = '1.11.4';
const ZIP = `terraform_${VERSION}_linux_amd64.zip`;

/** A release archive shaped like releases.hashicorp.com, built from the terraform on this machine. */
interface Releases {
  url: string;
  requests: string[];
  tamper: boolean;
  server: Server;
}

async function startReleases(): Promise<Releases> {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-releases-'));
  const which = spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).stdout.trim();
  const zipped = spawnSync('zip', ['-j', '-q', join(dir, ZIP), which]);
  if (zipped.status !== 0) throw new Error(`zip failed: ${zipped.stderr}`);
  const zip = await readFile(join(dir, ZIP));
  const sum = createHash('sha256').update(zip).digest('hex');
  const state: Releases = { url: '', requests: [], tamper: false, server: createServer() };
  state.server.on('request', (req, res) => {
    state.requests.push(req.url ?? '');
    if (req.url === `/${VERSION}/${ZIP}`) {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length });
      res.end(zip);
    } else if (req.url === `/${VERSION}/terraform_${VERSION}_SHA256SUMS`) {
      const listed = state.tamper ? createHash('sha256').update('tampered').digest('hex') : sum;
      res.end(`${'0'.repeat(64)}  terraform_${VERSION}_darwin_arm64.zip\n${listed}  ${ZIP}\n`);
    } else {
      res.writeHead(404).end('Not Found');
    }
  });
  await new Promise<void>((resolve) => state.server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}`;
  return state;
}

describe('plan action: tool-version install (tool cache, SHA256SUMS verified)', () => {
  let h: Harness;
  let releases: Releases;
  let toolCache: string;
  // PATH without /usr/local/bin: no terraform on it, so the wanted version must be installed.
  const noTerraform = { PATH: '/usr/bin:/bin' };
  before(async () => {
    h = await setup();
    releases = await startReleases();
    toolCache = await mkdtemp(join(tmpdir(), 'gantry-toolcache-'));
  });
  after(async () => {
    await h.close();
    releases.server.closeAllConnections();
    await new Promise((resolve) => releases.server.close(resolve));
  });
  const run = (inputs: Record<string, string>, env: Record<string, string>) =>
    h.run(
      { comment: 'off', 'upload-plan': 'false', ...inputs },
      {
        env: { GANTRY_TERRAFORM_RELEASES_URL: releases.url, RUNNER_TOOL_CACHE: toolCache, ...env },
      },
    );

  it('a tampered checksum fails with a clear error and installs nothing', async (t) => {
    if (!requireTool(t, 'zip', 'apt-get install -y zip')) return;
    releases.tamper = true;
    const result = await run({ 'tool-version': VERSION }, noTerraform);
    releases.tamper = false;
    assert.equal(result.code, 1, explain(result));
    assert.match(
      result.stdout,
      /::error::Checksum mismatch for terraform_1\.11\.4_linux_amd64\.zip: SHA256SUMS says [0-9a-f]{64}, the download is [0-9a-f]{64}; nothing installed\./,
    );
    assert.equal(existsSync(join(toolCache, 'terraform', VERSION)), false);
    assert.equal(
      existsSync(join(h.workspace, 'stacks/network/.terraform')),
      false,
      'terraform never ran',
    );
    assert.equal(result.outputs['failure-reason'], 'checksum-mismatch');
  });

  it('installs the asked version when PATH has none, verifies it, caches it and plans with it', async (t) => {
    if (!requireTool(t, 'zip', 'apt-get install -y zip')) return;
    releases.requests.length = 0;
    const result = await run({ 'tool-version': VERSION }, noTerraform);
    assert.equal(result.code, 0, explain(result));
    assert.deepEqual(releases.requests.sort(), [
      `/${VERSION}/terraform_${VERSION}_SHA256SUMS`,
      `/${VERSION}/${ZIP}`,
    ]);
    assert.match(result.stdout, /Installed terraform 1\.11\.4 \(SHA-256 verified\)/);
    const cached = join(toolCache, 'terraform', VERSION, 'x64', 'terraform');
    assert.ok(existsSync(cached), 'in the tool cache');
    assert.ok(
      result.stdout.includes(`$ ${cached} init`),
      'plans with the installed binary (no wrapper)',
    );
    assert.equal(result.outputs['exit-code'], '2');
  });

  it('a second run finds it in the tool cache: no download', async (t) => {
    if (!requireTool(t, 'zip', 'apt-get install -y zip')) return;
    releases.requests.length = 0;
    const result = await run({}, noTerraform);
    assert.equal(
      result.code,
      1,
      'without tool-version nothing asks for an exact version and PATH has none',
    );
    await h.write({ 'stacks/network/.terraform-version': `${VERSION}\n` });
    const again = await run({}, noTerraform);
    assert.equal(again.code, 0, explain(again));
    assert.deepEqual(releases.requests, []);
  });

  it('downloads nothing when the binary on PATH already is the asked version', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    releases.requests.length = 0;
    const result = await run({ 'tool-version': VERSION }, {});
    assert.equal(result.code, 0, explain(result));
    assert.deepEqual(releases.requests, []);
    assert.match(
      result.stdout,
      /Using terraform 1\.11\.4 at \S*terraform \(the tool-version input\)/,
    );
  });

  it('a required_version the binary does not satisfy fails before planning, naming both', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    await h.write({ 'stacks/old/main.tf': 'terraform {\n  required_version = "~> 1.4.0"\n}\n' });
    const result = await run({ 'working-directory': 'stacks/old' }, {});
    assert.equal(result.code, 1, explain(result));
    assert.match(
      result.stdout,
      /::error::required_version in main\.tf asks for terraform >=1\.4\.0 <1\.5\.0-0|::error::required_version in main\.tf asks for terraform ~1\.4\.0/,
    );
    assert.match(result.stdout, /is 1\.11\.4/);
    await writeFile(join(h.workspace, 'stacks/old/main.tf'), '');
  });
});
