import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REDACTED, redactObject, redactText } from '../../src/ops/redact.js';

const cases: {
  name: string;
  input: string;
  secrets?: string[];
  hidden: string[];
  kept: string[];
}[] = [
  {
    name: 'a known secret value, and its base64-decoded form',
    input: 'token c2VjcmV0LXZhbHVlLTk5 means secret-value-99',
    secrets: ['c2VjcmV0LXZhbHVlLTk5'],
    hidden: ['c2VjcmV0LXZhbHVlLTk5', 'secret-value-99'],
    kept: ['token', 'means'],
  },
  {
    name: 'a password inside a URL',
    input: 'dial postgres://app:s3cr3t@db:5432/app failed',
    hidden: ['s3cr3t'],
    kept: ['postgres://app:', '@db:5432/app failed'],
  },
  {
    name: 'bearer tokens and JWTs',
    input:
      'Authorization: Bearer abcdefghijklmnop; id eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N',
    hidden: ['abcdefghijklmnop', 'eyJhbGciOiJIUzI1NiJ9'],
    kept: ['Authorization: Bearer'],
  },
  {
    name: 'NAME=value pairs whose name says secret, separator kept',
    input: 'DB_PASSWORD=hunter2 API_TOKEN: "xyz123" LOG_LEVEL=info',
    hidden: ['hunter2', 'xyz123'],
    kept: ['DB_PASSWORD=', 'API_TOKEN: ', 'LOG_LEVEL=info'],
  },
  {
    name: 'provider token shapes',
    input: `ghp_${'a'.repeat(36)} AKIAABCDEFGHIJKLMNOP xoxb-1234567890-abc`,
    hidden: ['ghp_', 'AKIAABCDEFGHIJKLMNOP', 'xoxb-1234567890'],
    kept: [],
  },
  {
    name: 'a private key block',
    input: '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----',
    hidden: ['MIIEow'],
    kept: ['BEGIN RSA PRIVATE KEY'],
  },
  {
    name: 'ordinary text untouched',
    input: 'GET /health 200 in 3 ms (pod shop-green-abc, secretless mode)',
    hidden: [],
    kept: ['GET /health 200 in 3 ms (pod shop-green-abc, secretless mode)'],
  },
];

for (const c of cases) {
  test(`redactText: ${c.name}`, () => {
    const out = redactText(c.input, c.secrets);
    for (const h of c.hidden) assert.ok(!out.includes(h), `${h} leaked: ${out}`);
    for (const k of c.kept) assert.ok(out.includes(k), `${k} lost: ${out}`);
    if (c.hidden.length) assert.ok(out.includes(REDACTED));
  });
}

test('redactObject: Secret data, secret env, secret ConfigMap keys and last-applied are replaced', () => {
  const secret = redactObject({
    kind: 'Secret',
    metadata: {
      name: 's',
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"data":{"k":"djE="}}' },
    },
    data: { k: 'djE=', other: 'c2Vjb25k' },
  });
  assert.deepEqual((secret.object as { data: unknown }).data, { k: REDACTED, other: REDACTED });
  assert.equal(
    (secret.object as { metadata: { annotations: Record<string, string> } }).metadata.annotations[
      'kubectl.kubernetes.io/last-applied-configuration'
    ],
    REDACTED,
  );
  assert.deepEqual(secret.secrets.sort(), ['c2Vjb25k', 'djE=']);

  const pod = redactObject({
    kind: 'Pod',
    spec: {
      containers: [
        {
          env: [
            { name: 'PORT', value: '8080' },
            { name: 'STRIPE_API_KEY', value: 'sk_live_abcdefghijkl' },
            { name: 'DATABASE_URL', value: 'postgres://u:p4ss@db/x' },
            { name: 'FROM_SECRET', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
          ],
        },
      ],
    },
  });
  const env = (
    pod.object as { spec: { containers: { env: { name: string; value?: string }[] }[] } }
  ).spec.containers[0]?.env;
  assert.deepEqual(
    env?.map((e) => [e.name, e.value]),
    [
      ['PORT', '8080'],
      ['STRIPE_API_KEY', REDACTED],
      ['DATABASE_URL', REDACTED],
      ['FROM_SECRET', undefined],
    ],
  );
  assert.deepEqual(pod.secrets.sort(), ['postgres://u:p4ss@db/x', 'sk_live_abcdefghijkl']);

  const cm = redactObject({ kind: 'ConfigMap', data: { MODE: 'fast', SIGNING_KEY: 'abc' } });
  assert.deepEqual((cm.object as { data: unknown }).data, { MODE: 'fast', SIGNING_KEY: REDACTED });
});
