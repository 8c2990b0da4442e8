// Helpers for test files. The run-wide parts (probes, the run's temp directory, the summary) are
// imported by tooling/vitest from their own modules, since they run in vitest's main process.
export { tempDir, fileTempDir } from './temp-dir.js';
export { needs, capable, requireCapability, CapabilityMissingError, type SkipContext } from './needs.js';
export { CAPABILITIES, needsNote, type Capability, type CapabilityName, type ProbeResult } from './capabilities.js';
export { launchChromium, chromiumPath, CHROMIUM_ARGS, type LaunchOptions } from './launch-chromium.js';
export { endProcessGroup } from './process-group.js';
export { freePort } from './free-port.js';
export { FETCH_BROWSER } from './fetch-browser.js';
export { fuzzArgument, HOSTILE_VALUES, type FuzzOptions } from './fuzz-arguments.js';
