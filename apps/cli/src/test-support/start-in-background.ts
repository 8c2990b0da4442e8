import { spawn } from 'node:child_process';
import { PINKIT_BIN, TEST_HOME, type PinkitRun } from './run-pinkit.js';

/** A pinkit run in the background, for tests that meet it mid-run (a second run, a kill). */
export interface Started {
  /** Resolves once stderr matches `pattern`. */
  reached(pattern: RegExp): Promise<void>;
  kill(signal: NodeJS.Signals): void;
  done: Promise<PinkitRun & { signal: NodeJS.Signals | null }>;
}

/** Starts the built CLI without waiting for it, so that a second run can meet it mid-copy. */
export function startInBackground(args: string[], env: Record<string, string>): Started {
  const child = spawn(process.execPath, [PINKIT_BIN, ...args], {
    env: { PATH: process.env.PATH, HOME: TEST_HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ pattern: RegExp; resolve: () => void }> = [];
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    for (const waiter of waiters.splice(0)) {
      if (waiter.pattern.test(stderr)) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  const done = new Promise<PinkitRun & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    reached: (pattern) =>
      Promise.race([
        new Promise<void>((resolve) => (pattern.test(stderr) ? resolve() : waiters.push({ pattern, resolve }))),
        done.then((run) => Promise.reject(new Error(`pinkit ended (${run.code}) before ${pattern}: ${run.stderr}`))),
      ]),
    kill: (signal) => child.kill(signal),
    done,
  };
}
