import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { parseDiagnostics, renderFailure } from '../../src/iac/render.js';
import { terraform, terraformTestEnv, writeStack } from '../support/terraform.js';
import { requireTool } from '../support/tools.js';

/** Diagnostics from terraform's real machine-readable output, and the failure comment. */
async function tf(files: Record<string, string>, args: string[][]): Promise<string[]> {
  const env = await terraformTestEnv();
  const dir = await writeStack(files);
  try {
    return args.map((a) => terraform(dir, a, env).stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('diagnostics and the failure review', () => {
  test('validate -json of a syntax error: file, line, snippet', async (t) => {
    if (!requireTool(t, 'terraform', 'install terraform ≥ 1.5')) return;
    const [out] = await tf(
      { 'main.tf': 'resource "terraform_data" "a" {\n  input = "x"\n  bogus {\n}\n' },
      [['validate', '-json', '-no-color']],
    );
    const diags = parseDiagnostics(out ?? '');
    assert.equal(diags.length, 1);
    const [d] = diags;
    assert.equal(d?.severity, 'error');
    assert.equal(d?.summary, 'Unclosed configuration block');
    assert.equal(d?.file, 'main.tf');
    assert.equal(d?.line, 1);
    assert.equal(d?.column, 31);
    assert.match(
      d?.snippet ?? '',
      /^in resource "terraform_data" "a":\n {3}1: resource "terraform_data" "a" \{$/,
    );

    const doc = renderFailure({
      target: 'network',
      tool: 'terraform',
      phase: 'validate',
      diagnostics: diags,
      form: 'comment',
    });
    assert.match(doc, /^### ❌ Terraform validate failed for `network`$/m);
    assert.match(doc, /status: \*\*failed\*\*/);
    assert.match(doc, /> `terraform validate` failed with 1 error\. Nothing was planned\./);
    assert.match(doc, /\*\*Error:\*\* Unclosed configuration block \(`main\.tf:1:31`\)/);
    assert.match(doc, /```text\nError: Unclosed configuration block\n {2}on main\.tf:1:31\n/);
    assert.match(doc, /There is no closing brace for this block/);
  });

  test('plan -json stream: diagnostics among other messages, values noted', async (t) => {
    if (!requireTool(t, 'terraform', 'install terraform ≥ 1.5')) return;
    const stack = {
      'main.tf':
        'variable "size" {\n  type    = number\n  default = 1\n  validation {\n    condition     = var.size > 3\n    error_message = "size must be > 3"\n  }\n}\nresource "terraform_data" "a" {\n  input = var.size\n}\n',
    };
    const [, out] = await tf(stack, [
      ['init', '-input=false', '-no-color'],
      ['plan', '-json', '-input=false', '-no-color'],
    ]);
    assert.ok((out ?? '').split('\n').length > 2, 'a stream of several messages');
    const diags = parseDiagnostics(out ?? '');
    assert.deepEqual(
      diags.map((d) => [d.severity, d.summary, d.file, d.line]),
      [['error', 'Invalid value for variable', 'main.tf', 1]],
    );
    assert.match(diags[0]?.detail ?? '', /size must be > 3/);
    assert.match(diags[0]?.snippet ?? '', /var\.size is 1/);
  });

  test('parseDiagnostics skips text lines and duplicates', () => {
    const line = JSON.stringify({
      type: 'diagnostic',
      diagnostic: { severity: 'warning', summary: 'W' },
    });
    const diags = parseDiagnostics(`plain text\n${line}\n{not json\n${line}\n{"type":"log"}`);
    assert.deepEqual(diags, [{ severity: 'warning', summary: 'W' }]);
    assert.deepEqual(parseDiagnostics(''), []);
  });

  test('a diagnostic without terraform’s shape is skipped; extra keys are fine', () => {
    const pos = { line: 3, column: 5, byte: 40 };
    const good = { severity: 'error', summary: 'S', range: { filename: 'a.tf', start: pos } };
    const cases: [string, unknown, boolean][] = [
      ['terraform’s shape, with keys Gantry does not read', { ...good, extra: 1 }, true],
      [
        'a null snippet context',
        { ...good, snippet: { context: null, code: 'x', start_line: 3 } },
        true,
      ],
      ['an unknown severity', { ...good, severity: 'fatal' }, false],
      ['no summary', { severity: 'error' }, false],
      ['a range without a start', { ...good, range: { filename: 'a.tf' } }, false],
      [
        'a line that is a string',
        { ...good, range: { filename: 'a.tf', start: { ...pos, line: '3' } } },
        false,
      ],
      [
        'snippet values that are not a list',
        { ...good, snippet: { code: 'x', start_line: 1, values: {} } },
        false,
      ],
      ['not an object', 'boom', false],
    ];
    for (const [name, diagnostic, kept] of cases) {
      const line = JSON.stringify({ type: 'diagnostic', diagnostic });
      assert.equal(parseDiagnostics(line).length, kept ? 1 : 0, `plan stream: ${name}`);
      const doc = JSON.stringify({ valid: false, diagnostics: [diagnostic] });
      assert.equal(parseDiagnostics(doc).length, kept ? 1 : 0, `validate -json: ${name}`);
    }
  });

  test('a huge output tail is cut to head and tail within the limit', () => {
    const tail = Array.from({ length: 200_000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join(
      '\n',
    );
    for (const form of ['comment', 'summary'] as const) {
      const doc = renderFailure({
        target: 'network',
        tool: 'tofu',
        phase: 'init',
        diagnostics: [],
        outputTail: tail,
        form,
        marker: '<!-- m -->',
        runUrl: 'https://github.com/o/r/actions/runs/1',
      });
      assert.ok(form === 'comment' ? doc.length <= 65_536 : Buffer.byteLength(doc) <= 1_048_576);
      assert.match(doc, /^### ❌ OpenTofu init failed for `network`$/m);
      assert.match(doc, /<details open><summary>Output of tofu init<\/summary>/);
      assert.match(doc, /^line 0 x+$/m);
      assert.match(doc, /^line 199999 x+$/m);
      assert.match(doc, /^… \d+ lines omitted, full output in the job log …$/m);
      assert.match(doc, /\[workflow run\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\)/);
    }
  });
});
