// The rollout action's inputs and outputs: one table each, mirrored by actions/rollout/action.yml
// (a test holds the two together), and the one place inputs are read.
import * as core from '@actions/core';
import { parse } from 'yaml';
import { UserError } from '../../shared/errors.js';
import { parseDuration } from '../../rollout/duration.js';
import type { SmokeOptions } from '../../rollout/types.js';

export const INPUTS = {
  action: {
    description:
      'deploy (blue-green rollout of image), rollback (flip back to the previous color) or status.',
    required: false,
    default: 'deploy',
  },
  namespace: { description: 'Kubernetes namespace of the app.', required: true, default: '' },
  app: {
    description:
      'App name: the Service is <app>, the Deployments <app>-blue / <app>-green, the preview Service <app>-preview.',
    required: true,
    default: '',
  },
  image: {
    description:
      "Image to deploy, by digest (name@sha256:…), e.g. the publish action's digest output. Required for deploy.",
    required: false,
    default: '',
  },
  'allow-mutable-tag': {
    description:
      'Accept a tag instead of a digest (reruns and rollbacks are then not reproducible).',
    required: false,
    default: 'false',
  },
  manifests: {
    description:
      'A YAML template with a Deployment (container named app) and a Service, placeholders {{app}} {{color}} {{image}} {{namespace}} {{name}} {{replicas}}; or a Kustomize directory (rendered with kubectl kustomize). Empty: a built-in template (port 8080 behind port 80).',
    required: false,
    default: '',
  },
  replicas: {
    description:
      "Replicas of the new color. Empty: the live color's current count (1 at bootstrap).",
    required: false,
    default: '',
  },
  'health-path': {
    description:
      'HTTP path checked through the live Service during verify-window (any 2xx passes).',
    required: false,
    default: '/health',
  },
  'smoke-path': {
    description:
      'HTTP path requested through the preview Service before the switch. Empty: health-path.',
    required: false,
    default: '',
  },
  'smoke-expect-status': {
    description: 'Expected HTTP status of the smoke request.',
    required: false,
    default: '200',
  },
  'smoke-expect-body': {
    description: 'A substring the smoke response body must contain. Empty: any body.',
    required: false,
    default: '',
  },
  'smoke-retries': {
    description: 'Smoke retries after the first attempt (backoff 250 ms doubling, at most 2 s).',
    required: false,
    default: '3',
  },
  'smoke-timeout': {
    description: 'Timeout of one smoke request (or of smoke-command), e.g. 10s.',
    required: false,
    default: '10s',
  },
  'smoke-command': {
    description:
      'Instead of the HTTP smoke test: a shell command run with PREVIEW_URL set; exit 0 passes.',
    required: false,
    default: '',
  },
  'ready-timeout': {
    description: 'How long the new color may take to be fully ready behind the preview, e.g. 5m.',
    required: false,
    default: '5m',
  },
  'verify-window': {
    description:
      'How long to watch the live Service after the switch; a failure reverts automatically.',
    required: false,
    default: '30s',
  },
  'rollback-window': {
    description:
      'How long the previous color stays scaled after the switch (a rollback is then one patch); at least 30s. Then it is scaled to zero (kept).',
    required: false,
    default: '60s',
  },
  kubeconfig: {
    description:
      'Kubeconfig content (masked). Empty: the file named by KUBECONFIG, else ~/.kube/config.',
    required: false,
    default: '',
  },
  'preview-url': {
    description:
      'URL the runner reaches the preview Service at; {service} {namespace} {port} {app} are replaced. Empty: http://{service}.{namespace}.svc.cluster.local:{port}.',
    required: false,
    default: '',
  },
  'live-url': {
    description:
      "URL the runner reaches the live Service at (same placeholders). Empty: the Service's cluster DNS name.",
    required: false,
    default: '',
  },
} as const;

