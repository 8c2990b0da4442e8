import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { openBrowser } from './open-browser.js';

const URL_TO_OPEN = 'https://www.pinterest.com/oauth/?consumer_id=1&state=x';
let dir: string;

beforeEach(() => {
  dir = tempDir('pinkit-open-');
});

/** A stand-in for a browser launcher: a real process that exits with `code`. */
function launcher(code: number, calls: string[] = []) {
  return async (url: string) => {
    calls.push(url);
    return spawn(process.execPath, ['-e', `process.exit(${code})`], { stdio: 'ignore' });
  };
}

/** A BROWSER command (an executable script) that records its arguments in a file. */
async function recordingBrowser(): Promise<{ command: string; seen: () => Promise<string[]> }> {
  const command = join(dir, 'browser.mjs');
  const out = join(dir, 'args.json');
  const source =
    `#!${process.execPath}\nimport { writeFileSync } from 'node:fs';\n` +
    `writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.argv.slice(2)));\n`;
  await writeFile(command, source, { mode: 0o755 });
  return { command, seen: async () => JSON.parse(await readFile(out, 'utf8')) as string[] };
}

describe('openBrowser', () => {
  it('reports a browser launched by the default opener', async () => {
    const calls: string[] = [];
    expect(await openBrowser(URL_TO_OPEN, { open: launcher(0, calls), env: { DISPLAY: ':0' }, platform: 'linux' })).toBe(true);
    expect(calls).toEqual([URL_TO_OPEN]);
  });

  it('reports failure when the opener exits with an error (xdg-open without a browser)', async () => {
    expect(await openBrowser(URL_TO_OPEN, { open: launcher(3), env: {}, platform: 'darwin' })).toBe(false);
  });

  it('reports failure when the opener throws', async () => {
    const open = async () => {
      throw new Error('spawn xdg-open ENOENT');
    };
    expect(await openBrowser(URL_TO_OPEN, { open, env: {}, platform: 'win32' })).toBe(false);
  });

  it('counts a launcher that keeps running as a started browser', async () => {
    const open = async () => spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)'], { stdio: 'ignore' });
    const child = await open();
    try {
      expect(await openBrowser(URL_TO_OPEN, { open: async () => child, env: {}, platform: 'darwin', settleMs: 50 })).toBe(true);
    } finally {
      child.kill();
    }
  });

  it('opens nothing on a Linux session without a display', async () => {
    const calls: string[] = [];
    expect(await openBrowser(URL_TO_OPEN, { open: launcher(0, calls), env: {}, platform: 'linux' })).toBe(false);
    expect(calls).toEqual([]);
  });

  it('runs the BROWSER command with the URL as its argument instead of the default opener', async () => {
    const browser = await recordingBrowser();
    const calls: string[] = [];
    expect(await openBrowser(URL_TO_OPEN, { open: launcher(0, calls), env: { BROWSER: browser.command }, platform: 'linux' })).toBe(true);
    expect(await browser.seen()).toEqual([URL_TO_OPEN]);
    expect(calls).toEqual([]);
  });

  it('puts the URL where BROWSER says %s, and tries the next entry when one fails', async () => {
    const browser = await recordingBrowser();
    const value = [join(dir, 'no-such-browser'), `${browser.command} --new-window %s`].join(delimiter);
    expect(await openBrowser(URL_TO_OPEN, { env: { BROWSER: value }, platform: 'linux' })).toBe(true);
    expect(await browser.seen()).toEqual(['--new-window', URL_TO_OPEN]);
  });

  it('reports failure when no BROWSER entry starts, and opens nothing for BROWSER=none', async () => {
    expect(await openBrowser(URL_TO_OPEN, { env: { BROWSER: join(dir, 'missing') }, platform: 'linux' })).toBe(false);
    const calls: string[] = [];
    expect(await openBrowser(URL_TO_OPEN, { open: launcher(0, calls), env: { BROWSER: 'none', DISPLAY: ':0' }, platform: 'linux' })).toBe(
      false,
    );
    expect(calls).toEqual([]);
  });
});
