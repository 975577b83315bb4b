// One tag rule against the event context: the value it yields (before sanitising), what
// `latest=auto` says for it, and the release it read. metadata-action's per-type semantics.
import Handlebars from 'handlebars';
import { UserError } from '../shared/errors.js';
import { branchName, prNumber, refKind, tagName, type RefContext } from './context.js';
import { evaluate, render, shortSha, type ExpressionOptions } from './expressions.js';
import type { Flavor, TagRule } from './rules.js';
import { pep440, semver } from './versions.js';

export interface Yield {
  value: string;
  /** What `latest=auto` would say for this rule. */
  autoLatest: boolean;
  /** The release this value stands for, when the rule read one (for `latest=highest`). */
  release?: string;
}

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

/** A user's regular expression against `text`; an invalid one is a user error naming the rule. */
function safeMatch(text: string, make: () => RegExp, rule: TagRule): RegExpMatchArray | null {
  let re: RegExp;
  try {
    re = make();
  } catch (error) {
    throw new UserError(
      `Invalid regular expression in '${rule.line}': ${(error as Error).message}.`,
      {
        reason: 'invalid-tags',
      },
    );
  }
  return text.match(re);
}

export function ruleValue(
  rule: TagRule,
  flavor: Flavor,
  ctx: RefContext,
  opts: ExpressionOptions,
  warnings: string[],
): Yield | undefined {
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
      const m = safeMatch(raw, () => new RegExp(match), rule);
      if (!m) warnings.push(`${match} does not match ${raw}.`);
      else raw = m[1] ?? m[0];
    }
    return rule.type === 'match' ? raw : raw.replace(/\//g, '-');
  };

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
      const m = safeMatch(
        raw,
        () => (asRegex ? new RegExp(asRegex[1] ?? '', asRegex[2]) : new RegExp(pattern)),
        rule,
      );
      if (!m) {
        warnings.push(`${pattern} does not match ${raw}.`);
        return undefined;
      }
      // Indexed by the attribute's text, as metadata-action does: `group=01` is no group.
      const group = (m as unknown as Record<string, string | undefined>)[rule.attrs.group ?? '0'];
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
}