export const OUTPUTS = {
  'active-color': { description: 'The color serving traffic at the end (blue or green).' },
  'previous-color': { description: 'The other color, kept warm for the rollback window.' },
  image: { description: 'The image the action deployed or rolled back to.' },
  'switched-at': { description: 'ISO time of the last switch of the live Service.' },
  'switch-ms': { description: 'Duration of the switch patch in milliseconds.' },
  'rollback-ms': {
    description:
      'Rollback time in milliseconds: the automatic revert after a failed verification, or a rollback end to end.',
  },
  outcome: {
    description:
      'deployed, bootstrapped, rolled-back, aborted-not-ready, aborted-smoke, reverted-after-switch, or failed (an API error).',
  },
} as const;

export type InputName = keyof typeof INPUTS;
export type OutputName = keyof typeof OUTPUTS;
export const ACTIONS = ['deploy', 'rollback', 'status'] as const;

export interface RolloutActionInputs {
  action: (typeof ACTIONS)[number];
  namespace: string;
  app: string;
  image: string;
  allowMutableTag: boolean;
  manifests?: string;
  replicas?: number;
  healthPath: string;
  smoke: SmokeOptions;
  readyTimeoutMs: number;
  verifyWindowMs: number;
  rollbackWindowMs: number;
  kubeconfig?: string;
  previewUrl?: string;
  liveUrl?: string;
}

const get = (name: InputName): string => core.getInput(name).trim() || INPUTS[name].default;
const bool = (name: InputName): boolean =>
  core.getInput(name).trim() ? core.getBooleanInput(name) : String(INPUTS[name].default) === 'true';

function integer(name: InputName, min: number): number | undefined {
  const raw = get(name);
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new UserError(`${name} must be a whole number ≥ ${min}, not '${raw}'.`, {
      reason: 'bad-input',
    });
  }
  return value;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Masks the kubeconfig and every credential inside it (token, keys, password). */
export function maskKubeconfig(content: string, mask: (secret: string) => void): void {
  mask(content);
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && /token|key-data|password|certificate-data|secret/i.test(key))
        mask(value);
      else walk(value);
    }
  };
  try {
    walk(parse(content));
  } catch {
    // Not YAML: the whole content is masked already; loading it will report the problem.
  }
}

/** Reads and checks every input; a UserError before anything runs for a bad one. */
export function getInputs(): RolloutActionInputs {
  const kubeconfig = core.getInput('kubeconfig');
  if (kubeconfig) maskKubeconfig(kubeconfig, (s) => core.setSecret(s));
  const action = get('action');
  if (!(ACTIONS as readonly string[]).includes(action)) {
    throw new UserError(`action must be deploy, rollback or status, not '${action}'.`, {
      reason: 'bad-input',
    });
  }
  const namespace = get('namespace');
  const app = get('app');
  for (const [name, value] of [
    ['namespace', namespace],
    ['app', app],
  ] as const) {
    if (!DNS_LABEL.test(value) || value.length > 50) {
      throw new UserError(
        `${name} must be a DNS label (lowercase letters, digits, '-'; at most 50), not '${value}'.`,
        { reason: 'bad-input' },
      );
    }
  }
  const image = get('image');
  if (action === 'deploy' && !image) {
    throw new UserError('image is required for action: deploy.', {
      reason: 'bad-input',
      hint: 'Pass the digest reference from the publish step (name@sha256:…).',
    });
  }
  const healthPath = get('health-path');
  const expectStatus = integer('smoke-expect-status', 100) ?? 200;
  return {
    action: action as RolloutActionInputs['action'],
    namespace,
    app,
    image,
    allowMutableTag: bool('allow-mutable-tag'),
    manifests: get('manifests') || undefined,
    replicas: integer('replicas', 1),
    healthPath,
    smoke: {
      path: get('smoke-path') || healthPath,
      expectStatus,
      expectBody: get('smoke-expect-body') || undefined,
      retries: integer('smoke-retries', 0) ?? 3,
      timeoutMs: parseDuration(get('smoke-timeout'), 'smoke-timeout'),
      command: get('smoke-command') || undefined,
    },
    readyTimeoutMs: parseDuration(get('ready-timeout'), 'ready-timeout'),
    verifyWindowMs: parseDuration(get('verify-window'), 'verify-window'),
    rollbackWindowMs: parseDuration(get('rollback-window'), 'rollback-window'),
    kubeconfig: kubeconfig || undefined,
    previewUrl: get('preview-url') || undefined,
    liveUrl: get('live-url') || undefined,
  };
}
