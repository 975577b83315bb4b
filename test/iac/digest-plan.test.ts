import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalChanges, diffChanges, planDigest } from '../../src/iac/digest.js';
import { parsePlan } from '../../src/iac/plan-model.js';
import { terraform, terraformTestEnv } from '../support/terraform.js';
import { requireTool } from '../support/tools.js';
import { cleanup, runScenario, SCENARIOS, SECRET } from './plan-scenarios.js';
import { fixture } from './review-support.js';

type Doc = Record<string, unknown>;
type Change = { address: string; previous_address?: string; change: Doc };

const digestOf = (doc: Doc): string => planDigest(parsePlan(doc));
const changes = (doc: Doc): Change[] => doc.resource_changes as Change[];
const find = (doc: Doc, address: string): Change => {
  const c = changes(doc).find((r) => r.address === address);
  assert.ok(c, address);
  return c;
};

describe('plan digest', () => {
  test('is 64 lowercase hex characters', () => {
    assert.match(digestOf(fixture('mixed')), /^[0-9a-f]{64}$/);
  });

  test('two real plans of the same change set digest the same', async (t) => {
    if (!requireTool(t, 'terraform', 'install terraform ≥ 1.5')) return;
    const update = SCENARIOS.find((s) => s.name === 'update');
    assert.ok(update);
    const run = await runScenario(update);
    t.after(() => cleanup(run));
    await new Promise((r) => setTimeout(r, 1100)); // a different timestamp
    const env = await terraformTestEnv();
    terraform(run.dir, ['plan', '-out=again', '-input=false'], env);
    const again = JSON.parse(terraform(run.dir, ['show', '-json', 'again'], env).stdout) as Doc;
    assert.notEqual(again.timestamp, (run.json as Doc).timestamp);
    assert.equal(digestOf(again), digestOf(run.json as Doc));
  });

  test('order, timestamps, tool version, drift, checks and no-ops do not matter', () => {
    const a = fixture('mixed');
    const b = fixture('mixed');
    b.resource_changes = [...changes(b)].reverse();
    b.output_changes = Object.fromEntries(Object.entries(b.output_changes as Doc).reverse());
    b.timestamp = '2030-01-01T00:00:00Z';
    b.terraform_version = '1.12.0';
    b.checks = [];
    b.resource_drift = fixture('drift').resource_drift;
    const noop = JSON.parse(JSON.stringify(find(b, 'terraform_data.unchanged'))) as Change;
    noop.address = 'terraform_data.another_unchanged';
    changes(b).push(noop);
    // Keys in another order inside a value.
    const updated = find(b, 'terraform_data.updated');
    const after = updated.change.after as Doc;
    updated.change.after = Object.fromEntries(Object.entries(after).reverse());
    assert.equal(digestOf(b), digestOf(a));
  });

  const MUTATIONS: [string, (doc: Doc) => void][] = [
    [
      'an attribute value',
      (d) => ((find(d, 'terraform_data.updated').change.after as Doc).input = 'x'),
    ],
    [
      'a nested attribute',
      (d) => (((find(d, 'terraform_data.updated').change.after as Doc).input as Doc).size = 3),
    ],
    [
      'an action',
      (d) => (find(d, 'terraform_data.replaced').change.actions = ['create', 'delete']),
    ],
    [
      'an unknown-after-apply mark',
      (d) => (find(d, 'terraform_data.created').change.after_unknown = { id: true }),
    ],
    [
      'a replace path',
      (d) => (find(d, 'terraform_data.replaced').change.replace_paths = [['input']]),
    ],
    [
      'an import id',
      (d) => (find(d, 'terraform_data.imported').change.importing = { id: 'other' }),
    ],
    [
      'a move source',
      (d) => (find(d, 'terraform_data.new_name').previous_address = 'terraform_data.x'),
    ],
    ['an output value', (d) => (((d.output_changes as Doc).added as Doc).after = 'bye')],
    ['an output action', (d) => (((d.output_changes as Doc).added as Doc).actions = ['delete'])],
    [
      'a removed change',
      (d) =>
        (d.resource_changes = changes(d).filter((r) => r.address !== 'terraform_data.created')),
    ],
    [
      'an added change',
      (d) =>
        changes(d).push({ ...find(d, 'terraform_data.created'), address: 'terraform_data.extra' }),
    ],
    ['whether planning failed (an errored plan is incomplete)', (d) => (d.errored = true)],
  ];
  for (const [what, mutate] of MUTATIONS) {
    test(`changes when ${what} changes`, () => {
      const doc = fixture('mixed');
      mutate(doc);
      assert.notEqual(digestOf(doc), digestOf(fixture('mixed')));
    });
  }

  test('sensitive values change the digest, yet never enter it in clear', () => {
    const doc = fixture('sensitive');
    const t = find(doc, 'terraform_data.t').change;
    assert.equal((t.after as Doc).input, SECRET);
    const original = parsePlan(doc);
    (t.after as Doc).input = `${SECRET}-rotated`;
    const rotated = parsePlan(doc);
    assert.notEqual(planDigest(rotated), planDigest(original));
    const a = canonicalChanges(original);
    const b = canonicalChanges(rotated);
    assert.ok(!JSON.stringify(a).includes(SECRET));
    const diff = diffChanges(a, b);
    assert.equal(diff, '~ terraform_data.t: create differs in input');
    assert.ok(!diff.includes(SECRET));
  });

  test('an errored plan without changes is not the clean "no changes" plan', () => {
    const errored = fixture('no-changes');
    errored.errored = true;
    assert.notEqual(digestOf(errored), digestOf(fixture('no-changes')));
    const clean = canonicalChanges(parsePlan(fixture('no-changes')));
    const failed = canonicalChanges(parsePlan(errored));
    assert.equal(diffChanges(clean, failed), '! planning now fails: incomplete plan');
    assert.equal(diffChanges(failed, clean), '! planning no longer fails');
  });

  test('a complete plan keeps the digest earlier versions recorded in manifests', () => {
    // Manifests outlive upgrades (plan with one version, apply with the next): these are the
    // digests of the stored real plans since digest v1.
    const recorded: Record<string, string> = {
      mixed: '69a264b24ce1b2e9aa9b9c6ac046f18d8d863731be428f6e0ba429a3f0e54407',
      sensitive: '0e6466b39f0e02117b244be4c2b470f2779ea5dc5e6cf91a2ec735da783fb119',
      drift: '8227d12a0ffd30b9ab011e09b160124455d5a7db620f6b2ccfff9ac14bfdaf3a',
      'no-changes': '959afdef01ad3e9a057f23d5d8b650f8be6333acad9ac26a2ed4abe6981c2fa6',
    };
    for (const [name, digest] of Object.entries(recorded))
      assert.equal(digestOf(fixture(name)), digest, name);
  });

  test('diffChanges names what differs between two change sets', () => {
    const a = canonicalChanges(parsePlan(fixture('mixed')));
    assert.equal(diffChanges(a, a), '');
    const doc = fixture('mixed');
    ((find(doc, 'terraform_data.updated').change.after as Doc).input as Doc).size = 3;
    find(doc, 'terraform_data.replaced').change.actions = ['create', 'delete'];
    doc.resource_changes = changes(doc).filter((r) => r.address !== 'terraform_data.created');
    changes(doc).push({ ...find(doc, 'terraform_data.destroyed'), address: 'terraform_data.gone' });
    ((doc.output_changes as Doc).added as Doc).after = 'bye';
    ((doc.output_changes as Doc).token as Doc).after = 'another-token-value';
    const diff = diffChanges(a, canonicalChanges(parsePlan(doc))).split('\n');
    assert.deepEqual(diff, [
      '- terraform_data.created: create is no longer planned',
      '~ terraform_data.replaced: action replace (delete-first) → replace (create-first)',
      '~ terraform_data.updated: update differs in input',
      '+ terraform_data.gone: delete is newly planned',
      '~ output added: value differs',
      '~ output token: sensitive value differs',
    ]);
  });
});
