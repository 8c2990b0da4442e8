import { open } from 'node:fs/promises';
import { isErrorCode } from './is-error-code.js';

/** Flushes a directory's entries (a rename, an unlink) to disk, where the platform allows it. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
  } catch (error) {
    // Windows cannot open a directory at all; NTFS journals its renames instead.
    if (['EISDIR', 'EPERM', 'EACCES'].some((code) => isErrorCode(error, code))) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!['EINVAL', 'EPERM'].some((code) => isErrorCode(error, code))) throw error;
  } finally {
    await handle.close();
  }
}
