// "What command will we run": argv tables per builder, login with the password on stdin only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUserError } from '../../src/shared/errors.js';
import {
  buildArgs,
  loginArgs,
  logoutArgs,
  pickBuilder,
  pushArgs,
  type BuildSpec,
} from '../../src/image/builder.js';

const spec: BuildSpec = {
  context: 'examples/app',
  file: 'examples/app/Dockerfile',
  buildArgs: ['APP_VERSION=1.2.3', 'EMPTY='],
  target: 'runtime',
  platforms: ['linux/amd64'],
  cacheFrom: ['type=gha'],
  cacheTo: ['type=gha,mode=max'],
  labels: ['org.opencontainers.image.version=1.2.3'],
  annotations: [
    'manifest:org.opencontainers.image.version=1.2.3',
    'index:org.opencontainers.image.title=x',
  ],
  tags: ['ghcr.io/acme/app:1.2.3', 'ghcr.io/acme/app:latest'],
  push: true,
  tlsVerify: true,
  storage: { driver: 'vfs', root: '/tmp/r', runroot: '/tmp/rr', isolation: 'chroot' },
  authFile: '/tmp/w/auth.json',
  metadataFile: '/tmp/w/meta.json',
};

describe('buildArgs', () => {
  const rows: {
    name: string;
    builder: 'docker' | 'buildah' | 'podman';
    spec: BuildSpec;
    argv: string;
  }[] = [
    {
      name: 'docker buildx: everything, push in the build, metadata file for the digest',
      builder: 'docker',
      spec,
      argv: 'docker buildx build --file examples/app/Dockerfile --build-arg APP_VERSION=1.2.3 --build-arg EMPTY= --target runtime --platform linux/amd64 --cache-from type=gha --cache-to type=gha,mode=max --label org.opencontainers.image.version=1.2.3 --annotation manifest:org.opencontainers.image.version=1.2.3 --annotation index:org.opencontainers.image.title=x --tag ghcr.io/acme/app:1.2.3 --tag ghcr.io/acme/app:latest --metadata-file /tmp/w/meta.json --push examples/app',
    },
    {
      name: 'docker buildx: no push, several platforms',
      builder: 'docker',
      spec: {
        ...spec,
        push: false,
        platforms: ['linux/amd64', 'linux/arm64'],
        file: undefined,
        target: undefined,
        buildArgs: [],
        cacheFrom: [],
        cacheTo: [],
        annotations: [],
        metadataFile: undefined,
      },
      argv: 'docker buildx build --platform linux/amd64,linux/arm64 --label org.opencontainers.image.version=1.2.3 --tag ghcr.io/acme/app:1.2.3 --tag ghcr.io/acme/app:latest examples/app',
    },
    {
      name: 'buildah: storage first, bud, chroot isolation, manifest annotations without level',
      builder: 'buildah',
      spec,
      argv: 'buildah --root /tmp/r --runroot /tmp/rr --storage-driver vfs bud --isolation chroot --layers --file examples/app/Dockerfile --build-arg APP_VERSION=1.2.3 --build-arg EMPTY= --target runtime --platform linux/amd64 --cache-from type=gha --cache-to type=gha,mode=max --label org.opencontainers.image.version=1.2.3 --annotation org.opencontainers.image.version=1.2.3 --tag ghcr.io/acme/app:1.2.3 --tag ghcr.io/acme/app:latest examples/app',
    },
    {
      name: 'buildah: insecure registry, default storage',
      builder: 'buildah',
      spec: {
        ...spec,
        tlsVerify: false,
        storage: {},
        file: undefined,
        target: undefined,
        platforms: [],
        cacheFrom: [],
        cacheTo: [],
        buildArgs: [],
      },
      argv: 'buildah bud --tls-verify=false --label org.opencontainers.image.version=1.2.3 --annotation org.opencontainers.image.version=1.2.3 --tag ghcr.io/acme/app:1.2.3 --tag ghcr.io/acme/app:latest examples/app',
    },
    {
      name: 'buildah: several platforms build a manifest list',
      builder: 'buildah',
      spec: {
        ...spec,
        platforms: ['linux/amd64', 'linux/arm64'],
        storage: {},
        file: undefined,
        target: undefined,
        cacheFrom: [],
        cacheTo: [],
        buildArgs: [],
        labels: [],
        annotations: [],
        manifestName: 'localhost/gantry-build:1',
      },
      argv: 'buildah bud --platform linux/amd64,linux/arm64 --manifest localhost/gantry-build:1 examples/app',
    },
    {
      name: 'podman: build subcommand',
      builder: 'podman',
      spec: {
        ...spec,
        storage: { driver: 'vfs' },
        file: undefined,
        target: undefined,
        platforms: [],
        cacheFrom: [],
        cacheTo: [],
        buildArgs: [],
        annotations: [],
      },
      argv: 'podman --storage-driver vfs build --label org.opencontainers.image.version=1.2.3 --tag ghcr.io/acme/app:1.2.3 --tag ghcr.io/acme/app:latest examples/app',
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const cmd = buildArgs(row.spec, row.builder);
      assert.equal([cmd.command, ...cmd.args].join(' '), row.argv);
    });
  }
});

