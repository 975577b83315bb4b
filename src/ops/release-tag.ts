import { UserError } from '../shared/errors.js';

/** `vX.Y.Z` with no leading zeros, no pre-release and no build metadata: a production release. */
const RELEASE_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function isReleaseTag(tag: string): boolean {
  return RELEASE_TAG.test(tag);
}

/**
 * The production gate of `make deploy-production`: accept only a release tag. Accepts a full ref
 * (`refs/tags/v1.2.3`) too, since that is what CI has at hand.
 */
export function checkReleaseTag(input: string | undefined): string {
  const raw = (input ?? '').trim();
  if (!raw) {
    throw new UserError('no release tag given.', {
      reason: 'tag-missing',
      hint: 'Pass the tag to deploy, e.g. TAG=v1.2.3 (a semantic version vX.Y.Z).',
    });
  }
  const tag = raw.startsWith('refs/tags/') ? raw.slice('refs/tags/'.length) : raw;
  if (!isReleaseTag(tag)) {
    throw new UserError(
      `'${tag}' is not a release tag: production deploys only from a semantic version tag vX.Y.Z.`,
      {
        reason: 'tag-not-release',
        hint: 'Tag the commit (git tag v1.2.3 && git push origin v1.2.3) and pass TAG=v1.2.3.',
      },
    );
  }
  return tag;
}
