// Once per run, before any test file starts: gives the run its own TMPDIR (workers and the
// processes tests start inherit it) and probes what some tests need from the machine.
import type { TestProject } from 'vitest/node';
import { probeCapabilities } from '../test-support/src/probe-capabilities.js';
import { LEFTOVERS_REPORTED, PROBES, startRunTempDir } from '../test-support/src/run-temp-dir.js';

export default async function setup(project: TestProject): Promise<() => void> {
  const run = startRunTempDir();
  // tsx (which some tests run children with) keeps a compile cache in TMPDIR; in a temp directory
  // that lives for one run it would only be rebuilt each time and then count as left behind.
  process.env.TSX_DISABLE_CACHE = '1';
  const probes = await probeCapabilities();
  (globalThis as Record<symbol, unknown>)[PROBES] = probes;
  project.provide('pinkitCapabilities', probes);
  return () => {
    const left = run.end();
    if (left.length === 0) return;
    // Teardown errors do not change vitest's exit code, so the failure is set here.
    process.exitCode = 1;
    if (!(globalThis as Record<symbol, unknown>)[LEFTOVERS_REPORTED]) {
      process.stderr.write(`tests left behind in the temp directory: ${left.join(', ')}\n`);
    }
  };
}
