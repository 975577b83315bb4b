import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('dist/ matches the source: a rebuild from scratch changes nothing git tracks', () => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, `build failed:\n${build.stderr.slice(-3000)}`);
  const status = spawnSync(
    'git',
    ['status', '--porcelain', '--untracked-files=all', '--', 'dist'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  assert.equal(status.status, 0, status.stderr);
  assert.equal(
    status.stdout.trim(),
    '',
    `dist/ is stale — run \`npm run build\` and commit dist/:\n${status.stdout}`,
  );
});
