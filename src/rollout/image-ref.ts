import { UserError } from '../shared/errors.js';

const DIGEST =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?@sha256:[a-f0-9]{64}$/;
const REFERENCE =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?$/;

export function isDigestReference(image: string): boolean {
  return DIGEST.test(image.replace(/^([a-z0-9.-]+\.[a-z]+|localhost)(:\d+)?\//i, 'host/'));
}

/**
 * Deploy by digest: `name@sha256:<64 hex>`. A tag is refused unless the user opted in, because a
 * tag can move under a rollout and break idempotent reruns and rollbacks.
 */
export function checkImage(image: string, allowMutableTag: boolean): void {
  const trimmed = image.trim();
  if (!trimmed) {
    throw new UserError('The image input is empty.', {
      reason: 'bad-image',
      hint: 'Pass the digest reference the publish step printed, e.g. ghcr.io/o/app@sha256:….',
    });
  }
  if (isDigestReference(trimmed)) return;
  const hostless = trimmed.replace(/^([a-z0-9.-]+\.[a-z]+|localhost)(:\d+)?\//i, 'host/');
  if (allowMutableTag && REFERENCE.test(hostless)) return;
  if (trimmed.includes('@')) {
    throw new UserError(`The image '${trimmed}' has a malformed digest.`, {
      reason: 'bad-image',
      hint: 'A digest is @sha256: followed by 64 lowercase hex characters.',
    });
  }
  if (allowMutableTag) {
    throw new UserError(`The image '${trimmed}' is not a valid image reference.`, {
      reason: 'bad-image',
    });
  }
  throw new UserError(`The image '${trimmed}' is a mutable tag, not a digest.`, {
    reason: 'mutable-tag',
    hint: 'Deploy name@sha256:<digest> (the publish step outputs it), or set allow-mutable-tag: true.',
  });
}
