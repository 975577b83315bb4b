/**
 * Which tool version a directory wants: the `tool-version` input, else `.terraform-version` /
 * `.opentofu-version`, else `required_version` in the *.tf files. Pure apart from reading files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import { UserError } from '../shared/errors.js';
import type { ToolName } from './tool.js';

export interface WantedVersion {
  /** An exact version (installable) or a constraint (checked against the binary on PATH). */
  kind: 'exact' | 'constraint';
  /** `1.11.4`, or a semver range such as `>=1.5.0 <2.0.0`. */
  value: string;
  /** Where it came from, for messages: `tool-version input`, `.terraform-version`, `main.tf`. */
  source: string;
}

const VERSION_FILES: Record<ToolName, string> = {
  terraform: '.terraform-version',
  tofu: '.opentofu-version',
};

/** terraform constraint syntax (`~> 1.5`, `>= 1.2, < 2`, `= 1.11.4`) → an npm semver range. */
export function constraintToRange(constraint: string): string | undefined {
  const parts = constraint
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const ranges: string[] = [];
  for (const part of parts) {
    const m = /^(~>|>=|<=|!=|>|<|=)?\s*v?(\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?)$/.exec(part);
    if (!m) return undefined;
    const op = m[1] ?? '=';
    const version = m[2] ?? '';
    if (op === '~>') {
      // ~> 1.5 allows 1.x ≥ 1.5; ~> 1.5.2 allows 1.5.x ≥ 1.5.2 (the rightmost part moves).
      const pieces = version.split('.');
      ranges.push(
        pieces.length >= 3 ? `~${version}` : `^${semver.coerce(version)?.version ?? version}`,
      );
    } else if (op === '!=') {
      ranges.push(`<${version} || >${version}`);
    } else {
      ranges.push(`${op === '=' ? '' : op}${version}`);
    }
  }
  const range = ranges.join(' ');
  return semver.validRange(range) ? range : undefined;
}

function classify(text: string, source: string): WantedVersion {
  const value = text.trim().replace(/^v/, '');
  if (semver.valid(value)) return { kind: 'exact', value, source };
  const exact = /^=\s*v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(value)?.[1];
  if (exact) return { kind: 'exact', value: exact, source };
  const range = constraintToRange(value);
  if (!range) {
    throw new UserError(
      `${source} holds "${text.trim()}", which is not a version or a version constraint.`,
      {
        reason: 'bad-input',
        hint: 'Use an exact version such as 1.11.4, or a constraint such as ">= 1.5.0".',
      },
    );
  }
  return { kind: 'constraint', value: range, source };
}

/** The `required_version` of the `terraform {}` block in one file's text, if any. */
export function requiredVersionIn(text: string): string | undefined {
  const block = /\bterraform\s*\{([\s\S]*?)^\}/m.exec(text)?.[1];
  return block ? /^\s*required_version\s*=\s*"([^"]*)"/m.exec(block)?.[1] : undefined;
}

/** The version `dir` wants for `tool`, or undefined when nothing asks for one. */
export async function wantedVersion(
  dir: string,
  tool: ToolName,
  input: string | undefined,
): Promise<WantedVersion | undefined> {
  if (input?.trim()) return classify(input, 'the tool-version input');
  const files = await readdir(dir);
  const versionFile = VERSION_FILES[tool];
  if (files.includes(versionFile)) {
    const line = (await readFile(join(dir, versionFile), 'utf8')).split('\n')[0] ?? '';
    if (line.trim() && line.trim() !== 'latest') return classify(line, versionFile);
  }
  for (const file of files.filter((f) => f.endsWith('.tf') || f.endsWith('.tofu')).sort()) {
    const required = requiredVersionIn(await readFile(join(dir, file), 'utf8'));
    if (required) return classify(required, `required_version in ${file}`);
  }
  return undefined;
}
