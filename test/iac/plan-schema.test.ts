import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planProblem } from '../../src/iac/plan-schema.js';
import { parsePlan } from '../../src/iac/plan-model.js';
import { fixture } from './review-support.js';
import { rawPlan } from './plan-schema-zod.js';
import { syntheticPlan } from './synthetic-plan.js';

/**
 * parsePlan checks a document with plain checks (fast on a cold start). They must say what an
 * independent statement of the same rules (a zod schema, ./plan-schema-zod.ts) says, or a
 * malformed plan would slip past into the model: every node of real plans is mutated in turn,
 * and the verdicts and the path of the first problem are compared.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A real plan, plus the parts terraform writes only online (checks, deferred, imports). */
function fullPlan(): Record<string, Json> {
  const doc = fixture('mixed') as Record<string, Json>;
  const changes = doc.resource_changes as Record<string, Json>[];
  const first = changes[0] as Record<string, Json>;
  const change = first.change as Record<string, Json>;
  change.importing = { id: 'i-123', unknown: false };
  change.replace_paths = [['input', 0, 'name']];
  change.generated_config = 'resource "x" "y" {}';
  first.index = 'blue';
  first.deposed = '00000001';
  first.previous_address = 'terraform_data.old';
  first.module_address = 'module.app';
  first.action_reason = 'replace_because_cannot_update';
  doc.deferred_changes = [{ reason: 'resource_config_unknown', resource_change: first }];
  doc.checks = [
    {
      address: { kind: 'check', to_display: 'check.health' },
      status: 'fail',
      instances: [
        {
          address: { to_display: 'check.health' },
          status: 'fail',
          problems: [{ message: 'unhealthy' }],
        },
      ],
    },
  ];
  doc.relevant_attributes = [{ resource: 'terraform_data.a', attribute: ['input', 0] }];
  doc.resource_drift = [first];
  return doc;
}

/** Paths to every node, without descending into attribute values (any JSON is valid there). */
function paths(node: Json, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  const opaque = ['before', 'after', 'after_unknown', 'before_sensitive', 'after_sensitive'];
  const last = at[at.length - 1];
  if (typeof last === 'string' && opaque.includes(last)) return out;
  if (at[0] === 'planned_values' || at[0] === 'prior_state' || at[0] === 'configuration') {
    return out;
  }
  if (Array.isArray(node)) node.forEach((v, i) => paths(v, [...at, i], out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) paths(v, [...at, k], out);
  }
  return out;
}

const REPLACEMENTS: Json[] = [null, 1, 'x', true, [], {}, ['create', 'delete', 'update']];

function mutations(doc: Json): Array<{ name: string; doc: unknown }> {
  const out: Array<{ name: string; doc: unknown }> = [];
  for (const path of paths(doc)) {
    if (!path.length) continue;
    const key = path[path.length - 1] as string | number;
    const variants: Array<[string, (parent: Record<string | number, Json>) => void]> = [
      ['delete', (p) => (Array.isArray(p) ? p.splice(key as number, 1) : delete p[key])],
      ...REPLACEMENTS.map((r): [string, (p: Record<string | number, Json>) => void] => [
        `= ${JSON.stringify(r)}`,
        (p) => {
          p[key] = structuredClone(r);
        },
      ]),
    ];
    for (const [name, mutate] of variants) {
      const copy = structuredClone(doc) as Record<string, Json>;
      let parent: Json = copy;
      for (const k of path.slice(0, -1))
        parent = (parent as Record<string | number, Json>)[k] as Json;
      mutate(parent as Record<string | number, Json>);
      out.push({ name: `${path.join('.')} ${name}`, doc: copy });
    }
  }
  return out;
}

test('the plan check and a zod schema agree on every mutation of real plans, paths included', () => {
  const docs: Array<[string, Json]> = [
    ['mixed, with checks, deferred changes, imports and drift', fullPlan()],
    ['sensitive', fixture('sensitive') as Json],
    ['output-only', fixture('output-only') as Json],
    ['synthetic', syntheticPlan(12) as Json],
  ];
  let refused = 0;
  let compared = 0;
  for (const [label, doc] of docs) {
    assert.equal(planProblem(doc), undefined, `${label} itself is a valid plan`);
    for (const m of mutations(doc)) {
      const zod = rawPlan.safeParse(m.doc);
      const problem = planProblem(m.doc);
      assert.equal(
        problem === undefined,
        zod.success,
        `${label}: ${m.name}: zod says ${zod.success}`,
      );
      if (problem && !zod.success) {
        assert.deepEqual(problem.path, zod.error.issues[0]?.path, `${label}: ${m.name}: path`);
      }
      compared++;
      if (!zod.success) refused++;
    }
  }
  // Both verdicts occur often: the comparison is not vacuous.
  assert.ok(compared > 2000, `${compared} mutations compared`);
  assert.ok(refused > 500 && refused < compared - 500, `${refused} of ${compared} refused`);
});

test('a refused document gets a message with the path and what was expected', () => {
  const doc = fullPlan();
  ((doc.resource_changes as Record<string, Json>[])[1] as Record<string, Json>).mode = 'other';
  assert.throws(
    () => parsePlan(doc),
    /resource_changes\.1\.mode: expected one of "managed", "data", got "other"\./,
  );
  const checks = doc.checks as Record<string, Json>[];
  doc.resource_changes = [];
  (checks[0] as Record<string, Json>).status = 7;
  assert.throws(() => parsePlan(doc), /checks\.0\.status: expected a string, got number 7\./);
  doc.checks = [];
  const [first] = fullPlan().resource_changes as Record<string, Json>[];
  (doc.resource_changes as Json[]).push({ ...first, change: {} });
  assert.throws(
    () => parsePlan(doc),
    /resource_changes\.0\.change\.actions: expected an array, got nothing\./,
  );
});
