/**
 * Small inline stacks that make terraform produce each kind of planned change, and a runner that
 * applies the "before" config, plans the "after" config and returns terraform's own JSON, text
 * and exit code. Only built-in `terraform_data` and `terraform_remote_state`: no network.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { terraform, terraformTestEnv, writeStack } from '../support/terraform.js';

export interface Scenario {
  name: string;
  /** Applied first (omit for an empty state). */
  before?: string;
  /** Planned. */
  after: string;
}

const data = (name: string, input: string, extra = ''): string =>
  `resource "terraform_data" "${name}" {\n  input = ${input}\n${extra}}\n`;

export const SCENARIOS: Scenario[] = [
  { name: 'create', after: data('a', '"one"') },
  { name: 'update', before: data('a', '"one"'), after: data('a', '"two"') },
  {
    name: 'replace destroy-first',
    before: data('a', '"one"'),
    after: data('a', '"one"', '  triggers_replace = "v2"\n'),
  },
  {
    name: 'replace create-first',
    before: data('a', '"one"', '  lifecycle {\n    create_before_destroy = true\n  }\n'),
    after: data(
      'a',
      '"one"',
      '  triggers_replace = "v2"\n  lifecycle {\n    create_before_destroy = true\n  }\n',
    ),
  },
  { name: 'delete', before: data('a', '"one"') + data('b', '"two"'), after: data('b', '"two"') },
  {
    name: 'move',
    before: data('a', '"one"'),
    after: `${data('b', '"one"')}moved {\n  from = terraform_data.a\n  to   = terraform_data.b\n}\n`,
  },
  {
    name: 'move with update',
    before: data('a', '"one"'),
    after: `${data('b', '"two"')}moved {\n  from = terraform_data.a\n  to   = terraform_data.b\n}\n`,
  },
  {
    name: 'import',
    after: `resource "terraform_data" "a" {}\nimport {\n  to = terraform_data.a\n  id = "existing-id"\n}\n`,
  },
  {
    name: 'import with update',
    after: `${data('a', '"x"')}import {\n  to = terraform_data.a\n  id = "existing-id"\n}\n`,
  },
  {
    name: 'forget',
    before: data('a', '"one"') + data('b', '"two"'),
    after: `${data('b', '"two"')}removed {\n  from = terraform_data.a\n  lifecycle {\n    destroy = false\n  }\n}\n`,
  },
  {
    name: 'read',
    after: `${data('p', '"other.tfstate"')}data "terraform_remote_state" "r" {\n  backend = "local"\n  config  = { path = terraform_data.p.output }\n}\n`,
  },
  { name: 'no-op', before: data('a', '"one"'), after: data('a', '"one"') },
  {
    name: 'output-only',
    before: `${data('a', '"one"')}output "o" {\n  value = 1\n}\n`,
    after: `${data('a', '"one"')}output "o" {\n  value = 2\n}\n`,
  },
  {
    name: 'failing check',
    before: data('a', '1'),
    after: `${data('a', '1')}${data('b', '2')}check "health" {\n  assert {\n    condition     = terraform_data.a.output == 2\n    error_message = "a must be 2"\n  }\n}\n`,
  },
];

/** Sensitive variable and outputs, with the value also echoed unmarked by terraform_data.output. */
export const SECRET = 'hunter2-very-secret';
export const SENSITIVE_SCENARIO: Scenario = {
  name: 'sensitive',
  before: `variable "secret" {\n  type      = string\n  sensitive = true\n  default   = "old-${SECRET}"\n}\n${data('s', '{ pw = var.secret, list = [var.secret, "plain"], n = 1 }')}output "pw" {\n  value     = var.secret\n  sensitive = true\n}\noutput "nested" {\n  value     = { a = [var.secret] }\n  sensitive = true\n}\n`,
  after: `variable "secret" {\n  type      = string\n  sensitive = true\n  default   = "${SECRET}"\n}\n${data('s', '{ pw = var.secret, list = [var.secret, "plain"], n = 2 }')}${data('t', 'var.secret')}output "pw" {\n  value     = var.secret\n  sensitive = true\n}\noutput "nested" {\n  value     = { a = [var.secret] }\n  sensitive = true\n}\noutput "plain" {\n  value = "visible"\n}\n`,
};

