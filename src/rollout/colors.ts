import { UserError } from '../shared/errors.js';
import { isConflict, type Kube, type V1Deployment, type V1ServicePort } from './kube.js';
import type { Color } from './types.js';

export const deploymentName = (app: string, color: Color): string => `${app}-${color}`;
export const previewName = (app: string): string => `${app}-preview`;
export const colorSelector = (app: string, color: Color): Record<string, string> => ({
  app,
  color,
});

/** Selector keys of `current` that `wanted` does not have (another tool's or a person's). */
export const foreignKeys = (
  current: Record<string, string> | undefined,
  wanted: Record<string, string>,
): string[] => Object.keys(current ?? {}).filter((key) => !(key in wanted));

/**
 * The merge-patch value that leaves a Service's selector exactly `wanted`: a merge patch keeps
 * every key it does not name, so each foreign key is set to null (a leftover `tier: web` would
 * select none of the color's pods and leave the Service without endpoints).
 */
export function exactSelector(
  current: Record<string, string> | undefined,
  wanted: Record<string, string>,
): Record<string, string | null> {
  const patch: Record<string, string | null> = { ...wanted };
  for (const key of foreignKeys(current, wanted)) patch[key] = null;
  return patch;
}

/**
 * Creates or updates `<app>-<color>`. The selector is set at creation and never edited (it is
 * immutable); an existing Deployment with another selector is refused before any write. The
 * update is a replace conditional on the resourceVersion just read; a 409 re-reads once.
 */
export async function applyColor(
  kube: Kube,
  namespace: string,
  body: V1Deployment,
): Promise<V1Deployment> {
  const name = body.metadata?.name ?? '';
  for (let attempt = 1; ; attempt++) {
    const existing = await kube.getDeployment(namespace, name);
    if (!existing) return kube.createDeployment(namespace, body);
    const have = existing.spec?.selector;
    if (
      JSON.stringify(have?.matchLabels ?? {}) !==
        JSON.stringify(body.spec?.selector?.matchLabels) ||
      have?.matchExpressions?.length
    ) {
      throw new UserError(
        `Deployment ${namespace}/${name} exists with selector ${JSON.stringify(have)}, not ${JSON.stringify(body.spec?.selector)}.`,
        {
          reason: 'selector-mismatch',
          hint: 'A selector is immutable and Gantry never edits it: delete that Deployment or use another app name.',
        },
      );
    }
    const next: V1Deployment = {
      ...body,
      metadata: { ...body.metadata, resourceVersion: existing.metadata?.resourceVersion },
      spec: {
        ...body.spec,
        selector: have,
        template: body.spec?.template ?? {},
      } as V1Deployment['spec'],
    };
    try {
      return await kube.replaceDeployment(namespace, name, next);
    } catch (error) {
      if (!isConflict(error) || attempt >= 2) throw error;
    }
  }
}

export async function scaleTo(
  kube: Kube,
  namespace: string,
  name: string,
  replicas: number,
): Promise<void> {
  await kube.patchDeployment(namespace, name, { spec: { replicas } });
}

/** Points `<app>-preview` at a color (creating it with the live Service's ports). */
export async function pointPreview(
  kube: Kube,
  namespace: string,
  app: string,
  color: Color,
  ports: V1ServicePort[],
): Promise<void> {
  const name = previewName(app);
  const selector = colorSelector(app, color);
  const existing = await kube.getService(namespace, name);
  if (!existing) {
    await kube.createService(namespace, {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace, labels: { app, 'app.kubernetes.io/managed-by': 'gantry' } },
      spec: {
        selector,
        ports: ports.map((p) => ({
          name: p.name,
          port: p.port,
          targetPort: p.targetPort,
          protocol: p.protocol,
        })),
      },
    });
    return;
  }
  const current = existing.spec?.selector;
  if (current?.color === color && current.app === app && !foreignKeys(current, selector).length) {
    return;
  }
  await kube.patchService(namespace, name, {
    spec: { selector: exactSelector(current, selector) },
  });
}

/** Fills a URL template; the default is the Service's cluster DNS name. */
export function serviceUrl(
  template: string | undefined,
  vars: { service: string; namespace: string; port: number; app: string },
): string {
  const t = template || 'http://{service}.{namespace}.svc.cluster.local:{port}';
  return t
    .replace(/\{service\}/g, vars.service)
    .replace(/\{namespace\}/g, vars.namespace)
    .replace(/\{port\}/g, String(vars.port))
    .replace(/\{app\}/g, vars.app)
    .replace(/\/$/, '');
}
