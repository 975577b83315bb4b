import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { parse } from 'yaml';

/**
 * Which jobs of release.yml run for which push, decided by GitHub's own expression evaluator
 * (@actions/expressions) over each job's `if`, with the runner's rule that a job whose `if` has
 * no status function also needs every job in `needs` to have succeeded. Jobs that run are
 * assumed to succeed.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

interface Job {
  if?: string;
  needs?: string | string[];
}
const release = parse(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')) as {
  jobs: Record<string, Job>;
};

const STATUS_FUNCTIONS = /\b(always|success|failure|cancelled)\(\)/;

/** GitHub's truthiness: null, false, 0, NaN and '' are false; objects and arrays are true. */
function truthy(value: data.ExpressionData): boolean {
  switch (value.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return (value as data.BooleanData).value;
    case data.Kind.Number: {
      const n = value.number();
      return n !== 0 && !Number.isNaN(n);
    }
    case data.Kind.String:
      return value.coerceString() !== '';
    default:
      return true;
  }
}

function evaluate(expression: string, context: Record<string, unknown>, allOk: boolean): boolean {
  const source = expression.replace(/^\$\{\{([\s\S]*)\}\}$/, '$1').trim();
  const lexed = new Lexer(source).lex();
  const statusFn = (value: boolean) => ({
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value),
  });
  const functions = [
    { name: 'always', ...statusFn(true) },
    { name: 'success', ...statusFn(allOk) },
    { name: 'failure', ...statusFn(!allOk) },
    { name: 'cancelled', ...statusFn(false) },
  ];
  const expr = new Parser(lexed.tokens, Object.keys(context), functions).parse();
  const ctx = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  const fns = new Map(functions.map((f) => [f.name, f]));
  return truthy(new Evaluator(expr, ctx, fns).evaluate());
}

/** The jobs that run, in the order the runner would start them. */
function jobsThatRun(github: Record<string, unknown>, inputs: Record<string, unknown>): string[] {
  const results: Record<string, 'success' | 'skipped'> = {};
  const pending = Object.keys(release.jobs);
  while (pending.length) {
    const name = pending.find((n) =>
      [release.jobs[n]?.needs ?? []].flat().every((need) => need in results),
    );
    assert.ok(name, 'a cycle in needs');
    pending.splice(pending.indexOf(name), 1);
    const job = release.jobs[name] ?? {};
    const needs = [job.needs ?? []].flat();
    const allOk = needs.every((n) => results[n] === 'success');
    const condition = job.if ?? 'success()';
    const ctx = {
      github,
      inputs,
      needs: Object.fromEntries(needs.map((n) => [n, { result: results[n] }])),
    };
    const explicit = STATUS_FUNCTIONS.test(condition);
    const runs = (explicit || allOk) && evaluate(condition, ctx, allOk);
    results[name] = runs ? 'success' : 'skipped';
  }
  return Object.keys(results).filter((n) => results[n] === 'success');
}

const push = (ref: string) => ({
  event_name: 'push',
  ref,
  ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
  event: { repository: { default_branch: 'main' } },
});

describe('release.yml: which jobs run', () => {
  const withInfra = { 'infra-directory': 'infra', app: 'shop' };
  const noInfra = { 'infra-directory': '', app: 'shop' };
  const table: { name: string; github: Record<string, unknown>; inputs: object; runs: string[] }[] =
    [
      {
        name: 'push to main: staging infra, publish, staging',
        github: push('refs/heads/main'),
        inputs: withInfra,
        runs: ['staging-infra', 'publish', 'staging'],
      },
      {
        name: 'push to main without infra: publish, staging',
        github: push('refs/heads/main'),
        inputs: noInfra,
        runs: ['publish', 'staging'],
      },
      {
        name: 'tag v1.2.3: publish, production plan, production (never staging)',
        github: push('refs/tags/v1.2.3'),
        inputs: withInfra,
        runs: ['publish', 'production-plan', 'production'],
      },
      {
        name: 'push to a feature branch: nothing',
        github: push('refs/heads/feature/x'),
        inputs: withInfra,
        runs: [],
      },
      {
        name: 'a non-release tag: nothing',
        github: push('refs/tags/nightly'),
        inputs: withInfra,
        runs: [],
      },
      {
        name: 'pull request: nothing (plans come from the PR workflow)',
        github: { ...push('refs/pull/7/merge'), event_name: 'pull_request' },
        inputs: withInfra,
        runs: [],
      },
    ];
  for (const row of table) {
    test(row.name, () => {
      assert.deepEqual(
        jobsThatRun(row.github, row.inputs as Record<string, unknown>).sort(),
        [...row.runs].sort(),
      );
    });
  }

  test('staging waits for its infra: a failed infra apply means no staging rollout', () => {
    const job = release.jobs.staging ?? {};
    const ctx = (infra: string) => ({
      github: push('refs/heads/main'),
      inputs: withInfra,
      needs: { 'staging-infra': { result: infra }, publish: { result: 'success' } },
    });
    assert.equal(evaluate(job.if ?? '', ctx('success'), true), true);
    assert.equal(evaluate(job.if ?? '', ctx('skipped'), false), true);
    assert.equal(evaluate(job.if ?? '', ctx('failure'), false), false);
  });
});
