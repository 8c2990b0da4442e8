import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Simulator } from '@pinkit/sim';
import { freePort } from '@pinkit/test-support';
import { PINKIT_BIN, TEST_HOME } from './run-pinkit.js';

export { freePort };

/**
 * The environment of a user who has the app's credentials but no token yet: the simulator's
 * hosts and app, an empty token folder, and no browser (pinkit prints the sign-in URL).
 */
export async function signedOutEnv(sim: Simulator, extra: Record<string, string> = {}) {
  const { ACCESS_TOKEN: _a, TARGET_ACCESS_TOKEN: _t, ...env } = sim.env();
  const port = await freePort();
  return {
    ...env,
    // Inside the file's HOME, which goes away after its last test: this also runs in beforeAll.
    PINTEREST_OAUTH_TOKEN_DIR: mkdtempSync(join(TEST_HOME, 'tokens-')),
    PINTEREST_REDIRECT_URI: `http://localhost:${port}/`,
    BROWSER: 'none',
    ...extra,
  };
}

export interface RunningPinkit {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the sign-in URL pinkit prints when it cannot open a browser. */
  authorizeUrl: Promise<string>;
  exit: Promise<number | null>;
}

/** Starts pinkit and keeps it running, for commands that wait on the browser. */
export function startPinkit(args: string[], env: Record<string, string>): RunningPinkit {
  const child = spawn(process.execPath, [PINKIT_BIN, ...args], { env: { PATH: process.env.PATH ?? '', HOME: TEST_HOME, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const authorizeUrl = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /^ {2}(http\S+\/oauth\/\S+)$/m.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.on('close', () => reject(new Error(`pinkit exited before printing a sign-in URL:\n${stderr}`)));
  });
  authorizeUrl.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stdin.end();
  return { child, stdout: () => stdout, stderr: () => stderr, authorizeUrl, exit };
}

/** Debian's Chromium, headless, off the network: the same launch the run's capability probe tries. */
export { launchChromium } from '@pinkit/test-support';
