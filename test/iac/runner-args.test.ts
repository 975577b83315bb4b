import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyArgs,
  backendConfigFlags,
  displayCommand,
  initArgs,
  planArgs,
  showArgs,
  splitFlags,
  workspaceArgs,
} from '../../src/iac/args.js';
import { UserError } from '../../src/shared/errors.js';

test('flags given as one string are split with shell quoting rules', () => {
  const cases: Array<[string, string[]]> = [
    ['', []],
    ['   ', []],
    ['-upgrade', ['-upgrade']],
    ['-upgrade   -reconfigure', ['-upgrade', '-reconfigure']],
    [`-var='name=a b'`, ['-var=name=a b']],
    ['-var="name=a b"', ['-var=name=a b']],
    ['-var=name=a\\ b', ['-var=name=a b']],
    [`-target='module.x["k"]'`, ['-target=module.x["k"]']],
    [`-var "json={\\"a\\": 1}"`, ['-var', 'json={"a": 1}']],
    ["-var 'msg=it''s'", ['-var', 'msg=its']],
    ["'single ; quoted | chars'", ['single ; quoted | chars']],
    ['"star * quoted"', ['star * quoted']],
  ];
  for (const [input, expected] of cases) {
    assert.deepEqual(splitFlags(input), expected, input);
  }
});

test('shell operators, globs, comments and variables in flag strings are refused clearly', () => {
  const cases: Array<[string, RegExp]> = [
    ['-upgrade | cat', /contains '\|'/],
    ['-upgrade; rm -rf /', /contains ';'/],
    ['-upgrade && echo', /contains '&&'/],
    ['-target=*', /unquoted glob '-target=\*'/],
    ['-upgrade > out.txt', /contains '>'/],
    ['-upgrade # note', /comment '# note'/],
    ['-var=token=$TOKEN', /shell variable/],
  ];
  for (const [input, message] of cases) {
    assert.throws(
      () => splitFlags(input, 'plan-args'),
      (error: unknown) =>
        error instanceof UserError &&
        error.reason === 'bad-input' &&
        message.test(error.message) &&
        error.message.startsWith('plan-args:'),
      input,
    );
  }
});

test('init, workspace, plan, apply and show commands are built from typed inputs', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['init, defaults', initArgs(), ['init', '-input=false']],
    [
      'init with backend config lines, json and extra flags',
      initArgs({
        backendConfig: 'bucket=state\n\n# comment\n  key=net.tfstate  \nbackend.hcl',
        json: true,
        extra: ['-upgrade'],
      }),
      [
        'init',
        '-input=false',
        '-json',
        '-backend-config=bucket=state',
        '-backend-config=key=net.tfstate',
        '-backend-config=backend.hcl',
        '-upgrade',
      ],
    ],
    ['backend config as a list', backendConfigFlags(['a=1', ' ']), ['-backend-config=a=1']],
    ['workspace', workspaceArgs('staging'), ['workspace', 'select', '-or-create=true', 'staging']],
    [
      'plan, minimal',
      planArgs({ planFile: '/o/tfplan' }),
      ['plan', '-input=false', '-out=/o/tfplan', '-detailed-exitcode'],
    ],
    [
      'plan, everything',
      planArgs({
        planFile: 'tfplan',
        json: true,
        varFiles: ['a.tfvars', 'env/b.tfvars'],
        vars: { region: 'eu', note: 'x=y z' },
        parallelism: 4,
        lockTimeout: 90,
        extra: ['-refresh=false'],
      }),
      [
        'plan',
        '-input=false',
        '-out=tfplan',
        '-detailed-exitcode',
        '-json',
        '-var-file=a.tfvars',
        '-var-file=env/b.tfvars',
        '-var=region=eu',
        '-var=note=x=y z',
        '-parallelism=4',
        '-lock-timeout=90s',
        '-refresh=false',
      ],
    ],
    [
      'plan without detailed exit code',
      planArgs({ planFile: 'p', detailedExitcode: false }),
      ['plan', '-input=false', '-out=p'],
    ],
    [
      'apply a saved plan',
      applyArgs({ planFile: '/o/tfplan', lockTimeout: 0, parallelism: 2 }),
      ['apply', '-input=false', '-parallelism=2', '-lock-timeout=0s', '/o/tfplan'],
    ],
    ['show', showArgs('/o/tfplan'), ['show', '-json', '/o/tfplan']],
  ];
  for (const [name, actual, expected] of cases) assert.deepEqual(actual, expected, name);
});

test('bad workspace names, variable names, parallelism and lock timeouts are refused', () => {
  const bad: Array<[string, () => unknown]> = [
    ['workspace with a slash', () => workspaceArgs('a/b')],
    ['empty workspace', () => workspaceArgs('')],
    ['workspace starting with a dash', () => workspaceArgs('-or-create')],
    ['variable name with a space', () => planArgs({ planFile: 'p', vars: { 'a b': '1' } })],
    ['parallelism 0', () => planArgs({ planFile: 'p', parallelism: 0 })],
    ['parallelism 1.5', () => applyArgs({ planFile: 'p', parallelism: 1.5 })],
    ['negative lock timeout', () => planArgs({ planFile: 'p', lockTimeout: -1 })],
  ];
  for (const [name, fn] of bad) assert.throws(fn, UserError, name);
});

test('the logged command line never shows -var values', () => {
  const shown = displayCommand('terraform', [
    'plan',
    '-var=db_password=hunter2 secret',
    '-var-file=prod.tfvars',
  ]);
  assert.equal(shown, "terraform plan '-var=db_password=***' -var-file=prod.tfvars");
  assert.doesNotMatch(shown, /hunter2/);
});
