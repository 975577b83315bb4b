/**
 * GitHub's own example objects from the OpenAPI description (@octokit/openapi
 * `components.examples`), deep-copied: the deployments and pulls areas start every response
 * object from GitHub's example and override the fields they own, so shapes stay GitHub's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let examples: Record<string, { value: unknown }> | undefined;

export function githubExample<T = Record<string, unknown>>(name: string): T {
  if (!examples) {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    const spec = JSON.parse(readFileSync(file, 'utf8')) as {
      components: { examples: Record<string, { value: unknown }> };
    };
    examples = spec.components.examples;
  }
  const found = examples[name];
  if (!found) throw new Error(`GitHub's OpenAPI description has no example named ${name}`);
  return structuredClone(found.value) as T;
}
