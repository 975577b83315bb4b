import type { Exec } from '../shared/exec.js';
import type { Logger } from '../shared/log.js';
import type { Kube } from './kube.js';

export type Color = 'blue' | 'green';
export const COLORS: readonly Color[] = ['blue', 'green'];
export const otherColor = (color: Color): Color => (color === 'blue' ? 'green' : 'blue');

export type Outcome =
  | 'deployed'
  | 'bootstrapped'
  | 'rolled-back'
  | 'aborted-not-ready'
  | 'aborted-smoke'
  | 'reverted-after-switch'
  /** An API error or another unexpected stop (the message says which call failed). */
  | 'failed';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What a rollout needs from the outside world. */
export interface RolloutPorts {
  kube: Kube;
  exec: Exec;
  log: Logger;
  clock: Clock;
  /** Where relative `manifests` paths resolve. */
  cwd: string;
}

export interface SmokeOptions {
  /** HTTP path checked through the preview Service (default: the health path). */
  path: string;
  expectStatus: number;
  expectBody?: string;
  retries: number;
  timeoutMs: number;
  /** Instead of HTTP: a shell command run with PREVIEW_URL set; exit 0 passes. */
  command?: string;
}

/** Identity of this run, for the lease and the annotations. */
export interface RunInfo {
  id: string;
  url?: string;
}

export interface TargetOptions {
  namespace: string;
  app: string;
  /** Overrides the replica count (default: the live color's). */
  replicas?: number;
  healthPath: string;
  readyTimeoutMs: number;
  rollbackWindowMs: number;
  /** URL templates for checks: `{service}`, `{namespace}`, `{port}`, `{app}` are replaced. */
  previewUrl?: string;
  liveUrl?: string;
  run: RunInfo;
  /** How often readiness and verification poll (default 1 s / 250 ms). */
  pollMs?: number;
}

export interface DeployOptions extends TargetOptions {
  image: string;
  allowMutableTag: boolean;
  /** A template file (YAML) or a Kustomize directory; default: a built-in template. */
  manifests?: string;
  smoke: SmokeOptions;
  verifyWindowMs: number;
}

export interface PhaseRecord {
  name: string;
  ms: number;
  ok: boolean;
}

/** What a rollout did; also carried by RolloutFailure when it failed. */
export interface RolloutReport {
  outcome: Outcome;
  /** False when nothing had to change (the digest was already live). */
  changed: boolean;
  activeColor?: Color;
  previousColor?: Color;
  image?: string;
  switchedAt?: string;
  switchMs?: number;
  rollbackMs?: number;
  phases: PhaseRecord[];
  /** Pod conditions and events gathered when the rollout failed. */
  diagnostics: string[];
}
