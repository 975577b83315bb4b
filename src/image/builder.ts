// "What command will we run": pure functions from typed inputs to argv, one per builder.
// docker buildx builds and pushes in one step; buildah and podman build, then push each tag with
// --digestfile so the digest comes from the push itself.
import { UserError } from '../shared/errors.js';

export const BUILDERS = ['docker', 'buildah', 'podman'] as const;
export type BuilderKind = (typeof BUILDERS)[number];
export type BuilderChoice = BuilderKind | 'auto';

/** Local storage for buildah/podman (rootless sandboxes and tests need vfs + chroot). */
export interface StorageOptions {
  root?: string;
  runroot?: string;
  driver?: string;
  isolation?: string;
}

export interface BuildSpec {
  context: string;
  file?: string;
  buildArgs: readonly string[];
  target?: string;
  platforms: readonly string[];
  cacheFrom: readonly string[];
  cacheTo: readonly string[];
  labels: readonly string[];
  /** `<level>:key=value` lines (metadata-action's annotations output). */
  annotations: readonly string[];
  tags: readonly string[];
  push: boolean;
  tlsVerify: boolean;
  storage: StorageOptions;
  /** Registry credentials file (REGISTRY_AUTH_FILE / DOCKER_CONFIG are the builders' own). */
  authFile?: string;
  /** docker: `--metadata-file` (holds containerimage.digest). */
  metadataFile?: string;
  /** Local manifest list name for multi-platform buildah/podman builds. */
  manifestName?: string;
}

export interface Command {
  command: string;
  args: string[];
  /** Fed on stdin (passwords: never on the command line). */
  input?: string;
}

/** The first builder present, unless one was asked for. */
export function pickBuilder(
  choice: BuilderChoice,
  present: Readonly<Record<BuilderKind, boolean>>,
): BuilderKind {
  if (choice !== 'auto') {
    if (!present[choice]) {
      throw new UserError(`Builder '${choice}' is not available on this machine.`, {
        reason: 'builder-missing',
        hint:
          choice === 'docker'
            ? 'docker buildx must work (docker buildx version).'
            : `Install ${choice}.`,
      });
    }
    return choice;
  }
  const found = BUILDERS.find((b) => present[b]);
  if (!found) {
    throw new UserError('No image builder found: none of docker buildx, buildah, podman works.', {
      reason: 'builder-missing',
      hint: 'Install one (apt-get install -y buildah) or use a GitHub-hosted runner.',
    });
  }
  return found;
}

/** The argv prefix that selects storage for buildah/podman (global options go first). */
function globalArgs(builder: BuilderKind, s: StorageOptions): string[] {
  if (builder === 'docker') return [];
  return [
    ...(s.root ? ['--root', s.root] : []),
    ...(s.runroot ? ['--runroot', s.runroot] : []),
    ...(s.driver ? ['--storage-driver', s.driver] : []),
  ];
}

const many = (flag: string, values: readonly string[]): string[] =>
  values.flatMap((v) => [flag, v]);
const stripLevel = (a: string): string => a.replace(/^[a-z-]+(\[[^\]]*\])?:/, '');

export function buildArgs(spec: BuildSpec, builder: BuilderKind): Command {
  const common = [
    ...(spec.file ? ['--file', spec.file] : []),
    ...many('--build-arg', spec.buildArgs),
    ...(spec.target ? ['--target', spec.target] : []),
    ...(spec.platforms.length ? ['--platform', spec.platforms.join(',')] : []),
    ...many('--cache-from', spec.cacheFrom),
    ...many('--cache-to', spec.cacheTo),
    ...many('--label', spec.labels),
  ];
  if (builder === 'docker') {
    return {
      command: 'docker',
      args: [
        'buildx',
        'build',
        ...common,
        ...many('--annotation', spec.annotations),
        ...many('--tag', spec.tags),
        ...(spec.metadataFile ? ['--metadata-file', spec.metadataFile] : []),
        ...(spec.push ? ['--push'] : []),
        spec.context,
      ],
    };
  }
  // buildah/podman take plain key=value annotations for the image manifest only.
  const manifestAnnotations = spec.annotations.filter(
    (a) => /^manifest(\[|:)/.test(a) || !a.includes(':'),
  );
  const multi = spec.platforms.length > 1;
  const sub = builder === 'buildah' ? 'bud' : 'build';
  return {
    command: builder,
    args: [
      ...globalArgs(builder, spec.storage),
      sub,
      ...(spec.storage.isolation ? ['--isolation', spec.storage.isolation] : []),
      ...(spec.tlsVerify ? [] : ['--tls-verify=false']),
      // buildah/podman only read or write a cache with layers on.
      ...(spec.cacheFrom.length || spec.cacheTo.length ? ['--layers'] : []),
      ...common,
      ...many('--annotation', manifestAnnotations.map(stripLevel)),
      ...(multi
        ? ['--manifest', spec.manifestName ?? 'localhost/gantry-build']
        : many('--tag', spec.tags)),
      spec.context,
    ],
  };
}

/** buildah/podman: one push per tag, each writing the pushed manifest's digest to a file.
 * docker pushes during the build: no extra commands. */
export function pushArgs(
  spec: BuildSpec,
  builder: BuilderKind,
  digestFile: (i: number) => string,
): Command[] {
  if (builder === 'docker' || !spec.push) return [];
  const multi = spec.platforms.length > 1;
  const local = multi ? (spec.manifestName ?? 'localhost/gantry-build') : (spec.tags[0] ?? '');
  return spec.tags.map((tag, i) => ({
    command: builder,
    args: [
      ...globalArgs(builder, spec.storage),
      ...(multi ? ['manifest', 'push', '--all'] : ['push']),
      ...(spec.tlsVerify ? [] : ['--tls-verify=false']),
      ...(spec.authFile ? ['--authfile', spec.authFile] : []),
      '--digestfile',
      digestFile(i),
      local,
      `docker://${tag}`,
    ],
  }));
}

export interface LoginSpec {
  registry: string;
  username: string;
  password: string;
  tlsVerify: boolean;
  authFile?: string;
}

export function loginArgs(spec: LoginSpec, builder: BuilderKind): Command {
  const extra =
    builder === 'docker'
      ? []
      : [
          ...(spec.tlsVerify ? [] : ['--tls-verify=false']),
          ...(spec.authFile ? ['--authfile', spec.authFile] : []),
        ];
  return {
    command: builder,
    args: ['login', '--username', spec.username, '--password-stdin', ...extra, spec.registry],
    input: spec.password,
  };
}

export function logoutArgs(
  spec: Pick<LoginSpec, 'registry' | 'authFile'>,
  builder: BuilderKind,
): Command {
  const extra = builder !== 'docker' && spec.authFile ? ['--authfile', spec.authFile] : [];
  return { command: builder, args: ['logout', ...extra, spec.registry] };
}

/** How to ask whether a builder is present. */
export const PROBES: Readonly<Record<BuilderKind, Command>> = {
  docker: { command: 'docker', args: ['buildx', 'version'] },
  buildah: { command: 'buildah', args: ['--version'] },
  podman: { command: 'podman', args: ['--version'] },
};
