// Tag rules → version and tags, with docker/metadata-action's semantics (rules by priority; the
// first rule that yields a value gives `version` and decides `latest`), plus what its users ask
// for: no duplicates, `latest=highest`, and a failure when a git tag yields no version tag.
import Handlebars from 'handlebars';
import { UserError } from '../shared/errors.js';
import { branchName, prNumber, refKind, tagName, type RefContext } from './context.js';
import { evaluate, render, shortSha, type ExpressionOptions } from './expressions.js';
import type { Flavor, ImageEntry, TagRule } from './rules.js';
import { isHighestRelease, pep440, readVersion, sanitizeTag, semver } from './versions.js';

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

interface Yield {
  value: string;
  /** What `latest=auto` would say for this rule. */
  autoLatest: boolean;
  /** The release this value stands for, when the rule read one (for `latest=highest`). */
  release?: string;
}

const VERSION_TYPES = new Set(['semver', 'pep440', 'match']);

function isRawStatement(pattern: string): boolean {
  try {
    const body = Handlebars.parseWithoutProcessing(pattern).body;
    const first = body[0] as { type: string; path?: { parts?: string[] } } | undefined;
    return (
      body.length === 1 &&
      first?.type === 'MustacheStatement' &&
      first.path?.parts?.join('.') === 'raw'
    );
  } catch {
    return false;
  }
}

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
  const expr = (t: string): string => evaluate(t, ctx, opts);
  const affix = (value: string, rule: TagRule): string => {
    const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(rule.attrs, k);
    const prefix = has('prefix')
      ? expr(rule.attrs.prefix ?? '')
      : flavor.prefix
        ? expr(flavor.prefix)
        : '';
    const suffix = has('suffix')
      ? expr(rule.attrs.suffix ?? '')
      : flavor.suffix
        ? expr(flavor.suffix)
        : '';
    return `${prefix}${value}${suffix}`;
  };
  // The git tag, or the rule's own `value`, narrowed by `match` (semver/pep440), `/` → `-`.
  const versionSource = (rule: TagRule): string | undefined => {
    const value = rule.attrs.value ?? '';
    if (refKind(ctx.ref) !== 'tag' && value.length === 0) return undefined;
    let raw = value.length > 0 ? expr(value) : tagName(ctx.ref);
    const match = rule.attrs.match ?? '';
    if (rule.type !== 'match' && match.length > 0) {
      const m = raw.match(match);
      if (!m) warnings.push(`${match} does not match ${raw}.`);
      else raw = m[1] ?? m[0];
    }
    return rule.type === 'match' ? raw : raw.replace(/\//g, '-');
  };

  const process = (rule: TagRule): Yield | undefined => {
    const kind = refKind(ctx.ref);
    switch (rule.type) {
      case 'schedule': {
        if (!/schedule/.test(ctx.eventName)) return undefined;
        return {
          value: affix(evaluate(rule.attrs.pattern ?? 'nightly', ctx, opts), rule),
          autoLatest: false,
        };
      }
      case 'semver': {
        const raw = versionSource(rule);
        if (raw === undefined) return undefined;
        if (!semver.valid(raw)) {
          warnings.push(`${raw} is not a valid semver. More info: https://semver.org/`);
          return undefined;
        }
        const parsed = semver.parse(raw, { loose: true });
        const pre = semver.prerelease(raw) !== null;
        const pattern =
          pre && !isRawStatement(rule.attrs.pattern ?? '')
            ? '{{version}}'
            : (rule.attrs.pattern ?? '');
        return { value: affix(render(pattern, parsed), rule), autoLatest: !pre, release: raw };
      }
      case 'pep440': {
        const raw = versionSource(rule);
        if (raw === undefined) return undefined;
        if (!pep440.valid(raw)) {
          warnings.push(
            `${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`,
          );
          return undefined;
        }
        const ex = pep440.explain(raw);
        const clean = pep440.clean(raw) ?? raw;
        if (ex?.is_prerelease || ex?.is_postrelease || ex?.is_devrelease) {
          return {
            value: affix(isRawStatement(rule.attrs.pattern ?? '') ? raw : clean, rule),
            autoLatest: false,
          };
        }
        const data = {
          raw: () => raw,
          version: () => clean,
          major: () => pep440.major(raw),
          minor: () => pep440.minor(raw),
          patch: () => pep440.patch(raw),
        };
        return {
          value: affix(render(rule.attrs.pattern ?? '', data), rule),
          autoLatest: true,
          release: raw,
        };
      }
      case 'match': {
        const raw = versionSource(rule);
        if (raw === undefined) return undefined;
        const pattern = rule.attrs.pattern ?? '';
        const asRegex = pattern.match(/^\/(.+)\/(.*)$/);
        let m: RegExpMatchArray | null;
        try {
          m = asRegex ? raw.match(new RegExp(asRegex[1] ?? '', asRegex[2])) : raw.match(pattern);
        } catch (error) {
          throw new UserError(`Invalid pattern in '${rule.line}': ${(error as Error).message}.`, {
            reason: 'invalid-tags',
          });
        }
        if (!m) {
          warnings.push(`${pattern} does not match ${raw}.`);
          return undefined;
        }
        const group = m[Number(rule.attrs.group ?? '0')];
        if (group === undefined) {
          warnings.push(`Group ${rule.attrs.group} does not exist for ${pattern} pattern.`);
          return undefined;
        }
        return { value: affix(group, rule), autoLatest: true, release: group };
      }
      case 'ref': {
        const event = rule.attrs.event;
        if (event === 'branch' && kind === 'branch')
          return { value: affix(branchName(ctx.ref), rule), autoLatest: false };
        if (event === 'tag' && kind === 'tag') {
          const tag = tagName(ctx.ref);
          return { value: affix(tag, rule), autoLatest: true, release: tag };
        }
        if (event === 'pr' && kind === 'pr')
          return { value: affix(prNumber(ctx.ref), rule), autoLatest: false };
        return undefined;
      }
      case 'edge': {
        if (kind !== 'branch') return undefined;
        const branch = rule.attrs.branch || ctx.repository.defaultBranch;
        if (branch !== branchName(ctx.ref)) return undefined;
        return { value: affix('edge', rule), autoLatest: false };
      }
      case 'raw':
        return { value: affix(expr(rule.attrs.value ?? ''), rule), autoLatest: false };
      case 'sha': {
        if (!ctx.sha) return undefined;
        const sha = rule.attrs.format === 'long' ? ctx.sha : shortSha(ctx.sha, opts.shortShaLength);
        return { value: affix(sha, rule), autoLatest: false };
      }
    }
  };

  for (const rule of rules) {
    const enabled = expr(rule.attrs.enable ?? 'true');
    if (enabled !== 'true' && enabled !== 'false') {
      throw new UserError(`Invalid value for enable attribute: '${enabled}' in '${rule.line}'.`, {
        reason: 'invalid-tags',
        hint: 'enable= must evaluate to true or false.',
      });
    }
    if (enabled === 'false') continue;
    const y = process(rule);
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
