// metadata-action's global expressions for `prefix`, `suffix`, `value`, `enable` and labels:
// {{branch}} {{tag}} {{sha}} {{base_ref}} {{is_default_branch}} {{is_not_default_branch}}
// {{date 'FORMAT' tz='Zone'}} {{commit_date 'FORMAT' tz='Zone'}}. Handlebars, HTML escaping kept
// (as metadata-action), moment-timezone for dates.
import Handlebars from 'handlebars';
import moment from 'moment-timezone';
import { UserError } from '../shared/errors.js';
import { branchName, refKind, tagName, type RefContext } from './context.js';

export interface ExpressionOptions {
  /** The time `{{date}}` renders (injected so tests and reruns are deterministic). */
  now: Date;
  /** Length of `{{sha}}` and `type=sha` (metadata-action's DOCKER_METADATA_SHORT_SHA_LENGTH). */
  shortShaLength: number;
}

interface HelperOptions {
  hash: Record<string, unknown>;
}

/** metadata-action's DOCKER_METADATA_SHORT_SHA_LENGTH (default 7). */
export function shortShaLengthFrom(raw: string | undefined): number {
  if (!raw) return 7;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    throw new UserError(`DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid number: ${raw}.`, {
      reason: 'invalid-input',
    });
  }
  return n;
}

export function shortSha(sha: string, length: number): string {
  return length >= sha.length ? sha : sha.slice(0, length);
}

function dateHelper(date: Date, what: string) {
  return (format: unknown, options: HelperOptions): string => {
    let tz = 'UTC';
    for (const [key, value] of Object.entries(options?.hash ?? {})) {
      if (key !== 'tz') throw new UserError(`Unknown ${key} attribute in {{${what}}}.`);
      tz = String(value);
    }
    if (!moment.tz.zone(tz)) {
      throw new UserError(`Unknown time zone '${tz}' in {{${what}}}.`, {
        reason: 'invalid-tags',
        hint: "Use an IANA zone name such as tz='Europe/Paris'.",
      });
    }
    return moment(date)
      .tz(tz)
      .format(typeof format === 'string' ? format : undefined);
  };
}

export function isDefaultBranch(ctx: RefContext): boolean {
  const branch = ctx.ref.replace(/^refs\/heads\//, '');
  if (!branch) return false;
  if (ctx.repository.defaultBranch && ctx.repository.defaultBranch === branch) return true;
  // These events always run on the last commit of the default branch.
  return /create|discussion|issues|schedule/.test(ctx.eventName);
}

/** The data object handed to every template. */
export function expressionData(ctx: RefContext, opts: ExpressionOptions): Record<string, unknown> {
  const isDefault = isDefaultBranch(ctx);
  return {
    branch: () => branchName(ctx.ref),
    tag: () => tagName(ctx.ref),
    sha: () => shortSha(ctx.sha, opts.shortShaLength),
    base_ref: () => {
      if (refKind(ctx.ref) === 'tag' && ctx.payload.base_ref) {
        return ctx.payload.base_ref.replace(/^refs\/heads\//, '');
      }
      if (refKind(ctx.ref) === 'pr') return ctx.payload.pull_request?.base?.ref ?? '';
      return '';
    },
    is_default_branch: () => String(isDefault),
    is_not_default_branch: () => String(!isDefault),
    date: dateHelper(opts.now, 'date'),
    commit_date: dateHelper(ctx.commitDate ?? opts.now, 'commit_date'),
  };
}

const cache = new Map<string, ReturnType<typeof Handlebars.compile>>();

/** Renders one template against `data`; a template that does not parse or calls an unknown
 * helper is a user error (an unknown plain `{{name}}` renders empty, as in metadata-action). */
export function render(template: string, data: unknown): string {
  let compiled = cache.get(template);
  if (!compiled) {
    try {
      Handlebars.parse(template);
    } catch (error) {
      throw new UserError(`Invalid expression in '${template}': ${firstLine(error)}.`, {
        reason: 'invalid-tags',
      });
    }
    compiled = Handlebars.compile(template);
    cache.set(template, compiled);
  }
  try {
    return compiled(data);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot evaluate '${template}': ${firstLine(error)}.`, {
      reason: 'invalid-tags',
    });
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? text).replace(/\.$/, '');
}

/** Evaluates a global expression (a `value`, `prefix`, `suffix`, `enable` or label). */
export function evaluate(template: string, ctx: RefContext, opts: ExpressionOptions): string {
  return render(template, expressionData(ctx, opts));
}
