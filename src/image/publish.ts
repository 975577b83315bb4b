// Build and push, as a numbered list of steps over ports (exec, registry, logger). The digest a
// run reports is the registry's own Docker-Content-Digest for what was pushed.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../shared/errors.js';
import type { Exec } from '../shared/exec.js';
import type { Logger } from '../shared/log.js';
import {
  buildArgs,
  loginArgs,
  logoutArgs,
  pickBuilder,
  PROBES,
  pushArgs,
  BUILDERS,
  type BuilderChoice,
  type BuilderKind,
  type BuildSpec,
  type Command,
} from './builder.js';
import { parseImageRef, type RegistryClient } from './registry.js';

export interface PublishRequest {
  builder: BuilderChoice;
  spec: Omit<BuildSpec, 'metadataFile' | 'authFile'>;
  login?: { registry?: string; username: string; password: string };
  /** A private temp dir: digest files, the credentials file. */
  workDir: string;
}

export interface PublishPorts {
  exec: Exec;
  log: Logger;
  registry: RegistryClient;
  env?: Readonly<Record<string, string>>;
}

export interface PublishResult {
  builder: BuilderKind;
  /** `sha256:…` of the pushed manifest; undefined when nothing was pushed. */
  digest: string | undefined;
  /** `<first image>@<digest>`: what deploys reference. */
  image: string | undefined;
  metadata: Record<string, unknown>;
}

function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}

export async function detectBuilder(choice: BuilderChoice, exec: Exec): Promise<BuilderKind> {
  const wanted = choice === 'auto' ? BUILDERS : [choice];
  const present: Record<BuilderKind, boolean> = { docker: false, buildah: false, podman: false };
  for (const b of wanted) {
    const probe = PROBES[b];
    const r = await exec({ command: probe.command, args: probe.args, timeoutMs: 20_000 });
    present[b] = r.termination === 'exited' && r.exitCode === 0;
    if (present[b] && choice === 'auto') break;
  }
  return pickBuilder(choice, present);
}

export async function publish(req: PublishRequest, ports: PublishPorts): Promise<PublishResult> {
  const { log, exec } = ports;
  const authFile = join(req.workDir, 'auth.json');
  const spec: BuildSpec = { ...req.spec, authFile };
  if (req.login?.password) log.mask(req.login.password);

  // 1. Refuse what cannot work before any side effect.
  if (spec.push && spec.tags.length === 0) {
    throw new UserError('Nothing to push: the tag rules produced no tags for this ref.', {
      reason: 'no-tags',
      hint: 'Check the tags input, or set push: false.',
    });
  }
  // 2. Pick the builder; a private, empty credentials file for buildah/podman.
  await writeFile(authFile, '{"auths":{}}\n', { mode: 0o600 });
  const builder = await detectBuilder(req.builder, exec);
  log.info(`Builder: ${builder}`);
  const env = { ...ports.env, REGISTRY_AUTH_FILE: authFile };
  const run = async (cmd: Command, step: string): Promise<string> => {
    const shown = [cmd.command, ...cmd.args].join(' ');
    log.info(`$ ${shown}`);
    const r = await exec({
      command: cmd.command,
      args: cmd.args,
      input: cmd.input,
      env,
      onStderr: (c) => log.write(c),
      onStdout: (c) => log.write(c),
    });
    if (r.termination !== 'exited' || r.exitCode !== 0) {
      const why =
        r.spawnError ?? (lastLine(r.stderr) || lastLine(r.stdout) || `exit ${r.exitCode}`);
      throw new UserError(`${step} failed: ${why}`, { reason: `${step.split(' ')[0]}-failed` });
    }
    return r.stdout;
  };

  // 3. Log in (password on stdin only), and always log out afterwards.
  const registry = req.login
    ? req.login.registry || parseImageRef(spec.tags[0] ?? '').registry
    : undefined;
  const loginSpec =
    req.login && registry
      ? { ...req.login, registry, tlsVerify: spec.tlsVerify, authFile }
      : undefined;
  if (loginSpec)
    await run(loginArgs(loginSpec, builder), `login to ${registry} as ${loginSpec.username}`);
  try {
    // 4. Build (docker pushes here too).
    const metadataFile = join(req.workDir, 'build-metadata.json');
    await log.group('Build', () => run(buildArgs({ ...spec, metadataFile }, builder), 'build'));
    if (!spec.push)
      return {
        builder,
        digest: undefined,
        image: undefined,
        metadata: { builder, pushed: false, tags: spec.tags },
      };

    // 5. Push (buildah/podman) and read the digest the push wrote.
    const digestFile = (i: number): string => join(req.workDir, `digest-${i}`);
    const pushes = pushArgs(spec, builder, digestFile);
    await log.group('Push', async () => {
      for (const cmd of pushes) await run(cmd, `push ${cmd.args[cmd.args.length - 1] ?? ''}`);
    });
    const reported =
      builder === 'docker'
        ? await readBuildxDigest(metadataFile)
        : (await readFile(digestFile(0), 'utf8').catch(() => '')).trim() || undefined;

    // 6. Confirm every tag against the registry: its digest is the one that counts.
    const confirmed: { tag: string; digest: string }[] = [];
    for (const tag of spec.tags) {
      const sameRegistry = registry !== undefined && parseImageRef(tag).registry === registry;
      const auth = {
        insecure: !spec.tlsVerify,
        ...(sameRegistry && req.login
          ? { username: req.login.username, password: req.login.password }
          : {}),
      };
      const digest = await ports.registry.manifestDigest(tag, auth);
      if (!digest)
        throw new UserError(`Pushed ${tag}, but the registry has no manifest for it.`, {
          reason: 'no-digest',
        });
      if (reported && digest !== reported) {
        throw new UserError(
          `Registry digest ${digest} for ${tag} differs from the pushed ${reported}.`,
          { reason: 'digest-mismatch' },
        );
      }
      confirmed.push({ tag, digest });
    }
    const digest = confirmed[0]?.digest ?? reported;
    if (!digest) throw new UserError('The push reported no digest.', { reason: 'no-digest' });
    const first = spec.tags[0] ?? '';
    const name = first.slice(
      0,
      first.lastIndexOf(':') > first.lastIndexOf('/') ? first.lastIndexOf(':') : first.length,
    );
    const image = `${name}@${digest}`;
    log.info(`Pushed ${image}`);
    return {
      builder,
      digest,
      image,
      metadata: { builder, pushed: true, digest, image, tags: confirmed },
    };
  } finally {
    if (loginSpec) {
      const out = logoutArgs(loginSpec, builder);
      await exec({ command: out.command, args: out.args, env }).catch(() => undefined);
    }
  }
}

async function readBuildxDigest(file: string): Promise<string | undefined> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const digest = data['containerimage.digest'];
    return typeof digest === 'string' ? digest : undefined;
  } catch {
    return undefined;
  }
}
