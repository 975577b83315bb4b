import { createReadStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';

export async function sha256File(path: string): Promise<string> {
  // node:crypto is loaded on first use: `gantry plan` starts terraform before it needs a hash.
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
