import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CoreV1Event } from '@kubernetes/client-node';
import { stringify } from 'yaml';
import type { Exec } from '../shared/exec.js';
import { UserError } from '../shared/errors.js';
import type { ClusterReader } from './cluster.js';
import { describeDeployment, describePod, describeService } from './describe.js';
import { formatDiagnosis, table } from './format-status.js';
import { logName, podsFor, readLogs } from './logs.js';
import { redactObject, redactText } from './redact.js';
import { belongsToApp, collectStatus } from './status.js';

export interface BundleRequest {
  namespace: string;
  app: string;
  /** Directory the tar.gz is written to. */
  outDir: string;
  tailLines: number;
  now: Date;
}

export interface BundleResult {
  file: string;
  /** Paths inside the archive, sorted. */
  entries: string[];
  /** Resource kinds the cluster would not serve (404), noted in manifest.json. */
  unavailable: string[];
}

type Listed = { kind: string; apiVersion: string; items: unknown[] | undefined };

/** `20261122T113005Z`: sortable, and safe in a file name on every OS. */
export function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function ownedBy(item: unknown, app: string): boolean {
  const meta = (item as { metadata?: { name?: string; labels?: Record<string, string> } }).metadata;
  const labels = meta?.labels ?? {};
  return (
    belongsToApp(meta?.name ?? '', app) ||
    labels.app === app ||
    labels['app.kubernetes.io/name'] === app ||
    labels['kubernetes.io/service-name']?.startsWith(app) === true
  );
}

function eventsText(events: readonly CoreV1Event[], secrets: readonly string[]): string {
  const rows = [...events]
    .map((e) => {
      const at = (e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp) as Date | string | undefined;
      return [
        at instanceof Date ? at.toISOString() : (at ?? ''),
        e.type ?? '',
        e.reason ?? '',
        `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`,
        String(e.count ?? 1),
        redactText(e.message ?? '', secrets),
      ];
    })
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
  return rows.length
    ? `${table(['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'COUNT', 'MESSAGE'], rows)}\n`
    : 'no events\n';
}

/**
 * Collect and pack everything support needs about one app: resources (YAML, redacted),
 * describe-like text, recent logs, events, and the diagnosis. Secrets are redacted first and
 * everything written afterwards is scrubbed of the values found.
 */
export async function writeSupportBundle(
  reader: ClusterReader,
  exec: Exec,
  request: BundleRequest,
): Promise<BundleResult> {
  const { namespace, app } = request;
  const outDir = resolve(request.outDir);
  const name = `gantry-support-${app}-${namespace}-${stamp(request.now)}`;
  const staging = await mkdtemp(join(tmpdir(), 'gantry-bundle-'));
  const root = join(staging, name);
  const files = new Map<string, string>();
  try {
    // 1. Read everything first: a bundle is a snapshot.
    const status = await collectStatus(reader, { namespace, app, maxEvents: 50 });
    const [services, deployments, pods, events, slices, configMaps, secrets] = await Promise.all([
      reader.listServices(namespace),
      reader.listDeployments(namespace, {}),
      reader.listPods(namespace, {}),
      reader.listNamespaceEvents(namespace),
      reader.listAllEndpointSlices(namespace),
      reader.listConfigMaps(namespace),
      reader.listSecrets(namespace),
    ]);
    const listed: Listed[] = [
      { kind: 'Service', apiVersion: 'v1', items: services },
      { kind: 'Deployment', apiVersion: 'apps/v1', items: deployments },
      { kind: 'Pod', apiVersion: 'v1', items: pods },
      { kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', items: slices },
      { kind: 'ConfigMap', apiVersion: 'v1', items: configMaps },
      { kind: 'Secret', apiVersion: 'v1', items: secrets },
    ];
    // 2. Redact: the secret values found here are scrubbed from every later file.
    const found = new Set<string>();
    const redacted = new Map<string, unknown[]>();
    for (const l of listed) {
      const mine = (l.items ?? []).filter(
        (i) => ownedBy(i, app) || l.kind === 'Secret' || l.kind === 'ConfigMap',
      );
      redacted.set(
        l.kind,
        mine.map((item) => {
          const r = redactObject({
            apiVersion: l.apiVersion,
            kind: l.kind,
            ...plain(item as object),
          });
          r.secrets.forEach((s) => found.add(s));
          return r.object;
        }),
      );
    }
    const secretsFound = [...found];
    const scrub = (text: string): string => redactText(text, secretsFound);
    const appEvents = events.filter((e) => belongsToApp(e.involvedObject?.name ?? '', app));
    // 3. Resources, describe output, events, diagnosis.
    for (const l of listed) {
      const file = `resources/${l.kind.toLowerCase()}s.yaml`;
      if (l.items === undefined) continue;
      files.set(
        file,
        scrub(stringify({ apiVersion: 'v1', kind: 'List', items: redacted.get(l.kind) ?? [] })),
      );
    }
    for (const d of redacted.get('Deployment') ?? []) {
      const n = (d as { metadata: { name: string } }).metadata.name;
      files.set(`describe/deployment-${n}.txt`, `${scrub(describeDeployment(d, appEvents))}\n`);
    }
    for (const p of redacted.get('Pod') ?? []) {
      const n = (p as { metadata: { name: string } }).metadata.name;
      files.set(`describe/pod-${n}.txt`, `${scrub(describePod(p, appEvents))}\n`);
    }
    for (const s of redacted.get('Service') ?? []) {
      const n = (s as { metadata: { name: string } }).metadata.name;
      files.set(
        `describe/service-${n}.txt`,
        `${scrub(describeService(s, redacted.get('EndpointSlice') ?? [], appEvents))}\n`,
      );
    }
    files.set('events.txt', eventsText(appEvents, secretsFound));
    files.set('diagnose.txt', `${scrub(formatDiagnosis(status))}\n`);
    files.set('status.json', `${scrub(JSON.stringify(status, null, 2))}\n`);
    // 4. Logs of every pod of both colors.
    const logs = await readLogs(reader, namespace, podsFor(status, 'all'), {
      tailLines: request.tailLines,
      redact: { secrets: secretsFound },
    });
    for (const l of logs) {
      files.set(
        `logs/${logName(l)}.log`,
        l.error !== undefined ? `log unavailable: ${scrub(l.error)}\n` : (l.text ?? ''),
      );
    }
    const unavailable = listed.filter((l) => l.items === undefined).map((l) => l.kind);
    files.set(
      'manifest.json',
      `${JSON.stringify(
        {
          app,
          namespace,
          createdAt: request.now.toISOString(),
          files: [...files.keys(), 'manifest.json'].sort(),
          unavailable,
          redaction:
            'Secret data, ConfigMap and env values with secret-like names or shapes, last-applied annotations, and credentials in logs and events are replaced by <redacted>.',
        },
        null,
        2,
      )}\n`,
    );
    // 5. Write and pack.
    for (const [path, text] of files) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
    await mkdir(outDir, { recursive: true });
    const file = join(outDir, `${name}.tar.gz`);
    const tar = await exec({
      command: 'tar',
      args: ['-czf', file, '-C', staging, name],
      timeoutMs: 120_000,
    });
    if (tar.exitCode !== 0) {
      throw new UserError(`could not write ${file}: ${(tar.spawnError ?? tar.stderr).trim()}`, {
        hint: 'Check that tar is installed and the output directory is writable.',
      });
    }
    return { file, entries: [...files.keys()].map((p) => `${name}/${p}`).sort(), unavailable };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
