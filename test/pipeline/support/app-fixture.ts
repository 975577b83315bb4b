import type { FakeKube, KObject } from '../../support/fake-kube/index.js';

export const DIGEST_BLUE = `sha256:${'b1'.repeat(32)}`;
export const DIGEST_GREEN = `sha256:${'9e'.repeat(32)}`;
export const IMAGE_BLUE = `ghcr.io/acme/shop@${DIGEST_BLUE}`;
export const IMAGE_GREEN = `ghcr.io/acme/shop@${DIGEST_GREEN}`;
/** Values that must never reach a support bundle. */
export const SECRET_ENV_VALUE = 'hunter2-correct-horse';
export const SECRET_URL_PASSWORD = 'pa55w0rd-in-a-url';
export const SECRET_DATA_PLAIN = 'stripe-live-key-value-42';

function meta(namespace: string, name: string, extra: Partial<KObject['metadata']> = {}) {
  return { name, namespace, uid: '', resourceVersion: '', ...extra };
}

function deployment(
  namespace: string,
  app: string,
  color: string,
  image: string,
  sidecar = false,
): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(namespace, `${app}-${color}`, { labels: { app, color }, generation: 1 }),
    spec: {
      replicas: 2,
      selector: { matchLabels: { app, color } },
      template: {
        metadata: { labels: { app, color } },
        spec: {
          containers: [
            {
              name: 'app',
              image,
              ports: [{ containerPort: 8080 }],
              env: [
                { name: 'LOG_LEVEL', value: 'info' },
                { name: 'DB_PASSWORD', value: SECRET_ENV_VALUE },
                {
                  name: 'UPSTREAM',
                  value: `https://shop:${SECRET_URL_PASSWORD}@db.internal:5432/shop`,
                },
              ],
            },
            ...(sidecar
              ? [{ name: 'proxy', image: 'envoyproxy/envoy@sha256:' + 'e'.repeat(64) }]
              : []),
          ],
        },
      },
    },
  };
}

/**
 * What a finished rollout leaves behind: green live, blue previous (both scaled), the Service's
 * annotations in the rollout's own format. `liveBroken` makes the green pods crash-loop and
 * marks blue failed, for the incident views.
 */
export async function seedApp(
  fake: FakeKube,
  options: { namespace: string; app?: string; liveBroken?: boolean; sidecar?: boolean },
): Promise<void> {
  const { namespace } = options;
  const app = options.app ?? 'shop';
  const green = options.liveBroken
    ? `${IMAGE_GREEN.split('@')[0]}@sha256:${'0d'.repeat(32)}`
    : IMAGE_GREEN;
  if (options.liveBroken) fake.script(green, { crashLoop: true });
  fake.seed('deployments', deployment(namespace, app, 'blue', IMAGE_BLUE, options.sidecar));
  fake.seed('deployments', deployment(namespace, app, 'green', green, options.sidecar));
  fake.seed('services', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(namespace, app, {
      labels: { app },
      annotations: {
        'gantry.dev/active': 'green',
        'gantry.dev/previous': 'blue',
        'gantry.dev/image-blue': IMAGE_BLUE,
        'gantry.dev/image-green': green,
        'gantry.dev/switched-at': '2026-11-22T10:15:00.000Z',
        'gantry.dev/switched-by': 'deploy',
        'gantry.dev/run-url': 'https://github.com/acme/shop/actions/runs/42',
        ...(options.liveBroken ? { 'gantry.dev/failed-blue': IMAGE_BLUE } : {}),
      },
    }),
    spec: {
      selector: { app, color: 'green' },
      ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }],
    },
  });
  await fake.until(() => {
    const pods = fake.list('pods', namespace).filter((p) => (p.status as { podIP?: string }).podIP);
    const ready = (name: string): number =>
      (fake.get('deployments', namespace, name)?.status as { readyReplicas?: number } | undefined)
        ?.readyReplicas ?? 0;
    return options.liveBroken
      ? pods.length >= 4 && ready(`${app}-blue`) === 2
      : ready(`${app}-blue`) === 2 && ready(`${app}-green`) === 2;
  }, 10_000);
}

export function secretObjects(namespace: string): Record<string, unknown>[] {
  return [
    {
      metadata: { name: 'shop-payment', namespace, labels: { app: 'shop' } },
      type: 'Opaque',
      data: { STRIPE_KEY: Buffer.from(SECRET_DATA_PLAIN).toString('base64') },
    },
  ];
}

export function configMapObjects(namespace: string): Record<string, unknown>[] {
  return [
    {
      metadata: { name: 'shop-config', namespace, labels: { app: 'shop' } },
      data: { FEATURE_FLAGS: 'checkout-v2', SESSION_SECRET: SECRET_ENV_VALUE },
    },
  ];
}

export function appLogs(): Record<string, string> {
  return {
    'shop-green': [
      'listening on :8080',
      `connecting to https://shop:${SECRET_URL_PASSWORD}@db.internal:5432/shop`,
      `debug: DB_PASSWORD=${SECRET_ENV_VALUE}`,
      'GET /health 200',
    ].join('\n'),
    'shop-blue': 'listening on :8080\nGET /ready 200',
    'shop-green:proxy': '[envoy] upstream shop:8080 healthy',
  };
}
