import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  actionEnv,
  createRunnerFilter,
  parseOutputs,
  parseWith,
  type ActionSpec,
} from '../../src/ops/local-action.js';

const spec: ActionSpec = {
  inputs: {
    images: { required: true },
    context: { default: '.' },
    push: { default: 'true' },
    'github-token': { default: '${{ github.token }}' },
    'build args': { default: '' },
  },
};

describe('inputs for a local run', () => {
  test('given values win, defaults fill the rest, github.token comes from the environment', () => {
    const env = actionEnv(
      spec,
      parseWith(['images=ghcr.io/acme/shop', 'push=false'], spec, 'publish'),
      {
        ref: 'refs/tags/v1.2.3',
        sha: 'a'.repeat(40),
        eventName: 'push',
        workspace: '/w',
        outputFile: '/o',
        summaryFile: '/s',
        tempDir: '/t',
        token: 'ghs_local',
      },
    );
    assert.equal(env.INPUT_IMAGES, 'ghcr.io/acme/shop');
    assert.equal(env.INPUT_PUSH, 'false');
    assert.equal(env.INPUT_CONTEXT, '.');
    assert.equal(env['INPUT_GITHUB-TOKEN'], 'ghs_local');
    assert.equal(env.INPUT_BUILD_ARGS, '');
    assert.equal(env.GITHUB_REF_NAME, 'v1.2.3');
    assert.equal(env.GITHUB_OUTPUT, '/o');
  });

  const bad: [string[], RegExp][] = [
    [['images=x', 'colour=blue'], /publish has no input 'colour'/],
    [['images'], /--with 'images' is not name=value/],
    [['=x'], /--with '=x' is not name=value/],
    [['context=.'], /publish needs --with images=…/],
  ];
  for (const [pairs, message] of bad) {
    test(`refused before running: ${pairs.join(' ')}`, () => {
      assert.throws(() => parseWith(pairs, spec, 'publish'), message);
    });
  }
  test('a value may itself contain = signs', () => {
    assert.deepEqual(parseWith(['images=x', 'context=a=b'], spec, 'p').context, 'a=b');
  });
});

describe('what the runner does with stdout', () => {
  test('::add-mask:: hides the value from then on, also split across chunks', () => {
    const f = createRunnerFilter();
    let out = f.write('::add-mask::s3cr3t-value\nlogging in with s3cr');
    out += f.write('3t-value now\n::error::denied for s3cr3t-value%0Asecond line\n');
    out += f.end();
    assert.ok(!out.includes('s3cr3t-value'), out);
    assert.equal(out, 'logging in with *** now\nerror: denied for ***\nsecond line\n');
  });

  test('groups read as headings; debug only when asked; other commands are dropped', () => {
    const text =
      '::group::Build\nSTEP 1/3\n::endgroup::\n::debug::detail\n::set-output name=x::1\ndone';
    assert.equal(
      createRunnerFilter().write(text) + createRunnerFilter().end(),
      '── Build\nSTEP 1/3\n',
    );
    const f = createRunnerFilter({ debug: true });
    assert.equal(f.write(text) + f.end(), '── Build\nSTEP 1/3\ndebug: detail\ndone\n');
  });
});

test('outputs from a GITHUB_OUTPUT file: heredoc blocks and name=value lines', () => {
  const text = [
    'digest<<ghadelimiter_1',
    'sha256:abc',
    'ghadelimiter_1',
    'tags<<ghadelimiter_2',
    'a:1',
    'a:latest',
    'ghadelimiter_2',
    'simple=yes=really',
    '',
  ].join('\n');
  assert.deepEqual(parseOutputs(text), {
    digest: 'sha256:abc',
    tags: 'a:1\na:latest',
    simple: 'yes=really',
  });
});
