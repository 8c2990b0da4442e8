import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFileStore } from './create-file-store.js';
import { runProcess, tsScript } from './test-support/run-process.js';
import { writeFileAtomic } from './write-file-atomic.js';

let dir: string;

beforeEach(() => {
  dir = tempDir('pinkit-atomic-');
});

describe('atomic token writes', () => {
  it('keeps the previous token intact when the writer is killed just before the rename', async () => {
    const store = createFileStore({ dir });
    await store.set({ name: 'access_token', access_token: 'pina_OLD', refresh_token: 'pinr_OLD' });
    const before = await readFile(join(dir, 'access_token.json'), 'utf8');
    const seenWhilePaused: string[] = [];

    const result = await runProcess(process.execPath, [...tsScript('./crash-writer.ts'), dir, 'access_token', 'pina_NEW'], {
      killWhen: async (stdout) => {
        if (!stdout.includes('"paused"')) return false;
        // The writer is stopped with the new token complete in its temporary file: a reader
        // must still see exactly the old file under the token's name.
        seenWhilePaused.push(await readFile(join(dir, 'access_token.json'), 'utf8'));
        return true;
      },
    });

    expect(result.signal).toBe('SIGKILL');
    expect(result.stdout).not.toContain('finished');
    expect(seenWhilePaused).toEqual([before]);
    expect(await readFile(join(dir, 'access_token.json'), 'utf8')).toBe(before);
    expect(await store.get('access_token')).toMatchObject({ access_token: 'pina_OLD', refresh_token: 'pinr_OLD' });

    // What the crash leaves is a hidden, complete temporary file that no reader mistakes for a token.
    const leftovers = (await readdir(dir)).filter((entry) => entry !== 'access_token.json');
    expect(leftovers).toHaveLength(1);
    expect(leftovers[0]).toMatch(/^\.access_token\.json\.\d+\.[0-9a-f]+\.tmp$/);
    expect((await store.list()).map((record) => record.access_token)).toEqual(['pina_OLD']);

    await store.set({ name: 'access_token', access_token: 'pina_AFTER' });
    expect((await store.get('access_token'))?.access_token).toBe('pina_AFTER');
  });

  it('lets the same writer finish when nobody kills it', async () => {
    const store = createFileStore({ dir, beforeRename: () => undefined });
    await store.set({ name: 'access_token', access_token: 'pina_OLD' });

    await store.set({ name: 'access_token', access_token: 'pina_NEW' });

    expect((await store.get('access_token'))?.access_token).toBe('pina_NEW');
    expect(await readdir(dir)).toEqual(['access_token.json']);
  });

  it('removes its temporary file and keeps the old content when the write fails', async () => {
    const file = join(dir, 'token.json');
    await writeFile(file, 'old');

    const failing = writeFileAtomic(file, 'new', {
      mode: 0o600,
      beforeRename: () => {
        throw new Error('disk full');
      },
    });

    await expect(failing).rejects.toThrow('disk full');
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['token.json']);
  });
});
