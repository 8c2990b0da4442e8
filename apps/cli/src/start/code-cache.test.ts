import { readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import { codeCacheDir, codeCacheFile, readCodeCache, writeCodeCache } from './code-cache.js';

describe('codeCacheDir', () => {
  it('follows XDG_CACHE_HOME, else ~/.cache, as the token and journal folders follow theirs', () => {
    expect(codeCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/pinkit/code-cache');
    expect(codeCacheDir({ HOME: '/home/u' })).toBe('/home/u/.cache/pinkit/code-cache');
  });

  it('is off with PINKIT_CODE_CACHE=off (or 0, false, no)', () => {
    for (const value of ['off', '0', 'false', 'NO']) expect(codeCacheDir({ PINKIT_CODE_CACHE: value })).toBeUndefined();
    expect(codeCacheDir({ PINKIT_CODE_CACHE: 'on', HOME: '/home/u' })).toBe('/home/u/.cache/pinkit/code-cache');
  });
});

describe('the cache file', () => {
  it('is named after the bundle it was made for: a rebuilt bundle of the same length gets another', () => {
    const dir = tempDir('pinkit-code-cache-');
    const bundle = join(dir, 'bundle.cjs');
    writeFileSync(bundle, 'a');
    const before = codeCacheFile(join(dir, 'cache'), bundle, ['get-pin']);
    utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
    expect(codeCacheFile(join(dir, 'cache'), bundle, ['get-pin'])).not.toBe(before);
    expect(before).toContain(process.version);
  });

  it('is one per command, named by the command and never by anything else typed', () => {
    const dir = tempDir('pinkit-code-cache-');
    const bundle = join(dir, 'bundle.cjs');
    writeFileSync(bundle, 'a');
    const file = (argv: string[]) => codeCacheFile(join(dir, 'cache'), bundle, argv).slice(join(dir, 'cache').length + 1);
    expect(file(['get-pin', '-p', '1'])).toMatch(/^pinkit-get-pin-/);
    expect(file(['auth', 'status'])).toMatch(/^pinkit-auth-/);
    for (const argv of [['--version'], ['-l', '3', 'get-pin'], ['../../x'], ['GET-PIN'], [], ['a'.repeat(60)]])
      expect(file(argv)).toMatch(/^pinkit-other-/);
  });

  it('is written whole, readable by its owner only, and read back', () => {
    const dir = join(tempDir('pinkit-code-cache-'), 'pinkit', 'code-cache');
    const file = join(dir, 'pinkit-test.bin');
    writeCodeCache(file, Buffer.from('cached'));
    expect(readCodeCache(file)?.toString()).toBe('cached');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir)).toEqual(['pinkit-test.bin']);
  });

  it('reads nothing, without throwing, when the file is missing or too large to be ours', () => {
    const dir = tempDir('pinkit-code-cache-');
    expect(readCodeCache(join(dir, 'missing.bin'))).toBeUndefined();
    const large = join(dir, 'large.bin');
    writeFileSync(large, Buffer.alloc(16 * 1024 * 1024 + 1));
    expect(readCodeCache(large)).toBeUndefined();
  });

  it('gives up silently where it cannot write, leaving nothing behind', () => {
    const dir = tempDir('pinkit-code-cache-');
    writeFileSync(join(dir, 'not-a-folder'), '');
    expect(() => writeCodeCache(join(dir, 'not-a-folder', 'pinkit-test.bin'), Buffer.from('x'))).not.toThrow();
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });

  it('keeps the newest twelve files and removes the leftovers of writes that died an hour ago', () => {
    const dir = tempDir('pinkit-code-cache-');
    const hourAgo = new Date(Date.now() - 3_700_000);
    for (let i = 0; i < 14; i++) {
      writeFileSync(join(dir, `pinkit-old-${i}.bin`), 'x');
      utimesSync(join(dir, `pinkit-old-${i}.bin`), hourAgo, new Date(Date.now() - (20 - i) * 60_000));
    }
    writeFileSync(join(dir, 'pinkit-dead.bin.123.tmp'), 'x');
    utimesSync(join(dir, 'pinkit-dead.bin.123.tmp'), hourAgo, hourAgo);
    writeFileSync(join(dir, 'pinkit-live.bin.456.tmp'), 'x');
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    writeCodeCache(join(dir, 'pinkit-new.bin'), Buffer.from('new'));
    expect(readdirSync(dir).sort()).toEqual(
      [
        'notes.txt',
        'pinkit-live.bin.456.tmp',
        'pinkit-new.bin',
        ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((i) => `pinkit-old-${i}.bin`),
      ].sort(),
    );
  });
});
