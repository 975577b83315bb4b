// Credentials a previous step stored (docker/login-action, `docker login`, `buildah login`), so
// the digest check can read a private registry the action itself did not log in to. Only inline
// `auths.<host>.auth` entries are read; credential helpers (credsStore) are not run.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface StoredCredentials {
  username: string;
  password: string;
}

/** The files the builders keep logins in, in the order they consult them. */
export function authFiles(env: Readonly<Record<string, string | undefined>>): string[] {
  const files: string[] = [];
  if (env.REGISTRY_AUTH_FILE) files.push(env.REGISTRY_AUTH_FILE);
  if (env.XDG_RUNTIME_DIR) files.push(join(env.XDG_RUNTIME_DIR, 'containers/auth.json'));
  files.push(join(env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), '.docker'), 'config.json'));
  return files;
}

const hostKeys = (registry: string): string[] =>
  registry === 'docker.io'
    ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
    : [registry, `https://${registry}`, `http://${registry}`];

export async function storedCredentials(
  registry: string,
  files: readonly string[],
): Promise<StoredCredentials | undefined> {
  for (const file of files) {
    let auths: Record<string, { auth?: string }> | undefined;
    try {
      auths = (JSON.parse(await readFile(file, 'utf8')) as { auths?: typeof auths }).auths;
    } catch {
      continue; // missing or unreadable: try the next file
    }
    for (const key of hostKeys(registry)) {
      const encoded = auths?.[key]?.auth;
      if (!encoded) continue;
      const decoded = Buffer.from(encoded, 'base64').toString('utf8');
      const at = decoded.indexOf(':');
      if (at > 0) return { username: decoded.slice(0, at), password: decoded.slice(at + 1) };
    }
  }
  return undefined;
}
