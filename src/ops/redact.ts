/**
 * Redaction for support bundles: a bundle is attached to tickets and chat threads, so no Secret
 * value, no secret-looking environment value and no credential in a log line may reach it.
 */
import { isRecord } from '../shared/json.js';

export const REDACTED = '<redacted>';

/** Names of variables and keys that hold secrets by convention. */
const SECRET_NAME =
  /(pass(word|wd)?|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential|auth|session|cookie|signing|dsn|salt|cert)/i;

/** Values that are secrets whatever their name. */
const SECRET_VALUE: readonly RegExp[] = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i, // URL with user:password@
  /\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/, // JWT
  /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/, // GitHub tokens
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/, // AWS access key id
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/, // Slack tokens
  /\bsk_(live|test)_[A-Za-z0-9]{10,}/, // Stripe keys
];

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

export function looksSecret(value: string): boolean {
  return SECRET_VALUE.some((re) => re.test(value));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replace every value of a map (Secret `data`/`stringData`) by a length-free marker. */
function redactMap(map: unknown): Json {
  if (!isRecord(map)) return map as Json;
  return Object.fromEntries(Object.keys(map).map((k) => [k, REDACTED]));
}

/** ConfigMap data: keep values unless the key or the value looks secret. */
function redactConfigData(map: unknown, found: Set<string>): Json {
  if (!isRecord(map)) return map as Json;
  return Object.fromEntries(
    Object.entries(map).map(([k, v]) => {
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      if (isSecretName(k) || looksSecret(text)) {
        if (text) found.add(text);
        return [k, REDACTED];
      }
      return [k, v as Json];
    }),
  );
}

/** Container env: `value` of a secret-named or secret-looking variable is replaced. */
function redactEnv(env: unknown, found: Set<string>): Json {
  if (!Array.isArray(env)) return env as Json;
  return env.map((entry: unknown) => {
    if (!isRecord(entry) || typeof entry.value !== 'string') return entry as Json;
    const name = typeof entry.name === 'string' ? entry.name : '';
    if (!isSecretName(name) && !looksSecret(entry.value)) return entry as Json;
    if (entry.value) found.add(entry.value);
    return { ...(entry as Record<string, Json>), value: REDACTED };
  });
}

/**
 * Redact a Kubernetes object (any kind) for a bundle. Returns the redacted copy and the secret
 * values that were found, so the same strings can be scrubbed from logs and events.
 */
export function redactObject(object: unknown): { object: unknown; secrets: string[] } {
  const found = new Set<string>();
  const kind = isRecord(object) ? object.kind : undefined;
  const walk = (value: unknown, key: string | undefined): Json => {
    if (Array.isArray(value)) return value.map((v) => walk(v, undefined));
    if (!isRecord(value)) return value as Json;
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) {
      if (kind === 'Secret' && (k === 'data' || k === 'stringData') && key === undefined) {
        if (isRecord(v))
          Object.values(v).forEach((s) => typeof s === 'string' && s && found.add(s));
        out[k] = redactMap(v);
      } else if (
        kind === 'ConfigMap' &&
        (k === 'data' || k === 'binaryData') &&
        key === undefined
      ) {
        out[k] = redactConfigData(v, found);
      } else if (k === 'env') {
        out[k] = redactEnv(v, found);
      } else if (k === 'kubectl.kubernetes.io/last-applied-configuration') {
        out[k] = REDACTED; // a full copy of the object as applied, Secret data and env included
      } else {
        out[k] = walk(v, k);
      }
    }
    return out;
  };
  return { object: walk(object, undefined), secrets: [...found] };
}

/** Also decoded forms: Secret data is base64, and a log may print the decoded value. */
function variants(secret: string): string[] {
  const out = [secret];
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(secret) && secret.length >= 8) {
    const decoded = Buffer.from(secret, 'base64').toString('utf8');
    if (decoded.length >= 4 && !decoded.includes('\uFFFD')) out.push(decoded);
  }
  return out;
}

/** Scrub known secret values and credential-shaped text out of free text (logs, events). */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  const known = secrets
    .flatMap(variants)
    .filter((s) => s.length >= 4)
    .sort((a, b) => b.length - a.length);
  for (const s of known) out = out.split(s).join(REDACTED);
  return out
    .replace(
      /(-----BEGIN [A-Z ]*PRIVATE KEY-----)[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----)/g,
      `$1${REDACTED}$2`,
    )
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, `$1${REDACTED}@`)
    .replace(/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`)
    .replace(/\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g, REDACTED)
    .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, REDACTED)
    .replace(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, REDACTED)
    .replace(/\bxox[abprs]-[A-Za-z0-9-]{10,}/g, REDACTED)
    .replace(/\bsk_(live|test)_[A-Za-z0-9]{10,}/g, REDACTED)
    .replace(
      /\b([A-Za-z_][A-Za-z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY)[A-Za-z0-9_]*)([ \t]*[=:][ \t]*)("[^"]*"|'[^']*'|[^\s"',;]+)/gi,
      (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`,
    );
}
