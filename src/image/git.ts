// What the tag rules need from a local git checkout: a commit's committer date and the tags.
import type { Exec } from '../shared/exec.js';

/** `git log -1 --format=%cI <sha>`; undefined outside a repository or for an unknown commit. */
export async function gitCommitDate(
  exec: Exec,
  cwd: string,
  sha: string,
): Promise<Date | undefined> {
  const r = await exec({
    command: 'git',
    args: ['log', '-1', '--format=%cI', sha || 'HEAD'],
    cwd,
    timeoutMs: 15_000,
  });
  if (r.exitCode !== 0) return undefined;
  const date = new Date(r.stdout.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `git tag --list`: the releases `latest=highest` compares against. */
export async function gitTags(exec: Exec, cwd: string): Promise<string[]> {
  const r = await exec({ command: 'git', args: ['tag', '--list'], cwd, timeoutMs: 15_000 });
  if (r.exitCode !== 0) return [];
  return r.stdout
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean);
}
