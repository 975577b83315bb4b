import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commentsOf } from '../support/fake-github/routes-issues.js';
import { requireTool } from '../support/tools.js';
import { readManifest } from '../../src/iac/manifest.js';
import { explain, OWNER, PR, REPO_NAME, setup, type Harness } from './harness.js';

describe('plan action: outputs, summary, plan folder, secrets', () => {
  let h: Harness;
  before(async () => {
    h = await setup();
  });
  after(async () => {
    h.fake.assertFaithful();
    await h.close();
  });

  it('sets every output and writes the summary even with commenting off', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    await h.write({ 'stacks/network/prod.tfvars': 'zones = ["eu-west-1a"]\n' });
    const run = await h.run({
      comment: 'off',
      'var-files': 'prod.tfvars',
      variables: 'environment=prod\ncidr_block=10.30.0.0/16',
      'target-name': 'network (prod)',
    });
    assert.equal(run.code, 0, explain(run));
    assert.equal(h.fake.calls.length, 0, 'comment: off makes no GitHub call');
    const o = run.outputs;
    assert.deepEqual(
      {
        'has-changes': o['has-changes'],
        'to-add': o['to-add'],
        'to-change': o['to-change'],
        'to-destroy': o['to-destroy'],
        'to-replace': o['to-replace'],
        'to-import': o['to-import'],
        'exit-code': o['exit-code'],
        'failure-reason': o['failure-reason'],
        'comment-id': o['comment-id'],
        'comment-url': o['comment-url'],
        'artifact-name': o['artifact-name'],
      },
      {
        'has-changes': 'true',
        'to-add': '4',
        'to-change': '0',
        'to-destroy': '0',
        'to-replace': '0',
        'to-import': '0',
        'exit-code': '2',
        'failure-reason': '',
        'comment-id': '',
        'comment-url': '',
        'artifact-name': '',
      },
    );
    assert.match(o['plan-digest'] ?? '', /^[0-9a-f]{64}$/);
    const dir = o['plan-dir'] ?? '';
    assert.deepEqual((await readdir(dir)).sort(), [
      'comment.md',
      'manifest.json',
      'plan.json',
      'summary.md',
      'tfplan',
    ]);
    const manifest = await readManifest(dir);
    assert.equal(manifest.digest, o['plan-digest']);
    assert.equal(manifest.target, 'network (prod)');
    assert.equal(manifest.commitSha, 'ec26c3e57ca3a959ca5aad62de7213c562f8c821');
    // The summary is the full review, without the hidden marker.
    assert.match(run.summary, /Terraform plan for `network \(prod\)`/);
    assert.match(run.summary, /Plan: 4 to add, 0 to change, 0 to destroy\./);
    assert.match(run.summary, /prod-vpc/);
    assert.doesNotMatch(run.summary, /gantry:(plan|pending)/);
    assert.equal((await readFile(join(dir, 'summary.md'), 'utf8')).trim(), run.summary.trim());
    assert.match(run.stdout, /::warning::upload-plan: the runner offers no artifact service/);
    // Grouped, live logs per phase.
    for (const group of ['install', 'terraform init', 'terraform plan', 'render', 'comment']) {
      assert.ok(run.stdout.includes(`::group::${group}\n`), `group ${group}`);
    }
  });

  it('masks variable and backend-config values and the token; the sensitive default never shows', async (t) => {
    if (!requireTool(t, 'terraform', 'see .ci/run')) return;
    const secret = 'hunter2-vpn-key-0042';
    const run = await h.run({
      variables: `vpn_shared_key=${secret}`,
      'backend-config': 'path=state-very-private.tfstate',
    });
    assert.equal(run.code, 0, explain(run));
    assert.ok(run.stdout.includes(`::add-mask::${secret}`), 'variable value masked');
    assert.ok(
      run.stdout.includes('::add-mask::state-very-private.tfstate'),
      'backend-config value masked',
    );
    assert.ok(run.stdout.includes('::add-mask::ghs_'), 'token masked');
    const unmasked = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    assert.ok(
      !unmasked.some((l) => l.includes(secret)),
      'the secret is only ever printed as a mask command',
    );
    const body = commentsOf(h.fake, OWNER, REPO_NAME, PR)[0]?.body ?? '';
    for (const text of [body, run.summary]) {
      assert.ok(!text.includes(secret));
      assert.ok(!text.includes('demo-only-not-a-real-secret'));
    }
  });
});
