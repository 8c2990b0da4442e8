import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { argumentsOf } from '@pinkit/arguments';
import { assertTokenName, isTokenName } from './assert-token-name.js';
import { checkTokenRecord } from './check-token-record.js';
import { describeLooseMode } from './describe-loose-mode.js';
import { CorruptTokenFileError } from './errors.js';
import { isErrorCode } from './is-error-code.js';
import { parseTokenRecord } from './parse-token-record.js';
import { serializeTokenRecord } from './serialize-token-record.js';
import { syncDirectory } from './sync-directory.js';
import type { FileTokenStore, NoticeHandler, SkippedEntry, TokenRecord, TokenScan } from './types.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Longer than any path a file system takes (Linux: 4096 bytes), so a longer one is a mistake. */
export const MAX_PATH_LENGTH = 4096;

export interface FileStoreOptions {
  /** The token directory, e.g. PINTEREST_OAUTH_TOKEN_DIR; created with mode 0700 when missing. */
  dir: string;
  /** Told about loose permissions and about files `list()` skipped. */
  onNotice?: NoticeHandler;
  /** Runs between making the new file durable and renaming it into place; for crash tests. */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

/**
 * Tokens as `<dir>/<name>.json` files in the quickstart's format, mode 0600, replaced atomically.
 * A file that is not a token record is never overwritten: reading or replacing it throws
 * CorruptTokenFileError until someone deletes it; `list()` skips it with a notice instead, so one
 * bad file does not hide the others.
 */
export function createFileStore(options: FileStoreOptions): FileTokenStore {
  const check = argumentsOf('createFileStore');
  check.object(options, 'options');
  const dir = resolve(check.string(options.dir, 'options.dir', { maxLength: MAX_PATH_LENGTH, singleLine: true }));
  check.function(options.onNotice, 'options.onNotice', { optional: true });
  check.function(options.beforeRename, 'options.beforeRename', { optional: true });
  const notice = options.onNotice ?? (() => undefined);
  const noticed = new Set<string>();
  const noticeOnce = (message: string | undefined): void => {
    if (message === undefined || noticed.has(message)) return;
    noticed.add(message);
    notice(message);
  };

  const pathOf = (name: string): string => {
    assertTokenName(name);
    return join(dir, `${name}.json`);
  };

  const read = async (name: string): Promise<TokenRecord | undefined> => {
    const file = pathOf(name);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (isErrorCode(error, 'ENOENT')) return undefined;
      if (isErrorCode(error, 'EISDIR')) throw new CorruptTokenFileError(file, 'a directory, not a file');
      throw error;
    }
    const parsed = parseTokenRecord(text, name);
    if (!parsed.ok) throw new CorruptTokenFileError(file, parsed.reason);
    noticeOnce(describeLooseMode(file, (await stat(file)).mode, 'file'));
    return parsed.record;
  };

  const scan = async (): Promise<TokenScan> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isErrorCode(error, 'ENOENT')) return { records: [], skipped: [] };
      throw error;
    }
    const names = entries
      .filter((entry) => !entry.isDirectory() && entry.name.endsWith('.json') && !entry.name.startsWith('.'))
      .map((entry) => entry.name.slice(0, -'.json'.length))
      .sort();
    const records: TokenRecord[] = [];
    const skipped: SkippedEntry[] = [];
    for (const name of names) {
      const file = join(dir, `${name}.json`);
      if (!isTokenName(name)) {
        notice(`Skipped ${file}: its name is not a usable token name.`);
        continue;
      }
      try {
        const record = await read(name);
        if (record) records.push(record);
      } catch (error) {
        if (!(error instanceof CorruptTokenFileError)) throw error;
        notice(`Skipped ${file}: ${error.reason}.`);
        skipped.push({ kind: 'file', name, where: file, reason: error.reason });
      }
    }
    return { records, skipped };
  };

  return {
    kind: 'file',
    dir,
    pathOf,
    get: read,

    async set(record) {
      checkTokenRecord(record);
      const file = pathOf(record.name);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      noticeOnce(describeLooseMode(dir, (await stat(dir)).mode, 'directory'));
      const previous = await read(record.name);
      const content = serializeTokenRecord(record, previous);
      await writeFileAtomic(file, content, { mode: 0o600, beforeRename: options.beforeRename });
    },

    async delete(name) {
      const file = pathOf(name);
      try {
        await unlink(file);
      } catch (error) {
        if (isErrorCode(error, 'ENOENT')) return false;
        throw error;
      }
      await syncDirectory(dir);
      return true;
    },

    async list() {
      return (await scan()).records;
    },

    scan,
  };
}
