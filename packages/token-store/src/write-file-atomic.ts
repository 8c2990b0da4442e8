import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { syncDirectory } from './sync-directory.js';

export interface WriteFileAtomicOptions {
  /** Permission bits of the new file, e.g. 0o600. */
  mode: number;
  /** Runs once the new content is durable in the temporary file, just before it replaces `file`. */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

/**
 * Replaces `file` so that a crash at any moment leaves either the old or the new content under
 * its name, never a mixture: write a private temporary file beside it, flush it to disk, rename
 * it over the target (atomic within one directory), then flush the directory so the rename
 * itself survives a power cut. A crash leaves at most a hidden `.<file>.<pid>.<random>.tmp`.
 */
export async function writeFileAtomic(file: string, content: string, options: WriteFileAtomicOptions): Promise<void> {
  const dir = dirname(file);
  // node:crypto loads here, on a write: most commands only read a token.
  const { randomBytes } = await import('node:crypto');
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  // 'wx' is O_CREAT|O_EXCL: never reuses or follows an existing path, so nobody can pre-plant it.
  const handle = await open(temp, 'wx', options.mode);
  let renamed = false;
  try {
    try {
      // The umask can only narrow the mode; set it exactly so the owner can always read it back.
      await handle.chmod(options.mode);
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.(temp);
    await rename(temp, file);
    renamed = true;
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
  await syncDirectory(dir);
}
