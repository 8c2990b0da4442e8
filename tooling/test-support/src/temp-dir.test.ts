import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTempDir, tempDir } from './temp-dir.js';

describe('tempDir', () => {
  let made = '';

  it('makes a fresh folder under the temp directory, named by the prefix', () => {
    made = tempDir('pinkit-spec-');
    writeFileSync(join(made, 'note.txt'), 'kept until the test ends');
    expect(dirname(made)).toBe(tmpdir());
    expect(made).toMatch(/pinkit-spec-[^/]+$/);
    expect(tempDir('pinkit-spec-')).not.toBe(made);
  });

  it('has removed the previous test folder, contents and all', () => {
    expect(made).not.toBe('');
    expect(existsSync(made)).toBe(false);
  });

  it.fails('a test that throws after making a folder...', () => {
    made = tempDir('pinkit-spec-');
    throw new Error('the test fails halfway');
  });

  it('...still has its folder removed', () => {
    expect(existsSync(made)).toBe(false);
  });
});

let shared = '';

describe('fileTempDir', () => {
  shared = fileTempDir('pinkit-spec-file-');

  it('lasts across the tests of its suite', () => {
    writeFileSync(join(shared, 'first.txt'), '1');
  });

  it('is still there for the next test', () => {
    expect(existsSync(join(shared, 'first.txt'))).toBe(true);
  });
});

describe('after the suite that made a fileTempDir', () => {
  it('the folder is gone', () => {
    expect(shared).toMatch(/pinkit-spec-file-/);
    expect(existsSync(shared)).toBe(false);
  });
});
