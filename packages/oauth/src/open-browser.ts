import { spawn, type ChildProcess } from 'node:child_process';
import { delimiter } from 'node:path';
import { argumentsOf } from '@pinkit/arguments';
import open from 'open';
import { MAX_URI_LENGTH } from './oauth-arguments.js';

const check = argumentsOf('openBrowser');

export interface OpenBrowserOptions {
  /** Opens a URL in the default browser; default: the `open` package. Injectable for tests. */
  open?: (url: string) => Promise<ChildProcess>;
  /** Where `BROWSER`, `DISPLAY` and `WAYLAND_DISPLAY` are read. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Default `process.platform`. */
  platform?: NodeJS.Platform;
  /** How long a launcher may run before it counts as started. Default 1500 ms. */
  settleMs?: number;
}

// A launcher that exits at once tells us whether it worked (xdg-open exits 3 when no browser is
// configured); one that keeps running has most likely become, or started, the browser.
function started(child: ChildProcess, settleMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), settleMs);
    const done = (ok: boolean) => (clearTimeout(timer), resolve(ok));
    child.once('error', () => done(false));
    child.once('exit', (code) => done(code === 0));
    child.unref();
  });
}

// `open` ignores BROWSER, so we honour it as Python's webbrowser module does: entries separated
// like PATH entries, each either a command (the whole entry, spaces and all) that gets the URL as
// its only argument, or a command line split on spaces with `%s` where the URL goes.
async function openWithBrowserVariable(value: string, url: string, settleMs: number): Promise<boolean> {
  for (const entry of value
    .split(delimiter)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [command = entry, ...args] = entry.includes('%s') ? entry.split(/\s+/).map((arg) => arg.replaceAll('%s', url)) : [entry, url];
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    if (await started(child, settleMs)) return true;
  }
  return false;
}

/**
 * Tries to show `url` in a browser and says whether one started. `BROWSER` wins when set
 * (`BROWSER=none` opens nothing); a Linux session without a display opens nothing. The caller
 * prints the URL when this returns false; nothing is printed here.
 */
export async function openBrowser(url: string, options: OpenBrowserOptions = {}): Promise<boolean> {
  // The URL becomes a command's argument: only a web address, on one line, is handed over.
  check.string(url, 'url', {
    maxLength: 4 * MAX_URI_LENGTH,
    singleLine: true,
    pattern: { test: /^https?:\/\//i, says: 'an http: or https: URL' },
  });
  check.object(options, 'options');
  check.function(options.open, 'options.open', { optional: true });
  check.object(options.env, 'options.env', { optional: true });
  check.string(options.platform, 'options.platform', { optional: true, maxLength: 32, singleLine: true });
  check.integer(options.settleMs, 'options.settleMs', { optional: true, min: 0, max: 60_000 });
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const settleMs = options.settleMs ?? 1500;
  const browser = env.BROWSER?.trim();
  if (browser) return browser.toLowerCase() === 'none' ? false : openWithBrowserVariable(browser, url, settleMs);
  const graphical = platform === 'darwin' || platform === 'win32' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY || env.WSL_DISTRO_NAME);
  if (!graphical) return false;
  try {
    return await started(await (options.open ?? open)(url), settleMs);
  } catch {
    return false;
  }
}
