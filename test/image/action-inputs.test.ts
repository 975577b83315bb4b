// getInputs() of the publish action over INPUT_* env as the runner sets it (defaults from
// action.yml applied), and the one-line errors for bad values.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { parse } from 'yaml';
import { getInputs } from '../../src/actions/publish/inputs.js';
import { isUserError } from '../../src/shared/errors.js';

const yml = parse(
  readFileSync(join(import.meta.dirname, '../../actions/publish/action.yml'), 'utf8'),
) as {
  inputs: Record<string, { default?: string }>;
};

function setInputs(values: Record<string, string>): void {
  for (const [name, spec] of Object.entries(yml.inputs)) {
    const d = spec.default ?? '';
    process.env[`INPUT_${name.toUpperCase()}`] = d.includes('${{') ? '' : d;
  }
  for (const [k, v] of Object.entries(values)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

describe('publish getInputs', () => {
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  });

  it('reads defaults and lists', () => {
    setInputs({
      images: 'ghcr.io/acme/app\n# a comment\nname=docker.io/acme/app,enable=false',
      tags: 'type=semver,pattern={{version}}\n\ntype=sha',
      platforms: 'linux/amd64,linux/arm64\nlinux/arm/v7',
      'build-args': 'A=1\nB=two words',
    });
    const i = getInputs();
    assert.deepEqual(i.images, ['ghcr.io/acme/app', 'name=docker.io/acme/app,enable=false']);
    assert.deepEqual(i.tags, ['type=semver,pattern={{version}}', 'type=sha']);
    assert.deepEqual(i.platforms, ['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    assert.deepEqual(i.buildArgs, ['A=1', 'B=two words']);
    assert.equal(i.push, true);
    assert.equal(i.requireVersion, true);
    assert.equal(i.tlsVerify, true);
    assert.equal(i.builder, 'auto');
    assert.equal(i.existingTagsFrom, 'registry');
    assert.deepEqual(i.storage, { driver: 'vfs', root: '', runroot: '', isolation: 'chroot' });
    assert.deepEqual(i.annotationLevels, ['manifest']);
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    [
      'a boolean that is not one',
      { images: 'a/b', 'tls-verify': 'maybe' },
      /Input 'tls-verify' must be true or false, not 'maybe'/,
    ],
    [
      'an unknown builder',
      { images: 'a/b', builder: 'kaniko' },
      /builder must be auto, docker, buildah or podman, not 'kaniko'/,
    ],
    [
      'an unknown existing-tags source',
      { images: 'a/b', 'existing-tags-from': 'api' },
      /existing-tags-from must be registry, git or none/,
    ],
  ];
  for (const [name, values, message] of bad) {
    it(`refuses ${name} in one line`, () => {
      setInputs(values);
      assert.throws(
        getInputs,
        (e: unknown) => isUserError(e) && message.test(e.message) && !e.message.includes('\n'),
      );
    });
  }
});
