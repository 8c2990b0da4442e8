// Temp folders that go away by themselves: removal is registered with vitest when the folder is
// made, so a test that throws halfway still leaves nothing behind in the temp directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

function makeDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function removeDir(dir: string): void {
  // Retries cover a child process (pinkit, a browser) still closing files in it as the test ends.
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** A fresh folder for the running test, removed when the test finishes, passed or failed. Call it in a test or beforeEach. */
export function tempDir(prefix = 'pinkit-'): string {
  const dir = makeDir(prefix);
  try {
    onTestFinished(() => removeDir(dir));
  } catch (error) {
    removeDir(dir);
    throw error;
  }
  return dir;
}

/**
 * A folder shared by a whole test file, removed after its last test. Call it at module or describe
 * level (while vitest collects the file), where afterAll can still be registered: not in a hook.
 */
export function fileTempDir(prefix = 'pinkit-'): string {
  const dir = makeDir(prefix);
  afterAll(() => removeDir(dir));
  return dir;
}
