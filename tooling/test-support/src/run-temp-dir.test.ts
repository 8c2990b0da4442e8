import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftIn, RUN_TMPDIR_VARIABLE, startRunTempDir } from './run-temp-dir.js';

describe('startRunTempDir', () => {
  it('points TMPDIR at a fresh folder and, at the end, reports what was left, removes it, and restores the environment', () => {
    const env: NodeJS.ProcessEnv = { TMPDIR: '/elsewhere' };
    const run = startRunTempDir(env);
    expect(dirname(run.dir)).toBe(tmpdir());
    expect(env).toEqual({ TMPDIR: run.dir, TMP: run.dir, TEMP: run.dir, [RUN_TMPDIR_VARIABLE]: run.dir });

    mkdirSync(join(run.dir, 'pinkit-home-x'));
    writeFileSync(join(run.dir, 'b.txt'), '');
    expect(run.end()).toEqual(['b.txt', 'pinkit-home-x']);
    expect(existsSync(run.dir)).toBe(false);
    expect(env).toEqual({ TMPDIR: '/elsewhere' });
  });

  it('reports nothing for a run that left nothing', () => {
    const run = startRunTempDir({});
    expect(run.end()).toEqual([]);
  });
});

describe('leftIn', () => {
  it('is empty for a folder that is gone', () => {
    expect(leftIn('/nonexistent/pinkit-run')).toEqual([]);
  });
});

describe('this run', () => {
  it('runs with TMPDIR set to its own temp directory', () => {
    expect(process.env[RUN_TMPDIR_VARIABLE]).toBeDefined();
    expect(tmpdir()).toBe(process.env[RUN_TMPDIR_VARIABLE]);
  });
});
