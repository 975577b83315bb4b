import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Exec, ExecRequest } from '../../src/shared/exec.js';
import {
  defaultTemplate,
  kustomizeArgs,
  loadTemplates,
  renderColor,
} from '../../src/rollout/manifests.js';

const IMAGE = `ghcr.io/o/web@sha256:${'b'.repeat(64)}`;
const TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ignored
  labels: { team: shop }
spec:
  replicas: 9
  selector: { matchLabels: { whatever: x } }
  template:
    metadata:
      labels: { team: shop }
    spec:
      containers:
        - name: app
          image: placeholder
          env:
            - { name: COLOR, value: "{{color}}" }
        - name: sidecar
          image: envoy:1
---
apiVersion: v1
kind: Service
metadata:
  name: "{{app}}"
spec:
  ports:
    - { name: http, port: 8080, targetPort: 8080 }
`;

const noExec: Exec = async () => {
  throw new Error('no process expected');
};

describe('manifests', () => {
  it('renders a template per color, forcing names, labels, selector, image and replicas', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifests-'));
    writeFileSync(join(dir, 'app.yaml'), TEMPLATE);
    const templates = await loadTemplates('app.yaml', '/health', { exec: noExec, cwd: dir });
    const { deployment, service } = renderColor(templates, {
      app: 'web',
      namespace: 'shop',
      color: 'green',
      image: IMAGE,
      replicas: 3,
    });
    assert.equal(deployment.metadata?.name, 'web-green');
    assert.deepEqual(deployment.spec?.selector, { matchLabels: { app: 'web', color: 'green' } });
    assert.deepEqual(deployment.spec?.template.metadata?.labels, {
      team: 'shop',
      app: 'web',
      color: 'green',
    });
    assert.equal(deployment.spec?.replicas, 3);
    const containers = deployment.spec?.template.spec?.containers ?? [];
    assert.deepEqual(
      containers.map((c) => c.image),
      [IMAGE, 'envoy:1'],
    );
    assert.deepEqual(containers[0]?.env, [{ name: 'COLOR', value: 'green' }]);
    assert.equal(service.metadata?.name, 'web');
    assert.deepEqual(service.spec?.selector, { app: 'web', color: 'green' });
  });

  const bad: [string, string, RegExp][] = [
    [
      'unknown placeholder',
      TEMPLATE.replace('{{color}}', '{{colour}}'),
      /unknown placeholder \{\{colour\}\}/,
    ],
    [
      'no app container',
      TEMPLATE.replace('- name: app', '- name: web'),
      /no container named 'app' \(found: web, sidecar\)/,
    ],
    ['no Service', TEMPLATE.split('---')[0] ?? '', /must contain one Deployment and one Service/],
    ['no ports', TEMPLATE.replace(/ports:\n.*\n$/, 'ports: []\n'), /the Service declares no ports/],
    ['invalid YAML', `${TEMPLATE}\n  - : :\n\t`, /invalid YAML/],
  ];
  for (const [name, text, message] of bad) {
    it(`refuses a template with ${name}`, () => {
      assert.throws(
        () =>
          renderColor(
            { text, source: 't.yaml' },
            { app: 'web', namespace: 'shop', color: 'blue', image: IMAGE, replicas: 1 },
          ),
        message,
      );
    });
  }

  it('the built-in template probes the health path on 8080 behind port 80', () => {
    const { deployment, service } = renderColor(
      { text: defaultTemplate('/ready'), source: 'built-in' },
      { app: 'web', namespace: 'shop', color: 'blue', image: IMAGE, replicas: 2 },
    );
    assert.equal(
      deployment.spec?.template.spec?.containers[0]?.readinessProbe?.httpGet?.path,
      '/ready',
    );
    assert.equal(service.spec?.ports?.[0]?.port, 80);
  });

  it('renders a Kustomize directory with `kubectl kustomize <dir>` through the exec port', async () => {
    // kubectl is not installed here: a stand-in exec checks the call and answers what kubectl would.
    const dir = mkdtempSync(join(tmpdir(), 'kustomize-'));
    mkdirSync(join(dir, 'overlay'));
    const calls: ExecRequest[] = [];
    const exec: Exec = async (request) => {
      calls.push(request);
      return {
        exitCode: 0,
        signal: null,
        stdout: TEMPLATE,
        stderr: '',
        durationMs: 1,
        termination: 'exited',
        escalation: 'none',
      };
    };
    const templates = await loadTemplates('overlay', '/health', { exec, cwd: dir });
    assert.deepEqual(
      calls.map((c) => [c.command, ...c.args]),
      [['kubectl', ...kustomizeArgs(join(dir, 'overlay'))]],
    );
    assert.deepEqual(kustomizeArgs('/x'), ['kustomize', '/x']);
    assert.equal(templates.source, 'kustomize overlay');
    const { deployment } = renderColor(templates, {
      app: 'web',
      namespace: 'shop',
      color: 'blue',
      image: IMAGE,
      replicas: 1,
    });
    assert.equal(deployment.metadata?.name, 'web-blue');
  });

  it('says kubectl is needed when it is missing, and shows kustomize errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kustomize-'));
    mkdirSync(join(dir, 'k'));
    const missing: Exec = async () => ({
      exitCode: null,
      signal: null,
      stdout: '',
      stderr: '',
      durationMs: 1,
      termination: 'spawn-failed',
      escalation: 'none',
      spawnError: 'kubectl: not found',
    });
    await assert.rejects(
      loadTemplates('k', '/', { exec: missing, cwd: dir }),
      /needs kubectl: kubectl: not found/,
    );
    const failing: Exec = async () => ({
      exitCode: 1,
      signal: null,
      stdout: '',
      stderr: 'Error: no kustomization.yaml',
      durationMs: 1,
      termination: 'exited',
      escalation: 'none',
    });
    await assert.rejects(
      loadTemplates('k', '/', { exec: failing, cwd: dir }),
      /kubectl kustomize k failed: Error: no kustomization.yaml/,
    );
    await assert.rejects(
      loadTemplates('nope.yaml', '/', { exec: noExec, cwd: dir }),
      /Cannot read manifests 'nope.yaml'/,
    );
  });
});
