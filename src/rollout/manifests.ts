import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { UserError } from '../shared/errors.js';
import type { Exec } from '../shared/exec.js';
import { isDirectory } from '../shared/fs.js';
import type { V1Deployment, V1Service } from './kube.js';
import type { Color } from './types.js';

/** Placeholders a template may use; any other `{{…}}` is an error, caught before any change. */
export const PLACEHOLDERS = ['app', 'color', 'image', 'namespace', 'name', 'replicas'] as const;
export type TemplateVars = Record<(typeof PLACEHOLDERS)[number], string>;

export interface Templates {
  /** Raw template text (rendered per color). */
  text: string;
  source: string;
}

/** The built-in template: one container `app` on 8080 behind a Service on port 80. */
export function defaultTemplate(healthPath: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: "{{name}}"
spec:
  replicas: {{replicas}}
  template:
    spec:
      containers:
        - name: app
          image: "{{image}}"
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet: { path: "${healthPath}", port: 8080 }
            periodSeconds: 2
---
apiVersion: v1
kind: Service
metadata:
  name: "{{app}}"
spec:
  ports:
    - name: http
      port: 80
      targetPort: 8080
`;
}

export function renderTemplate(text: string, vars: TemplateVars, source: string): string {
  return text.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_match, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new UserError(`${source}: unknown placeholder {{${name}}}.`, {
        reason: 'bad-manifests',
        hint: `Valid placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
      });
    }
    return vars[name as keyof TemplateVars];
  });
}

/** The argv that renders a Kustomize directory (kubectl's built-in kustomize). */
export function kustomizeArgs(dir: string): string[] {
  return ['kustomize', dir];
}

/** Reads the `manifests` input: a YAML template file, or a Kustomize dir rendered by kubectl. */
export async function loadTemplates(
  manifests: string | undefined,
  healthPath: string,
  ports: { exec: Exec; cwd: string },
): Promise<Templates> {
  if (!manifests) return { text: defaultTemplate(healthPath), source: 'built-in template' };
  const path = resolve(ports.cwd, manifests);
  if (await isDirectory(path)) {
    const result = await ports.exec({
      command: 'kubectl',
      args: kustomizeArgs(path),
      cwd: ports.cwd,
    });
    if (result.termination === 'spawn-failed') {
      throw new UserError(
        `Rendering ${manifests} needs kubectl: ${result.spawnError ?? 'not found'}.`,
        {
          reason: 'kubectl-missing',
          hint: 'Install kubectl on the runner (azure/setup-kubectl) or pass a template file.',
        },
      );
    }
    if (result.exitCode !== 0) {
      throw new UserError(`kubectl kustomize ${manifests} failed: ${result.stderr.trim()}`, {
        reason: 'bad-manifests',
      });
    }
    return { text: result.stdout, source: `kustomize ${manifests}` };
  }
  try {
    return { text: await readFile(path, 'utf8'), source: manifests };
  } catch (error) {
    throw new UserError(`Cannot read manifests '${manifests}': ${(error as Error).message}.`, {
      reason: 'bad-manifests',
    });
  }
}

interface Rendered {
  deployment: V1Deployment;
  service: V1Service;
}

/** Renders the templates for one color and forces what blue-green relies on. */
export function renderColor(
  templates: Templates,
  input: { app: string; namespace: string; color: Color; image: string; replicas: number },
): Rendered {
  const name = `${input.app}-${input.color}`;
  const text = renderTemplate(
    templates.text,
    { ...input, name, replicas: String(input.replicas) },
    templates.source,
  );
  const docs = parseAllDocuments(text).map((d) => {
    if (d.errors.length) {
      throw new UserError(`${templates.source}: invalid YAML: ${d.errors[0]?.message ?? ''}`, {
        reason: 'bad-manifests',
      });
    }
    return d.toJSON() as { kind?: string } | null;
  });
  const deployment = docs.find((d) => d?.kind === 'Deployment') as V1Deployment | undefined;
  const service = docs.find((d) => d?.kind === 'Service') as V1Service | undefined;
  if (!deployment || !service) {
    throw new UserError(`${templates.source} must contain one Deployment and one Service.`, {
      reason: 'bad-manifests',
    });
  }
  const containers = deployment.spec?.template?.spec?.containers ?? [];
  const app = containers.find((c) => c.name === 'app');
  if (!app) {
    throw new UserError(
      `${templates.source}: the Deployment has no container named 'app' (found: ${containers.map((c) => c.name).join(', ') || 'none'}).`,
      { reason: 'bad-manifests', hint: 'Name the container that runs the image `app`.' },
    );
  }
  // A paused Deployment never rolls out: the new color would sit at zero pods until the ready
  // timeout. Refused here (before any API call) rather than silently dropped, because a user who
  // wrote `paused: true` meant something by it; the pause blue-green gives is the idle color,
  // which takes no traffic until the switch.
  if (deployment.spec?.paused) {
    throw new UserError(
      `${templates.source}: the Deployment sets spec.paused: true, so it would never roll out and ${name} could never become ready.`,
      {
        reason: 'bad-manifests',
        hint: 'Remove spec.paused from the template: the idle color takes no traffic until Gantry switches to it.',
      },
    );
  }
  if (!service.spec?.ports?.length) {
    throw new UserError(`${templates.source}: the Service declares no ports.`, {
      reason: 'bad-manifests',
    });
  }
  app.image = input.image;
  const selector = { app: input.app, color: input.color };
  const template = deployment.spec?.template ?? { spec: { containers } };
  deployment.metadata = {
    ...deployment.metadata,
    name,
    namespace: input.namespace,
    labels: {
      ...deployment.metadata?.labels,
      ...selector,
      'app.kubernetes.io/managed-by': 'gantry',
    },
  };
  deployment.spec = {
    ...deployment.spec,
    replicas: input.replicas,
    selector: { matchLabels: selector },
    template: {
      ...template,
      metadata: { ...template.metadata, labels: { ...template.metadata?.labels, ...selector } },
    },
  };
  service.metadata = {
    ...service.metadata,
    name: input.app,
    namespace: input.namespace,
    labels: {
      ...service.metadata?.labels,
      app: input.app,
      'app.kubernetes.io/managed-by': 'gantry',
    },
  };
  service.spec = { ...service.spec, selector };
  return { deployment, service };
}