describe('pushArgs', () => {
  it('buildah pushes every tag with its own digest file', () => {
    const cmds = pushArgs({ ...spec, tlsVerify: false }, 'buildah', (i) => `/tmp/w/digest-${i}`);
    assert.deepEqual(
      cmds.map((c) => [c.command, ...c.args].join(' ')),
      [
        'buildah --root /tmp/r --runroot /tmp/rr --storage-driver vfs push --tls-verify=false --authfile /tmp/w/auth.json --digestfile /tmp/w/digest-0 ghcr.io/acme/app:1.2.3 docker://ghcr.io/acme/app:1.2.3',
        'buildah --root /tmp/r --runroot /tmp/rr --storage-driver vfs push --tls-verify=false --authfile /tmp/w/auth.json --digestfile /tmp/w/digest-1 ghcr.io/acme/app:1.2.3 docker://ghcr.io/acme/app:latest',
      ],
    );
  });
  it('a manifest list is pushed with --all', () => {
    const [first] = pushArgs(
      {
        ...spec,
        storage: {},
        authFile: undefined,
        platforms: ['linux/amd64', 'linux/arm64'],
        manifestName: 'localhost/m',
      },
      'podman',
      () => '/d',
    );
    assert.equal(
      [first?.command, ...(first?.args ?? [])].join(' '),
      'podman manifest push --all --digestfile /d localhost/m docker://ghcr.io/acme/app:1.2.3',
    );
  });
  it('docker pushes during the build; nothing to push without push', () => {
    assert.deepEqual(
      pushArgs(spec, 'docker', () => '/d'),
      [],
    );
    assert.deepEqual(
      pushArgs({ ...spec, push: false }, 'buildah', () => '/d'),
      [],
    );
  });
});

describe('login and logout', () => {
  const login = {
    registry: '127.0.0.1:5000',
    username: 'ci',
    password: 's3cr3t-pw',
    tlsVerify: false,
    authFile: '/tmp/w/auth.json',
  };
  for (const builder of ['docker', 'buildah', 'podman'] as const) {
    it(`${builder}: password on stdin, never in argv`, () => {
      const cmd = loginArgs(login, builder);
      assert.ok(cmd.args.includes('--password-stdin'));
      assert.equal(cmd.input, 's3cr3t-pw');
      assert.ok(!cmd.args.some((a) => a.includes('s3cr3t-pw')));
      assert.equal(cmd.args[cmd.args.length - 1], '127.0.0.1:5000');
    });
  }
  it('buildah login/logout use the private auth file and tls flag', () => {
    assert.deepEqual(loginArgs(login, 'buildah').args, [
      'login',
      '--username',
      'ci',
      '--password-stdin',
      '--tls-verify=false',
      '--authfile',
      '/tmp/w/auth.json',
      '127.0.0.1:5000',
    ]);
    assert.deepEqual(logoutArgs(login, 'buildah').args, [
      'logout',
      '--authfile',
      '/tmp/w/auth.json',
      '127.0.0.1:5000',
    ]);
    assert.deepEqual(logoutArgs(login, 'docker').args, ['logout', '127.0.0.1:5000']);
  });
});

describe('pickBuilder', () => {
  const none = { docker: false, buildah: false, podman: false };
  it('prefers docker buildx, then buildah, then podman', () => {
    assert.equal(pickBuilder('auto', { docker: true, buildah: true, podman: true }), 'docker');
    assert.equal(pickBuilder('auto', { ...none, buildah: true, podman: true }), 'buildah');
    assert.equal(pickBuilder('auto', { ...none, podman: true }), 'podman');
  });
  it('honours an explicit choice', () => {
    assert.equal(pickBuilder('podman', { docker: true, buildah: true, podman: true }), 'podman');
  });
  it('fails clearly when nothing (or not the asked one) is there', () => {
    assert.throws(
      () => pickBuilder('auto', none),
      (e) => isUserError(e) && e.reason === 'builder-missing',
    );
    assert.throws(
      () => pickBuilder('docker', { ...none, buildah: true }),
      (e) => isUserError(e) && /docker/.test(e.message),
    );
  });
});
