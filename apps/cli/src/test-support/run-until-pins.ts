import { spawn } from 'node:child_process';
import { PINKIT_BIN, TEST_HOME } from './run-pinkit.js';

export interface Stopped {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI and sends `signal` once `pins` pin-copied lines have reached stderr; with
 * `twice`, again once the CLI says it is stopping (signals sent together would merge into one).
 */
export function runUntilPins(
  args: string[],
  env: Record<string, string>,
  pins: number,
  signal: NodeJS.Signals,
  twice = false,
): Promise<Stopped> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PINKIT_BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: TEST_HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let sent = 0;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (sent === 0 && (stderr.match(/^ {2}pin \d+ -> \d+: created$/gm)?.length ?? 0) >= pins) {
        sent = 1;
        child.kill(signal);
      }
      if (twice && sent === 1 && stderr.includes('Stopping:')) {
        sent = 2;
        child.kill(signal);
      }
    });
    child.on('error', reject);
    child.on('close', (code, received) => resolve({ code, signal: received, stdout, stderr }));
  });
}
