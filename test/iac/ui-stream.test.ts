import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uiMessage } from '../../src/iac/run-tool.js';
import { parseVersionJson, versionFromJsonUi } from '../../src/iac/tool.js';

/** Lines as terraform 1.11 and OpenTofu 1.8 print them with -json (copied from real runs). */
const TF_VERSION =
  '{"@level":"info","@message":"Terraform 1.11.4","@module":"terraform.ui","@timestamp":"2026-11-22T13:43:44.608844Z","terraform":"1.11.4","type":"version","ui":"1.2"}';
const TOFU_VERSION =
  '{"@level":"info","@message":"OpenTofu 1.8.5","@module":"tofu.ui","@timestamp":"2024-03-11T19:35:36.737490+01:00","tofu":"1.8.5","type":"version","ui":"1.2"}';
const PLANNED =
  '{"@level":"info","@message":"terraform_data.node[940]: Plan to create","@module":"terraform.ui","@timestamp":"2026-11-22T13:43:44.989796Z","change":{"resource":{"addr":"terraform_data.node[940]","module":"","resource":"terraform_data.node[940]","implied_provider":"terraform","resource_type":"terraform_data","resource_name":"node","resource_key":940},"action":"create"},"type":"planned_change"}';
const DIAGNOSTIC =
  '{"@level":"error","@message":"Error: Invalid value for variable \\"@message\\":\\"x\\" \\\\ \\"type\\":\\"version\\"","@module":"terraform.ui","diagnostic":{"severity":"error","summary":"Invalid value"},"type":"diagnostic"}';

test('the version comes from the first message of a -json run, for terraform and OpenTofu', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['terraform init -json', `${TF_VERSION}\n${PLANNED}\n`, '1.11.4'],
    ['tofu init -json', `${TOFU_VERSION}\n`, '1.8.5'],
    ['no version message', `${PLANNED}\n`, undefined],
    [
      'plain text (an old terraform without init -json)',
      'Initializing the backend...\n',
      undefined,
    ],
    ['empty', '', undefined],
  ];
  for (const [name, stdout, expected] of cases) {
    assert.equal(versionFromJsonUi(stdout), expected, name);
  }
});

test('version -json is read for terraform and OpenTofu spellings; anything else is no version', () => {
  const cases: Array<[string, string | undefined]> = [
    ['{"terraform_version":"1.11.4","platform":"linux_amd64"}', '1.11.4'],
    ['{"tofu_version":"1.8.5"}', '1.8.5'],
    ['{"terraform_version":""}', undefined],
    ['{"terraform_version":7}', undefined],
    ['null', undefined],
    ['Terraform v1.11.4', undefined],
  ];
  for (const [text, expected] of cases) assert.equal(parseVersionJson(text), expected, text);
});

test('the live log shows each UI message, never the version line, and other lines as they are', () => {
  const cases: Array<[string, string | undefined]> = [
    [TF_VERSION, undefined],
    [TOFU_VERSION, undefined],
    [PLANNED, 'terraform_data.node[940]: Plan to create'],
    // Escaped quotes and backslashes in the message, and look-alike members inside it.
    [DIAGNOSTIC, 'Error: Invalid value for variable "@message":"x" \\ "type":"version"'],
    ['{"@level":"info","type":"outputs","outputs":{}}', undefined],
    ['{"@message":"bad escape \\q","type":"log"}', '{"@message":"bad escape \\q","type":"log"}'],
    ['{not json at all', '{not json at all'],
    ['Initializing provider plugins...', 'Initializing provider plugins...'],
  ];
  for (const [line, expected] of cases) assert.equal(uiMessage(line), expected, line);
});
