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
import type { StoredCredentials } from './credentials.js';
import {
  parseImageRef,
  RegistryError,
  type RegistryAuth,
  type RegistryClient,
} from './registry.js';

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
  /** Logins stored by earlier steps (docker/login-action), for registries the action itself
   * did not log in to. */
  credentials?: (registry: string) => Promise<StoredCredentials | undefined>;
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

type Run = (cmd: Command, step: string) => Promise<void>;

/** Runs one builder command, streaming its output; a failure is one line: the step and the
 * builder's last error line. */
function runner(exec: Exec, log: Logger, env: Record<string, string>): Run {
  return async (cmd, step) => {
    log.info(`$ ${[cmd.command, ...cmd.args].join(' ')}`);
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
  };
}

/** The digest each push wrote (buildah/podman --digestfile) or buildx's metadata file. */
async function reportedDigests(
  builder: BuilderKind,
  tags: readonly string[],
  files: { metadata: string; digest: (i: number) => string },
): Promise<(string | undefined)[]> {
  if (builder === 'docker') {
    const digest = await readBuildxDigest(files.metadata);
    return tags.map(() => digest);
  }
  return Promise.all(
    tags.map(
      async (_, i) => (await readFile(files.digest(i), 'utf8').catch(() => '')).trim() || undefined,
    ),
  );
}

/** Every tag's manifest digest as the registry reports it; it must match what the push said.
 * A registry that will not let us read (401/403: the push used credentials we were not given)
 * leaves the pushed digest standing, with a warning; no digest at all fails. */
async function confirmDigests(
  tags: readonly string[],
  reported: readonly (string | undefined)[],
  registry: RegistryClient,
  auth: (tag: string) => Promise<RegistryAuth>,
  log: Logger,
): Promise<{ tag: string; digest: string }[]> {
  const confirmed: { tag: string; digest: string }[] = [];
  for (const [i, tag] of tags.entries()) {
    const pushed = reported[i];
    let digest: string | undefined;
    try {
      digest = await registry.manifestDigest(tag, await auth(tag));
    } catch (error) {
      const denied = error instanceof RegistryError && [401, 403].includes(error.status);
      if (!denied || !pushed) throw error;
      log.warn(`Cannot read ${tag} back (${error.message}); using the digest the push reported.`);
      digest = pushed;
    }
    if (!digest) {
      throw new UserError(`Pushed ${tag}, but the registry has no manifest for it.`, {
        reason: 'no-digest',
      });
    }
    if (pushed && digest !== pushed) {
      throw new UserError(
        `Registry digest ${digest} for ${tag} differs from the pushed ${pushed}.`,
        {
          reason: 'digest-mismatch',
        },
      );
    }
    confirmed.push({ tag, digest });
  }
  return confirmed;
}

/** `registry/name:tag` → `registry/name`. */
const imageName = (ref: string): string =>
  ref.lastIndexOf(':') > ref.lastIndexOf('/') ? ref.slice(0, ref.lastIndexOf(':')) : ref;

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
  const run = runner(exec, log, { ...ports.env, REGISTRY_AUTH_FILE: authFile });

  // 3. Log in (password on stdin only); log out afterwards whatever happens.
  const registry = req.login
    ? req.login.registry || parseImageRef(spec.tags[0] ?? '').registry
    : undefined;
  const login =
    req.login && registry
      ? { ...req.login, registry, tlsVerify: spec.tlsVerify, authFile }
      : undefined;
  if (login) await run(loginArgs(login, builder), `login to ${registry} as ${login.username}`);
  try {
    // 4. Build (docker buildx pushes here too).
    const files = {
      metadata: join(req.workDir, 'build-metadata.json'),
      digest: (i: number) => join(req.workDir, `digest-${i}`),
    };
    await log.group('Build', () =>
      run(buildArgs({ ...spec, metadataFile: files.metadata }, builder), 'build'),
    );
    if (!spec.push) {
      return {
        builder,
        digest: undefined,
        image: undefined,
        metadata: { builder, pushed: false, tags: spec.tags },
      };
    }
    // 5. Push each tag (buildah/podman), each writing its digest.
    await log.group('Push', async () => {
      for (const cmd of pushArgs(spec, builder, files.digest)) {
        await run(cmd, `push ${cmd.args[cmd.args.length - 1] ?? ''}`);
      }
    });
    // 6. Confirm against the registry: its Docker-Content-Digest is the one that counts.
    const auth = async (tag: string): Promise<RegistryAuth> => {
      const host = parseImageRef(tag).registry;
      const creds =
        login && host === login.registry
          ? { username: login.username, password: login.password }
          : await ports.credentials?.(host);
      return { insecure: !spec.tlsVerify, ...creds };
    };
    const reported = await reportedDigests(builder, spec.tags, files);
    const confirmed = await confirmDigests(spec.tags, reported, ports.registry, auth, log);
    const digest = confirmed[0]?.digest;
    if (!digest) throw new UserError('The push reported no digest.', { reason: 'no-digest' });
    const image = `${imageName(spec.tags[0] ?? '')}@${digest}`;
    log.info(`Pushed ${image}`);
    return {
      builder,
      digest,
      image,
      metadata: { builder, pushed: true, digest, image, tags: confirmed },
    };
  } finally {
    if (login) {
      const out = logoutArgs(login, builder);
      await exec({
        command: out.command,
        args: out.args,
        env: { ...ports.env, REGISTRY_AUTH_FILE: authFile },
      }).catch(() => undefined);
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
