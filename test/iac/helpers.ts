import type { TestContext } from 'node:test';
import { requireTool } from '../support/tools.js';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** The real terraform binary's absolute path (tests that need it call requireTool first). */
export function terraformPath(): string {
  const r = spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' });
  return r.stdout.trim() || 'terraform';
}

/**
 * OpenTofu is not installable here: a stand-in named `tofu` that reports an OpenTofu-style
 * version (`version -json`, and the first message of every `-json` run, as OpenTofu's
 * `{"type":"version","tofu":"1.8.5"}`) and hands every command to the real terraform. Returns
 * its folder (to put first on PATH) and its path.
 */
export async function tofuStandIn(version = '1.8.5'): Promise<{ dir: string; bin: string }> {
  return standIn('tofu', version);
}

/** A binary named `name` reporting `version` and running the real terraform for the rest. */
export async function standIn(
  name: string,
  version: string,
): Promise<{ dir: string; bin: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'gantry-standin-'));
  const bin = join(dir, name);
  const [key, display] = name === 'tofu' ? ['tofu', 'OpenTofu'] : ['terraform', 'Terraform'];
  // Only the first line is rewritten: the UI's version message, or show -json's header field.
  const sed = [
    `1{/"type":"version"/{s/"terraform":"[^"]*"/"${key}":"${version}"/;s/"@message":"Terraform [^"]*"/"@message":"${display} ${version}"/;}}`,
    `1s/"terraform_version":"[^"]*"/"terraform_version":"${version}"/`,
  ];
  await writeFile(
    bin,
    [
      '#!/bin/sh',
      `tf="${terraformPath()}"`,
      'if [ "$1" = "version" ]; then',
      `  echo '{"terraform_version":"${version}","platform":"linux_amd64","provider_selections":{},"terraform_outdated":false}'`,
      '  exit 0',
      'fi',
      'case " $* " in',
      '  *" -json "*) ;;',
      '  *) exec "$tf" "$@" ;;',
      'esac',
      'rc=$(mktemp)',
      `{ "$tf" "$@"; echo $? > "$rc"; } | sed -e '${sed[0]}' -e '${sed[1]}'`,
      'code=$(cat "$rc"); rm -f "$rc"; exit "$code"',
      '',
    ].join('\n'),
  );
  await chmod(bin, 0o755);
  return { dir, bin };
}

/** A PATH holding only the given folders plus the basics (sh, sleep), never the real terraform. */
export function pathWith(...dirs: string[]): string {
  return [...dirs, '/usr/bin', '/bin'].join(delimiter);
}

/** Skip loudly (fail under GANTRY_REQUIRE_ALL=1) when terraform is missing. */
export function needTerraform(t: TestContext): boolean {
  return requireTool(t, 'terraform', 'install terraform ≥ 1.9', ['version']);
}

// A resource that takes 30 s to create (a local-exec sleep), after one that is created at once.
export const SLOW_STACK = {
  'main.tf': `
resource "terraform_data" "quick" {
  input = "first"
}
resource "terraform_data" "slow" {
  depends_on = [terraform_data.quick]
  provisioner "local-exec" {
    command = "sleep 30"
  }
}
`,
};
