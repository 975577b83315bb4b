// Version parsing for the semver / pep440 rules and for `latest=highest`.
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';

/** A tag name is sanitised like metadata-action (runs of invalid characters become `-`), and
 * beyond it: at most 128 characters and no leading `.` or `-` (registries refuse both). */
export function sanitizeTag(tag: string): string {
  return tag
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}

export interface ComparableVersion {
  scheme: 'semver' | 'pep440';
  version: string;
  prerelease: boolean;
}

/** Reads a git tag or registry tag as a version: semver first (a leading `v` is allowed, as
 * `semver.valid` does), then PEP 440. `undefined` for anything else (`latest`, `sha-…`, `1.2`). */
export function readVersion(text: string): ComparableVersion | undefined {
  const sv = semver.valid(text);
  if (sv) return { scheme: 'semver', version: sv, prerelease: semver.prerelease(sv) !== null };
  if (pep440.valid(text)) {
    const explained = pep440.explain(text);
    if (explained) {
      return {
        scheme: 'pep440',
        version: pep440.clean(text) ?? text,
        prerelease: explained.is_prerelease || explained.is_devrelease || explained.is_postrelease,
      };
    }
  }
  return undefined;
}

/** True when `candidate` is at least as high as every release (non pre-release) among
 * `existing` of the same scheme. Pre-releases and non-version tags in `existing` are ignored. */
export function isHighestRelease(
  candidate: ComparableVersion,
  existing: readonly string[],
): boolean {
  if (candidate.prerelease) return false;
  for (const tag of existing) {
    const other = readVersion(tag);
    if (!other || other.prerelease || other.scheme !== candidate.scheme) continue;
    const higher =
      candidate.scheme === 'semver'
        ? semver.gt(other.version, candidate.version)
        : pep440.gt(other.version, candidate.version);
    if (higher) return false;
  }
  return true;
}

export { pep440, semver };
