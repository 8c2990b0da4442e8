import { chmod, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Creates `dir` and any missing parents as 0700, whatever the umask: a journal tells which
 * accounts copied what. Folders that already exist (the user's home, a folder they chose) are
 * left as they are.
 */
export async function makePrivateDirectory(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true, mode: 0o700 });
  if (first === undefined) return;
  // mkdir's mode passes through the umask; chmod's does not. Walk up from `dir` to the first
  // folder this call created, and no further.
  const top = resolve(first);
  for (let path = resolve(dir); ; path = dirname(path)) {
    await chmod(path, 0o700);
    if (path === top || dirname(path) === path) return;
  }
}
