import { HttpError } from './api-errors.js';
import type { KObject, Resource } from './store.js';

/** Deployment validation: selector required and matching the template, and immutable. */
export function validate(resource: Resource, object: KObject, previous: KObject | undefined): void {
  if (resource !== 'deployments') return;
  const spec = object.spec as {
    selector?: { matchLabels?: Record<string, string> };
    template?: { metadata?: { labels?: Record<string, string> } };
    replicas?: number;
  };
  const name = object.metadata.name;
  const selector = spec?.selector?.matchLabels ?? {};
  const labels = spec?.template?.metadata?.labels ?? {};
  const invalid = (field: string, message: string): HttpError =>
    new HttpError(422, 'Invalid', `Deployment.apps "${name}" is invalid: ${field}: ${message}`, {
      name,
      kind: 'Deployment',
    });
  if (!Object.keys(selector).length) throw invalid('spec.selector', 'Required value');
  if (!Object.entries(selector).every(([k, v]) => labels[k] === v)) {
    throw invalid(
      'spec.template.metadata.labels',
      'Invalid value: `selector` does not match template `labels`',
    );
  }
  if (spec.replicas !== undefined && (!Number.isInteger(spec.replicas) || spec.replicas < 0)) {
    throw invalid('spec.replicas', 'Invalid value: must be greater than or equal to 0');
  }
  if (previous) {
    const before = (previous.spec as { selector?: unknown }).selector;
    if (JSON.stringify(before) !== JSON.stringify(spec.selector)) {
      throw invalid(
        'spec.selector',
        `Invalid value: ${JSON.stringify(spec.selector)}: field is immutable`,
      );
    }
  }
}
