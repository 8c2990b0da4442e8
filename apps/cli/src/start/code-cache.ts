import { mkdirSync, openSync, readdirSync, readFileSync, fstatSync, closeSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userDir } from '../config/user-dir.js';

// V8's code cache for the CLI's bundle: the functions a run compiled, kept for the next run so
// that start-up deserialises them instead of parsing and compiling about 600 kB of JavaScript
// again. It is only ever an optimisation: any failure to read or write it is ignored, and V8
// checks what it is given (its version, flags and the source's length) and rejects a mismatch.

/** A cache file larger than this is not ours (the CLI's is under 1 MB): it is not read. */
const MAX_CACHE_BYTES = 16 * 1024 * 1024;
/** Cache files kept: one per command a user runs, and a few of another install or Node version. */
const KEEP_FILES = 12;

/** The folder for cached code, or undefined when `PINKIT_CODE_CACHE` turns it off. */
export function codeCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (/^(0|off|false|no)$/i.test(env.PINKIT_CODE_CACHE?.trim() ?? '')) return undefined;
  return join(userDir(env, 'XDG_CACHE_HOME', '.cache'), 'pinkit', 'code-cache');
}

/**
 * The cache file for this bundle under this Node, for the command `argv` names. V8 tells sources
 * apart only by their length, so the name carries the bundle's size, modification time and inode
 * (a rebuilt or reinstalled bundle gets a new file) as well as Node's version and architecture. A
 * cache holds what the run that wrote it compiled, so each command gets its own: one written by
 * `pinkit --version` would leave `pinkit get-pin` compiling most of its code on every run.
 */
export function codeCacheFile(dir: string, bundle: string, argv: readonly string[]): string {
  const stat = statSync(bundle, { bigint: true });
  // The command's first word as typed first (`pinkit -l 3 get-pin` shares the `other` file).
  const name = argv[0] !== undefined && /^[a-z][a-z0-9-]{0,40}$/.test(argv[0]) ? argv[0] : 'other';
  return join(dir, `pinkit-${name}-${process.version}-${process.arch}-${stat.size}-${stat.mtimeNs}-${stat.ino}.bin`);
}

/** The cached code, or undefined when there is none (or it cannot be read, or is too large). */
export function readCodeCache(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (fstatSync(fd).size > MAX_CACHE_BYTES) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes the cache whole or not at all (a temporary file renamed into place, readable by the user
 * only), then removes all but the newest few files, stale ones and leftovers of interrupted writes.
 */
export function writeCodeCache(file: string, data: Buffer): void {
  const dir = join(file, '..');
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, file);
    pruneCodeCache(dir, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written where nothing can be.
    }
  }
}

function pruneCodeCache(dir: string, keep: string): void {
  const now = Date.now();
  const ours = readdirSync(dir)
    .filter((name) => /^pinkit-.*\.bin(\.\d+\.tmp)?$/.test(name))
    .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }));
  const caches = ours.filter((entry) => entry.path.endsWith('.bin')).sort((a, b) => b.mtime - a.mtime);
  const stale = [
    ...caches.filter((entry, index) => index >= KEEP_FILES && entry.path !== keep),
    // Temporary files an hour old are from runs that died mid-write; a live writer's are seconds old.
    ...ours.filter((entry) => entry.path.endsWith('.tmp') && now - entry.mtime > 3_600_000),
  ];
  for (const entry of stale) rmSync(entry.path, { force: true });
}
