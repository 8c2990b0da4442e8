// Stand-ins for broken installs: an executable that is there but cannot start, like a snap shim
// in a container.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes an executable shell script `name` into `dir` and returns its path. */
export function writeShim(dir: string, name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

export const SNAP_SHIM = 'echo "error: cannot run snap: snapd is not running in this container" >&2\nexit 1';
