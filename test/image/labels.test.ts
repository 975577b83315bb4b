// OCI labels and annotations from the repository and commit of real payloads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeMetadata, type MetadataInputs } from '../../src/image/metadata.js';
import { eventContext, SHA } from './support/payloads.js';

const base: MetadataInputs = {
  images: ['ghcr.io/codertocat/hello-world'],
  tags: ['type=semver,pattern={{version}}'],
  flavor: [],
  labels: [],
  annotations: [],
};
const opts = (now: string) => ({ now: new Date(now), shortShaLength: 7 });

describe('OCI labels', () => {
  it('gives the eight standard labels, created from the commit time', () => {
    const meta = computeMetadata(
      base,
      eventContext({ event: 'push', ref: 'refs/tags/v1.2.3' }),
      opts('2030-01-01T00:00:00Z'),
    );
    assert.deepEqual(meta.labels, [
      'org.opencontainers.image.created=2019-05-15T15:20:41.000Z',
      'org.opencontainers.image.description=',
      'org.opencontainers.image.licenses=',
      `org.opencontainers.image.revision=${SHA}`,
      'org.opencontainers.image.source=https://github.com/Codertocat/Hello-World',
      'org.opencontainers.image.title=Hello-World',
      'org.opencontainers.image.url=https://github.com/Codertocat/Hello-World',
      'org.opencontainers.image.version=1.2.3',
    ]);
  });

  it('rebuilding the same commit later gives identical labels', () => {
    const ctx = () => eventContext({ event: 'push', ref: 'refs/tags/v1.2.3' });
    const first = computeMetadata(base, ctx(), opts('2030-01-01T00:00:00Z'));
    const again = computeMetadata(base, ctx(), opts('2031-06-06T12:00:00Z'));
    assert.deepEqual(again.labels, first.labels);
    assert.deepEqual(again.annotations, first.annotations);
  });

  it('falls back to the run time when the commit time is unknown (a PR payload has none)', () => {
    const meta = computeMetadata(
      { ...base, tags: [] },
      eventContext({ event: 'pull_request' }),
      opts('2030-01-01T00:00:00Z'),
    );
    assert.ok(meta.labels.includes('org.opencontainers.image.created=2030-01-01T00:00:00.000Z'));
  });

  it('uses the license and description the repository has', () => {
    const ctx = eventContext({ event: 'push', ref: 'refs/tags/v1.2.3' });
    ctx.repository.license = 'MIT';
    ctx.repository.description = 'My first repo';
    const meta = computeMetadata(base, ctx, opts('2030-01-01T00:00:00Z'));
    assert.ok(meta.labels.includes('org.opencontainers.image.licenses=MIT'));
    assert.ok(meta.labels.includes('org.opencontainers.image.description=My first repo'));
  });

  it('lets user labels win on collisions, evaluates expressions, keeps values with =', () => {
    const meta = computeMetadata(
      {
        ...base,
        labels: [
          'org.opencontainers.image.title=MyTitle',
          'org.opencontainers.image.vendor=Acme',
          'built-from={{branch}}{{tag}}@{{sha}}',
          'query=a=b',
          'novalue',
        ],
      },
      eventContext({ event: 'push', ref: 'refs/tags/v1.2.3' }),
      opts('2030-01-01T00:00:00Z'),
    );
    assert.ok(meta.labels.includes('org.opencontainers.image.title=MyTitle'));
    assert.ok(!meta.labels.includes('org.opencontainers.image.title=Hello-World'));
    assert.ok(meta.labels.includes('org.opencontainers.image.vendor=Acme'));
    assert.ok(meta.labels.includes('built-from=v1.2.3@6113728'));
    assert.ok(meta.labels.includes('query=a=b'));
    assert.ok(!meta.labels.some((l) => l.startsWith('novalue')));
    assert.deepEqual(
      [...meta.labels].sort((a, b) => a.localeCompare(b)),
      meta.labels,
    );
  });
});

describe('annotations and json', () => {
  it('annotates the manifest with the same set, prefixed by level', () => {
    const ctx = eventContext({ event: 'push', ref: 'refs/tags/v1.2.3' });
    const meta = computeMetadata(
      { ...base, annotations: ['org.opencontainers.image.title=Ann'] },
      ctx,
      opts('2030-01-01T00:00:00Z'),
    );
    assert.equal(meta.annotations.length, 8);
    assert.ok(meta.annotations.every((a) => a.startsWith('manifest:org.opencontainers.image.')));
    assert.ok(meta.annotations.includes('manifest:org.opencontainers.image.title=Ann'));
    assert.ok(
      meta.labels.includes('org.opencontainers.image.title=Hello-World'),
      'labels unaffected',
    );
  });

  it('repeats annotations per level', () => {
    const ctx = eventContext({ event: 'push', ref: 'refs/tags/v1.2.3' });
    const meta = computeMetadata(
      { ...base, annotationLevels: ['manifest', 'index'] },
      ctx,
      opts('2030-01-01T00:00:00Z'),
    );
    assert.equal(meta.annotations.filter((a) => a.startsWith('index:')).length, 8);
    assert.equal(meta.annotations.filter((a) => a.startsWith('manifest:')).length, 8);
  });

  it('json has metadata-action shape', () => {
    const ctx = eventContext({ event: 'push', ref: 'refs/tags/v1.2.3' });
    const meta = computeMetadata(base, ctx, opts('2030-01-01T00:00:00Z'));
    assert.deepEqual(Object.keys(meta.json), ['tags', 'tag-names', 'labels', 'annotations']);
    assert.deepEqual(meta.json.tags, [
      'ghcr.io/codertocat/hello-world:1.2.3',
      'ghcr.io/codertocat/hello-world:latest',
    ]);
    assert.deepEqual(meta.json['tag-names'], ['1.2.3', 'latest']);
    assert.equal(meta.json.labels['org.opencontainers.image.version'], '1.2.3');
  });
});