export interface ScenarioRun {
  json: unknown;
  jsonText: string;
  /** `terraform show -no-color tfplan`. */
  text: string;
  /** `terraform plan -detailed-exitcode` exit code. */
  exitCode: number | null;
  dir: string;
}

/** Apply `before`, plan `after` with -detailed-exitcode, show the plan as JSON and as text. */
export async function runScenario(s: Scenario): Promise<ScenarioRun> {
  const env = await terraformTestEnv();
  const dir = await writeStack({ 'main.tf': s.before ?? '' });
  const must = (args: string[]): string => {
    const r = terraform(dir, args, env);
    if (r.status !== 0) throw new Error(`terraform ${args.join(' ')} failed:\n${r.stderr}`);
    return r.stdout;
  };
  must(['init', '-input=false', '-no-color']);
  if (s.before) must(['apply', '-auto-approve', '-input=false', '-no-color']);
  await writeFile(join(dir, 'main.tf'), s.after);
  const plan = terraform(
    dir,
    ['plan', '-out=tfplan', '-input=false', '-no-color', '-detailed-exitcode'],
    env,
  );
  if (plan.status === 1) throw new Error(`terraform plan failed:\n${plan.stderr}`);
  const jsonText = must(['show', '-json', 'tfplan']);
  const text = must(['show', '-no-color', 'tfplan']);
  return { json: JSON.parse(jsonText) as unknown, jsonText, text, exitCode: plan.status, dir };
}

export async function cleanup(run: ScenarioRun): Promise<void> {
  await rm(run.dir, { recursive: true, force: true });
}

/** terraform's own "Plan: …" line from its text output, or null when it prints none. */
export function planLineOf(text: string): string | null {
  const m = /^Plan: .*$/m.exec(text);
  return m ? m[0] : null;
}

/** Every kind of change at once: the `mixed.json` fixture and the review tests. */
export const MIXED_SCENARIO: Scenario = {
  name: 'mixed',
  before: [
    data('updated', '"one"'),
    data('replaced', '"r"'),
    data('replaced_cbd', '"c"', '  lifecycle {\n    create_before_destroy = true\n  }\n'),
    data('destroyed', '"d"'),
    data('old_name', '"m"'),
    data('forgotten', '"f"'),
    data('unchanged', '"u"'),
    'output "endpoint" {\n  value = terraform_data.updated.output\n}\n',
  ].join(''),
  after: [
    'variable "token" {\n  type      = string\n  sensitive = true\n  default   = "tok-ABCDEF-123456"\n}\n',
    data('updated', '{ size = 2, tags = { team = "core" }, token = var.token }'),
    data('replaced', '"r"', '  triggers_replace = "v2"\n'),
    data(
      'replaced_cbd',
      '"c"',
      '  triggers_replace = "v2"\n  lifecycle {\n    create_before_destroy = true\n  }\n',
    ),
    data('created', '"new"'),
    data('new_name', '"m"'),
    'moved {\n  from = terraform_data.old_name\n  to   = terraform_data.new_name\n}\n',
    'removed {\n  from = terraform_data.forgotten\n  lifecycle {\n    destroy = false\n  }\n}\n',
    'resource "terraform_data" "imported" {}\nimport {\n  to = terraform_data.imported\n  id = "imported-id"\n}\n',
    data('unchanged', '"u"'),
    'data "terraform_remote_state" "other" {\n  backend = "local"\n  config  = { path = terraform_data.created.output }\n}\n',
    'check "health" {\n  assert {\n    condition     = terraform_data.unchanged.output == "healthy"\n    error_message = "unchanged must be healthy"\n  }\n}\n',
    'output "endpoint" {\n  value = terraform_data.updated.output\n}\n',
    'output "token" {\n  value     = var.token\n  sensitive = true\n}\n',
    'output "added" {\n  value = "hello"\n}\n',
  ].join(''),
};
