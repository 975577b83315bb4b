import type { CoreV1Event } from '@kubernetes/client-node';
import { table } from './format-status.js';

/**
 * `kubectl describe`-like text for the objects in a support bundle, built from the (already
 * redacted) objects so a describe file can never show what the YAML hides.
 */

type Obj = Record<string, unknown>;

function get(object: unknown, path: string): unknown {
  let cur: unknown = object;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Obj)[key];
  }
  return cur;
}

function str(value: unknown): string {
  if (value === undefined || value === null || value === '') return '<none>';
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function pairs(map: unknown): string {
  if (!map || typeof map !== 'object') return '<none>';
  const entries = Object.entries(map as Record<string, unknown>);
  return entries.length
    ? entries.map(([k, v]) => `${k}=${str(v)}`).join('\n               ')
    : '<none>';
}

function eventsFor(events: readonly CoreV1Event[], kind: string, name: string): string {
  const mine = events.filter(
    (e) => e.involvedObject?.kind === kind && e.involvedObject?.name === name,
  );
  if (!mine.length) return 'Events:        <none>';
  return `Events:\n${table(
    ['TYPE', 'REASON', 'LAST SEEN', 'COUNT', 'MESSAGE'],
    mine.map((e) => [
      e.type ?? '',
      e.reason ?? '',
      str(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp),
      String(e.count ?? 1),
      e.message ?? '',
    ]),
  )
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}`;
}

function header(kind: string, object: unknown): string[] {
  return [
    `Kind:          ${kind}`,
    `Name:          ${str(get(object, 'metadata.name'))}`,
    `Namespace:     ${str(get(object, 'metadata.namespace'))}`,
    `Created:       ${str(get(object, 'metadata.creationTimestamp'))}`,
    `Labels:        ${pairs(get(object, 'metadata.labels'))}`,
    `Annotations:   ${pairs(get(object, 'metadata.annotations'))}`,
  ];
}

function containers(object: unknown, path: string): string[] {
  const list = (get(object, path) as Obj[] | undefined) ?? [];
  return list.flatMap((c) => [
    `  ${str(c.name)}:`,
    `    Image:     ${str(c.image)}`,
    `    Ports:     ${str((c.ports as Obj[] | undefined)?.map((p) => p.containerPort).join(', '))}`,
    `    Env:       ${
      ((c.env as Obj[] | undefined) ?? [])
        .map((e) => `${str(e.name)}=${str(e.value ?? e.valueFrom)}`)
        .join('\n               ') || '<none>'
    }`,
  ]);
}

function conditions(object: unknown): string[] {
  const list = (get(object, 'status.conditions') as Obj[] | undefined) ?? [];
  if (!list.length) return ['Conditions:    <none>'];
  return [
    'Conditions:',
    ...table(
      ['TYPE', 'STATUS', 'REASON', 'MESSAGE'],
      list.map((c) => [
        str(c.type),
        str(c.status),
        c.reason ? str(c.reason) : '',
        c.message ? str(c.message) : '',
      ]),
    )
      .split('\n')
      .map((l) => `  ${l}`),
  ];
}

export function describeDeployment(d: unknown, events: readonly CoreV1Event[]): string {
  const s = (k: string): string => str(get(d, `status.${k}`) ?? 0);
  return [
    ...header('Deployment', d),
    `Selector:      ${pairs(get(d, 'spec.selector.matchLabels'))}`,
    `Replicas:      ${str(get(d, 'spec.replicas') ?? 1)} desired | ${s('updatedReplicas')} updated | ${s('readyReplicas')} ready | ${s('availableReplicas')} available`,
    `Generation:    ${str(get(d, 'metadata.generation'))} (observed ${str(get(d, 'status.observedGeneration'))})`,
    'Containers:',
    ...containers(d, 'spec.template.spec.containers'),
    ...conditions(d),
    eventsFor(events, 'Deployment', str(get(d, 'metadata.name'))),
  ].join('\n');
}

export function describePod(p: unknown, events: readonly CoreV1Event[]): string {
  const statuses = (get(p, 'status.containerStatuses') as Obj[] | undefined) ?? [];
  return [
    ...header('Pod', p),
    `Status:        ${str(get(p, 'status.phase'))}`,
    `IP:            ${str(get(p, 'status.podIP'))}`,
    `Node:          ${str(get(p, 'spec.nodeName'))}`,
    `Started:       ${str(get(p, 'status.startTime'))}`,
    'Containers:',
    ...containers(p, 'spec.containers'),
    ...statuses.map(
      (c) =>
        `  ${str(c.name)} state: ${str(Object.keys((c.state as Obj | undefined) ?? {})[0])} ready=${str(c.ready)} restarts=${str(c.restartCount ?? 0)}${
          get(c, 'state.waiting.reason') ? ` reason=${str(get(c, 'state.waiting.reason'))}` : ''
        }`,
    ),
    ...conditions(p),
    eventsFor(events, 'Pod', str(get(p, 'metadata.name'))),
  ].join('\n');
}

export function describeService(
  svc: unknown,
  slices: readonly unknown[],
  events: readonly CoreV1Event[],
): string {
  const name = str(get(svc, 'metadata.name'));
  const endpoints = slices
    .filter(
      (sl) =>
        (get(sl, 'metadata.labels') as Record<string, string> | undefined)?.[
          'kubernetes.io/service-name'
        ] === name,
    )
    .flatMap((sl) =>
      ((get(sl, 'endpoints') as Obj[] | undefined) ?? []).map((e) => ({
        e,
        ready: get(e, 'conditions.ready'),
      })),
    )
    .map(
      ({ e, ready }) =>
        `${str((e.addresses as string[] | undefined)?.join(','))}${ready === false ? ' (not ready)' : ''}`,
    );
  const ports = ((get(svc, 'spec.ports') as Obj[] | undefined) ?? []).map(
    (p) => `${str(p.name ?? '')} ${str(p.port)}→${str(p.targetPort)}/${str(p.protocol ?? 'TCP')}`,
  );
  return [
    ...header('Service', svc),
    `Selector:      ${pairs(get(svc, 'spec.selector'))}`,
    `Type:          ${str(get(svc, 'spec.type'))}`,
    `IP:            ${str(get(svc, 'spec.clusterIP'))}`,
    `Ports:         ${ports.join(', ') || '<none>'}`,
    `Endpoints:     ${endpoints.join(', ') || '<none>'}`,
    eventsFor(events, 'Service', name),
  ].join('\n');
}
