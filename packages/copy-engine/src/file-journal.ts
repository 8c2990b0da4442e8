import { open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { JournalError } from './copy-errors.js';
import { acquireJournalLock } from './journal-lock.js';
import type { JournalLock } from './journal-lock.js';
import type { JournalContents, JournalRecord, JournalStore } from './journal-store.js';
import { makePrivateDirectory } from './make-private-directory.js';
import { parseJournalLine } from './parse-journal-line.js';
import { checkFileJournalArguments } from './check-engine-arguments.js';

export interface FileJournalOptions {
  /**
   * Hold `<path>.lock` from the first load or append until close, so that a second writer is
   * refused with JournalLockedError instead of copying the same items alongside this one.
   * Default false.
   */
  lock?: boolean;
}

interface PendingLine {
  line: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * An append-only JSON-lines journal. Every append is fsynced before it resolves; appends that
 * arrive while a sync is under way are written together by the next one (group commit), so
 * eight concurrent writers cost one fsync, not eight.
 */
class FileJournal implements JournalStore {
  readonly #path: string;
  readonly #lock: boolean;
  #locked: Promise<JournalLock> | null = null;
  #pending: PendingLine[] = [];
  #flushing: Promise<void> | null = null;
  #handle: FileHandle | null = null;

  constructor(path: string, options: FileJournalOptions) {
    this.#path = path;
    this.#lock = options.lock ?? false;
  }

  async load(): Promise<JournalContents> {
    // Locked before reading, so that what is read is what the previous writer left.
    await this.#acquire();
    let text: string;
    try {
      text = await readFile(this.#path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], ignoredLines: 0 };
      throw new JournalError(this.#path, 'read', error);
    }
    const records: JournalRecord[] = [];
    let ignoredLines = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const record = parseJournalLine(line);
      if (record) records.push(record);
      else ignoredLines += 1;
    }
    return { records, ignoredLines };
  }

  append(record: JournalRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ line: `${JSON.stringify(record)}\n`, resolve, reject });
      this.#kick();
    });
  }

  async close(): Promise<void> {
    while (this.#flushing) await this.#flushing;
    await this.#handle?.close();
    this.#handle = null;
    const locked = this.#locked;
    this.#locked = null;
    await locked?.then(
      (lock) => lock.release(),
      () => {},
    );
  }

  async #acquire(): Promise<void> {
    if (!this.#lock) return;
    this.#locked ??= acquireJournalLock(this.#path);
    await this.#locked;
  }

  #kick(): void {
    if (this.#flushing) return;
    this.#flushing = this.#flush().finally(() => {
      this.#flushing = null;
      if (this.#pending.length > 0) this.#kick();
    });
  }

  async #flush(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#pending;
      this.#pending = [];
      try {
        const handle = await this.#open();
        await handle.appendFile(batch.map((pending) => pending.line).join(''));
        await handle.sync();
        for (const pending of batch) pending.resolve();
      } catch (error) {
        const failure = error instanceof JournalError ? error : new JournalError(this.#path, 'write', error);
        for (const pending of batch) pending.reject(failure);
      }
    }
  }

  async #open(): Promise<FileHandle> {
    if (this.#handle) return this.#handle;
    await this.#acquire();
    await makePrivateDirectory(dirname(this.#path));
    const handle = await open(this.#path, 'a+', 0o600);
    // Private whatever the umask, also when an earlier version created it open to others.
    await handle.chmod(0o600).catch(() => {});
    const { size } = await handle.stat();
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      // A process killed mid-write leaves a torn last line; start ours on a fresh line so the
      // torn one stays a single unreadable line instead of corrupting the next record.
      if (last[0] !== 0x0a) await handle.appendFile('\n');
    }
    this.#handle = handle;
    return handle;
  }
}

/**
 * Opens (lazily, on the first append) a durable journal file, readable by its owner only; its
 * directory is created (0700) if needed.
 */
export function createFileJournal(path: string, options: FileJournalOptions = {}): JournalStore {
  checkFileJournalArguments(path, options);
  return new FileJournal(path, options);
}
