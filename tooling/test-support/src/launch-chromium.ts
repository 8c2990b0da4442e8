// The one way tests start a browser, so the run's probe tries exactly what the tests will do.
import type { Browser } from 'playwright-core';

/** Flags that keep Chromium headless, off the network and quiet in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium unless CHROMIUM_PATH names another. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export interface LaunchOptions {
  executablePath?: string;
  /** Give up launching after this long (playwright kills the browser). */
  timeoutMs?: number;
}

/** Debian's Chromium, headless, with the flags that keep it off the network. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: options.executablePath ?? chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
  });
}
