// One temp directory per test run: tests and everything they start inherit it through TMPDIR, so
// whatever is still in it when the run ends was left behind by a test.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Names the run's temp directory for the reporter, which runs in the same process. */
export const RUN_TMPDIR_VARIABLE = 'PINKIT_TEST_RUN_TMPDIR';
/** Where the global setup keeps this run's probe results for the summary reporter (same process). */
export const PROBES = Symbol.for('pinkit.test.probes');
/** Set by the summary reporter once it has printed the leftovers, so the teardown does not repeat them. */
export const LEFTOVERS_REPORTED = Symbol.for('pinkit.test.leftoversReported');
const TEMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;

export interface RunTempDir {
  dir: string;
  /** Removes the directory, puts the environment back, and returns what was left in it. */
  end(): string[];
}

/** What is in `dir`, sorted; nothing when it is gone. */
export function leftIn(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Makes a fresh directory under the current temp directory and points TMPDIR (and friends) at it. */
export function startRunTempDir(env: NodeJS.ProcessEnv = process.env): RunTempDir {
  const before = TEMP_VARIABLES.map((name) => [name, env[name]] as const);
  // Short: tests put Unix sockets (Chromium's, gnome-keyring's) below it, whose paths have a 108-byte limit.
  const dir = mkdtempSync(join(tmpdir(), 'pinkit-run-'));
  for (const name of TEMP_VARIABLES) env[name] = dir;
  env[RUN_TMPDIR_VARIABLE] = dir;
  return {
    dir,
    end() {
      const left = leftIn(dir);
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      for (const [name, value] of before) {
        if (value === undefined) delete env[name];
        else env[name] = value;
      }
      delete env[RUN_TMPDIR_VARIABLE];
      return left;
    },
  };
}
