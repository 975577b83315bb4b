// The publish action's inputs and outputs: one table each, mirrored by actions/publish/action.yml
// (a test holds the two together), and the one place inputs are read.
import * as core from '@actions/core';
import { UserError } from '../../shared/errors.js';
import { BUILDERS, type BuilderChoice } from '../../image/builder.js';
import { parseExistingSource, type ExistingSource } from '../../image/existing.js';
import { inputLines } from '../../image/rules.js';

export const INPUTS = {
  images: { description: 'Image names, one per line (name=…,enable=… accepted).', required: true },
  tags: {
    description:
      'Tag rules, one per line, docker/metadata-action grammar. Empty: schedule, ref branch/tag/pr.',
    required: false,
    default: '',
  },
  flavor: {
    description:
      'Flavor lines: latest=auto|true|false|highest, prefix=…[,onlatest=true], suffix=…[,onlatest=true].',
    required: false,
    default: '',
  },
  labels: {
    description: 'Extra labels key=value, one per line; they win over the standard OCI labels.',
    required: false,
    default: '',
  },
  annotations: {
    description: 'Extra manifest annotations key=value, one per line.',
    required: false,
    default: '',
  },
  'annotation-levels': {
    description: 'Comma-separated annotation levels (manifest, index, …).',
    required: false,
    default: 'manifest',
  },
  'require-version': {
    description: 'Fail when a pushed git tag yields no version tag.',
    required: false,
    default: 'true',
  },
  'pr-head-sha': {
    description: 'On pull_request events use the head commit instead of the merge commit.',
    required: false,
    default: 'false',
  },
  context: { description: 'Build context directory.', required: false, default: '.' },
  file: {
    description: 'Dockerfile path (default: <context>/Dockerfile).',
    required: false,
    default: '',
  },
  'build-args': {
    description: 'Build arguments KEY=value, one per line.',
    required: false,
    default: '',
  },
  target: { description: 'Target stage to build.', required: false, default: '' },
  platforms: {
    description: 'Target platforms, comma or newline separated (e.g. linux/amd64,linux/arm64).',
    required: false,
    default: '',
  },
  'cache-from': {
    description: 'Cache sources, one per line (passed to the builder).',
    required: false,
    default: '',
  },
  'cache-to': {
    description: 'Cache destinations, one per line (passed to the builder).',
    required: false,
    default: '',
  },
  push: {
    description: 'Push the image; without a push there is no digest.',
    required: false,
    default: 'true',
  },
  builder: {
    description: 'auto (docker buildx, else buildah, else podman), docker, buildah or podman.',
    required: false,
    default: 'auto',
  },
  registry: {
    description: 'Registry to log in to (default: the first image’s registry).',
    required: false,
    default: '',
  },
  username: { description: 'Registry user name.', required: false, default: '' },
  password: {
    description: 'Registry password or token (masked; sent on stdin only).',
    required: false,
    default: '',
  },
  'tls-verify': {
    description: 'Verify the registry’s TLS certificate; false also allows plain HTTP.',
    required: false,
    default: 'true',
  },
  'existing-tags-from': {
    description: 'Where latest=highest finds existing releases: registry, git or none.',
    required: false,
    default: 'registry',
  },
  'storage-driver': {
    description: 'buildah/podman storage driver.',
    required: false,
    default: 'vfs',
  },
  'storage-root': {
    description: 'buildah/podman storage root (default: the builder’s own).',
    required: false,
    default: '',
  },
  'storage-runroot': {
    description: 'buildah/podman run root (default: the builder’s own).',
    required: false,
    default: '',
  },
  isolation: {
    description: 'buildah/podman RUN isolation (chroot works in unprivileged containers).',
    required: false,
    default: 'chroot',
  },
  'github-token': {
    description:
      'Token for the GitHub API: the PR comment (needs pull-requests: write; a read-only token, as on fork PRs, only skips the comment, with a warning), the deployment and approval check of apply (deployments: write), the commit date and repository details for publish when the event and git lack them.',
    required: false,
    default: '${{ github.token }}',
  },
} as const;

export const OUTPUTS = {
  version: { description: 'Image version (the highest-priority tag).' },
  tags: { description: 'Image references, one per line.' },
  labels: { description: 'Labels key=value, one per line.' },
  annotations: { description: 'Annotations <level>:key=value, one per line.' },
  json: { description: 'JSON {tags, tag-names, labels, annotations}, like metadata-action.' },
  digest: { description: 'The registry digest of the pushed manifest (sha256:…).' },
  image: { description: 'First image by digest: name@sha256:… (deploy this).' },
  metadata: { description: 'JSON: builder, digest, image and every pushed tag with its digest.' },
  'failure-reason': {
    description: 'Stable code of a user error (no-version-tag, login-failed, …).',
  },
} as const;

export type InputName = keyof typeof INPUTS;

export interface PublishActionInputs {
  images: string[];
  tags: string[];
  flavor: string[];
  labels: string[];
  annotations: string[];
  annotationLevels: string[];
  requireVersion: boolean;
  prHeadSha: boolean;
  context: string;
  file: string;
  buildArgs: string[];
  target: string;
  platforms: string[];
  cacheFrom: string[];
  cacheTo: string[];
  push: boolean;
  builder: BuilderChoice;
  registry: string;
  username: string;
  password: string;
  tlsVerify: boolean;
  existingTagsFrom: ExistingSource;
  storage: { driver: string; root: string; runroot: string; isolation: string };
  githubToken: string;
}

const get = (name: InputName): string => core.getInput(name);
const bool = (name: InputName): boolean => {
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UserError(`Input '${name}' must be true or false, not '${core.getInput(name)}'.`, {
      reason: 'invalid-input',
    });
  }
};
const lines = (name: InputName): string[] => inputLines(get(name));
const list = (name: InputName): string[] =>
  lines(name)
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter(Boolean);

export function getInputs(): PublishActionInputs {
  const builder = get('builder') || 'auto';
  if (builder !== 'auto' && !(BUILDERS as readonly string[]).includes(builder)) {
    throw new UserError(`builder must be auto, docker, buildah or podman, not '${builder}'.`, {
      reason: 'invalid-input',
    });
  }
  const password = get('password');
  if (password) core.setSecret(password);
  return {
    images: lines('images'),
    tags: lines('tags'),
    flavor: lines('flavor'),
    labels: lines('labels'),
    annotations: lines('annotations'),
    annotationLevels: list('annotation-levels'),
    requireVersion: bool('require-version'),
    prHeadSha: bool('pr-head-sha'),
    context: get('context') || '.',
    file: get('file'),
    buildArgs: lines('build-args'),
    target: get('target'),
    platforms: list('platforms'),
    cacheFrom: lines('cache-from'),
    cacheTo: lines('cache-to'),
    push: bool('push'),
    builder: builder as BuilderChoice,
    registry: get('registry'),
    username: get('username'),
    password,
    tlsVerify: bool('tls-verify'),
    existingTagsFrom: parseExistingSource(get('existing-tags-from') || 'registry'),
    storage: {
      driver: get('storage-driver'),
      root: get('storage-root'),
      runroot: get('storage-runroot'),
      isolation: get('isolation'),
    },
    githubToken: get('github-token'),
  };
}
