import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '@pinkit/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { copyBoard } from './copy-board.js';
import { createFileJournal } from './file-journal.js';
import { createHarness } from './test-support/copy-harness.js';
import { pinSeeds, seedBoard } from './test-support/fake-board-seed.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = tempDir('copy-journal-lock-');
  path = join(dir, 'journal.jsonl');
});

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

const lockOf = (holder: Record<string, unknown>) => writeFile(`${path}.lock`, `${JSON.stringify(holder)}\n`);

describe('the journal lock', () => {
  it('refuses a second writer while the first holds the journal, and lets it in once closed', async () => {
    const first = createFileJournal(path, { lock: true });
    await first.load();
    const second = createFileJournal(path, { lock: true });
    await expect(second.load()).rejects.toMatchObject({
      name: 'JournalLockedError',
      path,
      pid: process.pid,
      message: expect.stringContaining(`Another run (pid ${process.pid}) is using the journal ${path}`),
    });
    await second.close();
    await first.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
    const third = createFileJournal(path, { lock: true });
    await expect(third.load()).resolves.toEqual({ records: [], ignoredLines: 0 });
    expect((await stat(`${path}.lock`)).mode & 0o777).toBe(0o600);
    await third.close();
  });

  it('takes over the lock of a holder that is no longer running', async () => {
    await lockOf({ pid: await deadPid(), host: hostname(), start: null });
    const journal = createFileJournal(path, { lock: true });
    await journal.load();
    expect(JSON.parse(await readFile(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await journal.close();
  });

  it.runIf(existsSync('/proc/self/stat'))('takes over a lock whose pid now belongs to a later process', async () => {
    // Our own pid, but not our start time: the holder died and the pid was given out again.
    await lockOf({ pid: process.pid, host: hostname(), start: '1' });
    const journal = createFileJournal(path, { lock: true });
    await journal.load();
    await journal.close();
  });

  it('refuses a lock held on another host, saying which file to delete once that copy is gone', async () => {
    await lockOf({ pid: 4242, host: 'elsewhere.example', start: null });
    const refused = createFileJournal(path, { lock: true }).load();
    await expect(refused).rejects.toMatchObject({ name: 'JournalLockedError', host: 'elsewhere.example', sameHost: false });
    await expect(refused).rejects.toThrow(`(pid 4242 on host elsewhere.example)`);
    await expect(refused).rejects.toThrow(`If that process is no longer running, delete ${path}.lock.`);
  });

  it('lets exactly one of several processes racing for a stale lock take it over', async () => {
    await lockOf({ pid: await deadPid(), host: hostname(), start: null });
    const taker = fileURLToPath(new URL('./test-support/lock-taker.ts', import.meta.url));
    const children = Array.from({ length: 3 }, () =>
      spawn(process.execPath, ['--import', 'tsx', taker, path], { stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    const answers = await Promise.all(
      children.map(
        (child) =>
          new Promise<string>((resolve, reject) => {
            let out = '';
            child.once('error', reject);
            child.stdout.on('data', (chunk: Buffer) => {
              out += chunk.toString();
              if (out.includes('\n')) resolve(out.trim());
            });
          }),
      ),
    );
    for (const child of children) child.stdin.end();
    await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    expect(answers.sort()).toEqual(['JournalLockedError', 'JournalLockedError', 'locked']);
  });

  it('makes copyBoard refuse a journal file another copy holds, while a dry run still reads it', async () => {
    const h = createHarness(51);
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 3) });
    const holder = createFileJournal(path, { lock: true });
    await holder.load();
    await expect(copyBoard(h.options({ boardId: board.id, journal: path }))).rejects.toMatchObject({ name: 'JournalLockedError' });
    expect(h.target.writeLog).toHaveLength(0);
    const plan = await copyBoard(h.options({ boardId: board.id, journal: path, dryRun: true }));
    expect(plan.planned).toEqual({ boards: 1, sections: 0, pins: 3 });
    await holder.close();
    const copied = await copyBoard(h.options({ boardId: board.id, journal: path }));
    expect(copied.copied.pins).toBe(3);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('is not taken by a journal opened without lock', async () => {
    const reader = createFileJournal(path);
    await reader.load();
    await reader.append({ op: 'intent', key: 'a' });
    expect(existsSync(`${path}.lock`)).toBe(false);
    await reader.close();
  });
});
