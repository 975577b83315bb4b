// Regenerates test/fixtures/plans/*.json from real terraform runs of the inline scenarios:
//   node --import tsx test/iac/generate-plan-fixtures.ts
// drift.json / drift-noise.json (+ terraform's text output) come from the real AWS provider
// against an in-process Parameter Store: terraform_data cannot drift (see the report).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  cleanup,
  MIXED_SCENARIO,
  runScenario,
  SCENARIOS,
  SENSITIVE_SCENARIO,
  type Scenario,
} from './plan-scenarios.js';

const dir = new URL('../fixtures/plans/', import.meta.url).pathname;
const byName = (name: string): Scenario => SCENARIOS.find((s) => s.name === name) as Scenario;

async function generate(file: string, scenario: Scenario): Promise<Record<string, unknown>> {
  const run = await runScenario(scenario);
  await cleanup(run);
  const json = run.json as Record<string, unknown>;
  await writeFile(join(dir, file), `${JSON.stringify(json, null, 1)}\n`);
  return json;
}

await mkdir(dir, { recursive: true });
await generate('mixed.json', MIXED_SCENARIO);
await generate('sensitive.json', SENSITIVE_SCENARIO);
await generate('no-changes.json', byName('no-op'));
await generate('output-only.json', byName('output-only'));
await generate('update.json', byName('update'));
console.log(`fixtures written to ${dir}`);
