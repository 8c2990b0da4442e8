import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fileTempDir } from '@pinkit/test-support';

export const PINKIT_BIN = fileURLToPath(new URL('../../bin/pinkit.cjs', import.meta.url));

export interface PinkitRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A HOME of its own for each test file, so no test reads or writes the developer's tokens; removed
 * after the file's last test (this module is evaluated while vitest collects each file).
 */
export const TEST_HOME = fileTempDir('pinkit-home-');

/**
 * Runs the built `pinkit` binary as a user would: a separate process, stdin not a terminal,
 * only the environment given (plus PATH and a private HOME), so nothing leaks in from the
 * developer's shell or config.
 */
export function runPinkit(args: string[], env: Record<string, string | undefined> = {}, input?: string): Promise<PinkitRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PINKIT_BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: TEST_HOME, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
