// Tag rules → version and tags, with docker/metadata-action's semantics (rules by priority; the
// first rule that yields a value gives `version` and decides `latest`), plus what its users ask
// for: no duplicates, `latest=highest`, and a failure when a git tag yields no version tag.
import { UserError } from '../shared/errors.js';
import { refKind, tagName, type RefContext } from './context.js';
import { evaluate, type ExpressionOptions } from './expressions.js';
import { ruleValue, type Yield } from './rule-values.js';
import type { Flavor, ImageEntry, TagRule } from './rules.js';
import { isHighestRelease, readVersion, sanitizeTag } from './versions.js';

export interface TagOptions extends ExpressionOptions {
  /** Tags that already exist (registry tag list or `git tag`), for `latest=highest`. */
  existingTags?: readonly string[];
}

export interface VersionResult {
  /** The first (highest-priority) value: the `version` output and the version label. */
  main: string | undefined;
  partial: string[];
  latest: boolean;
  /** True when a semver, pep440, match or ref-tag rule produced a value. */
  fromGitTag: boolean;
  /** What metadata-action prints as warnings (invalid semver, pattern without match, …). */
  warnings: string[];
}

const VERSION_TYPES = new Set(['semver', 'pep440', 'match']);

export function computeVersion(
  rules: readonly TagRule[],
  flavor: Flavor,
  ctx: RefContext,
  opts: TagOptions,
): VersionResult {
  const warnings: string[] = [];
  const result: VersionResult = {
    main: undefined,
    partial: [],
    latest: false,
    fromGitTag: false,
    warnings,
  };
  let latestDecided: boolean | undefined;
  for (const rule of rules) {
    const enabled = evaluate(rule.attrs.enable ?? 'true', ctx, opts);
    if (enabled !== 'true' && enabled !== 'false') {
      throw new UserError(`Invalid value for enable attribute: '${enabled}' in '${rule.line}'.`, {
        reason: 'invalid-tags',
        hint: 'enable= must evaluate to true or false.',
      });
    }
    if (enabled === 'false') continue;
    const y = ruleValue(rule, flavor, ctx, opts, warnings);
    if (!y || y.value.length === 0) continue;
    const isVersionRule =
      VERSION_TYPES.has(rule.type) || (rule.type === 'ref' && rule.attrs.event === 'tag');
    if (isVersionRule) result.fromGitTag = true;
    const value = sanitizeTag(y.value);
    if (!value) continue;
    if (result.main === undefined) result.main = value;
    else if (value !== result.main && !result.partial.includes(value)) result.partial.push(value);
    if (latestDecided === undefined) {
      latestDecided = decideLatest(flavor, y, opts, warnings);
    }
  }
  result.latest = latestDecided ?? false;
  return result;
}

function decideLatest(flavor: Flavor, y: Yield, opts: TagOptions, warnings: string[]): boolean {
  if (flavor.latest === 'true') return true;
  if (flavor.latest === 'false') return false;
  if (flavor.latest === 'auto' || !y.autoLatest) return y.autoLatest;
  // latest=highest: auto's answer, and only when no existing release is higher.
  const candidate = y.release === undefined ? undefined : readVersion(y.release);
  if (!candidate) {
    warnings.push(`latest=highest: '${y.release ?? y.value}' is not a version; latest not set.`);
    return false;
  }
  const highest = isHighestRelease(candidate, opts.existingTags ?? []);
  if (!highest)
    warnings.push(
      `latest=highest: a higher release than ${candidate.version} exists; latest not set.`,
    );
  return highest;
}

/** Image references for the version: main, partials, then latest; duplicates removed. */
export function imageTags(
  version: VersionResult,
  flavor: Flavor,
  images: readonly ImageEntry[],
): string[] {
  if (!version.main) return [];
  const names = [version.main, ...version.partial];
  if (version.latest) {
    names.push(
      sanitizeTag(
        `${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`,
      ),
    );
  }
  const enabled = images.filter((i) => i.enable).map((i) => i.name);
  const refs = enabled.length
    ? enabled.flatMap((image) => names.map((n) => `${image}:${n}`))
    : names;
  return [...new Set(refs)];
}

/** A git tag that gave no version tag fails the run unless the caller allows it. */
export function assertVersionFromTag(version: VersionResult, ctx: RefContext): void {
  if (refKind(ctx.ref) !== 'tag' || version.fromGitTag) return;
  const detail = version.warnings.length ? ` (${version.warnings.join(' ')})` : '';
  throw new UserError(`Git tag '${tagName(ctx.ref)}' produced no version tag${detail}.`, {
    reason: 'no-version-tag',
    hint: 'Fix the tag or the semver/pep440/match rules, or set require-version: false (CLI: --allow-no-version) to publish without one.',
  });
}
