// Ends a run with one plain line, "N passed, N failed[, N skipped]", which CI and people read
// the same way whatever the rest of the output looks like. Just above it: what was skipped and
// what to install to run it, and anything tests left in the run's temp directory.
import type { Reporter, SerializedError, TestModule } from 'vitest/node';
import type { ProbedCapabilities } from '../test-support/src/capabilities.js';
import { leftIn, LEFTOVERS_REPORTED, PROBES, RUN_TMPDIR_VARIABLE } from '../test-support/src/run-temp-dir.js';
import { summarize } from '../test-support/src/summarize.js';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const runDir = process.env[RUN_TMPDIR_VARIABLE];
    const leftovers = runDir ? leftIn(runDir) : [];
    if (leftovers.length > 0) {
      (globalThis as Record<symbol, unknown>)[LEFTOVERS_REPORTED] = true;
      process.exitCode = 1;
    }
    const probes = (globalThis as Record<symbol, unknown>)[PROBES] as ProbedCapabilities | undefined;
    const lines = summarize({ modules: testModules, unhandledErrors, leftovers, probes: probes ?? {} });
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
