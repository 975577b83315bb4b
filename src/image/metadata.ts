// Everything the tag step outputs: version, tags, OCI labels and annotations, and the `json`
// object metadata-action users already read with fromJSON().
import { UserError } from '../shared/errors.js';
import type { RefContext } from './context.js';
import { evaluate, type ExpressionOptions } from './expressions.js';
import { parseImages } from './images.js';
import { parseFlavor, parseTagRules } from './rules.js';
import { assertVersionFromTag, computeVersion, imageTags, type TagOptions } from './tags.js';

export interface MetadataInputs {
  images: readonly string[];
  tags: readonly string[];
  flavor: readonly string[];
  labels: readonly string[];
  annotations: readonly string[];
  /** Annotation levels (`manifest`, `index`, …); metadata-action's default is `manifest`. */
  annotationLevels?: readonly string[];
  /** Fail when a git tag yields no version tag (default true). */
  requireVersion?: boolean;
}

export interface Metadata {
  version: string;
  tags: string[];
  /** Tag names without the image (metadata-action's `tag-names`). */
  tagNames: string[];
  latest: boolean;
  /** `key=value` lines, sorted by key. */
  labels: string[];
  /** `<level>:key=value` lines. */
  annotations: string[];
  json: {
    tags: string[];
    'tag-names': string[];
    labels: Record<string, string>;
    annotations: string[];
  };
  warnings: string[];
}

export const OCI = 'org.opencontainers.image';

/** The eight standard labels. `created` is the commit time (reproducible across rebuilds); the
 * run's own time is used only when the commit time is unknown. */
export function standardLabels(ctx: RefContext, version: string, now: Date): string[] {
  const repo = ctx.repository;
  return [
    `${OCI}.created=${(ctx.commitDate ?? now).toISOString()}`,
    `${OCI}.description=${repo.description}`,
    `${OCI}.licenses=${repo.license}`,
    `${OCI}.revision=${ctx.sha}`,
    `${OCI}.source=${repo.htmlUrl}`,
    `${OCI}.title=${repo.name}`,
    `${OCI}.url=${repo.htmlUrl}`,
    `${OCI}.version=${version}`,
  ];
}

/** Standard labels overlaid with the user's (expressions evaluated; the user wins), sorted. */
export function mergeLabels(
  standard: readonly string[],
  extra: readonly string[],
  ctx: RefContext,
  opts: ExpressionOptions,
): string[] {
  const map = new Map<string, string>();
  for (const line of [...standard, ...extra.map((l) => evaluate(l, ctx, opts))]) {
    const at = line.indexOf('=');
    if (at <= 0) continue; // metadata-action drops entries without a value
    map.set(line.slice(0, at), line.slice(at + 1));
  }
  return [...map.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`);
}

export function labelsToRecord(lines: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf('=');
    if (at > 0) out[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
}

export function computeMetadata(
  inputs: MetadataInputs,
  ctx: RefContext,
  opts: TagOptions,
): Metadata {
  const rules = parseTagRules(inputs.tags);
  const flavor = parseFlavor(inputs.flavor);
  const images = parseImages(inputs.images);
  const levels = inputs.annotationLevels?.length ? inputs.annotationLevels : ['manifest'];
  for (const level of levels) {
    if (!/^[a-z-]+(\[[^\]]+\])?$/.test(level)) {
      throw new UserError(`Invalid annotation level '${level}'.`, {
        reason: 'invalid-input',
        hint: 'Use manifest, index, manifest-descriptor or index-descriptor.',
      });
    }
  }
  const version = computeVersion(rules, flavor, ctx, opts);
  if (inputs.requireVersion ?? true) assertVersionFromTag(version, ctx);
  const tags = imageTags(version, flavor, images);
  const tagNames = imageTags(version, flavor, []);
  const standard = standardLabels(ctx, version.main ?? '', opts.now);
  const labels = mergeLabels(standard, inputs.labels, ctx, opts);
  const plainAnnotations = mergeLabels(standard, inputs.annotations, ctx, opts);
  const annotations = levels.flatMap((level) => plainAnnotations.map((a) => `${level}:${a}`));
  const warnings = [...version.warnings];
  if (!version.main) warnings.push('No image version has been generated. Check the tags input.');
  return {
    version: version.main ?? '',
    tags,
    tagNames,
    latest: version.latest,
    labels,
    annotations,
    json: { tags, 'tag-names': tagNames, labels: labelsToRecord(labels), annotations },
    warnings,
  };
}
