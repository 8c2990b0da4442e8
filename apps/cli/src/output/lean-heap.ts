// V8's garbage collector is tuned for throughput: under a steady stream of short-lived pages it
// doubles the young generation up to 32 MB and lets the old one reach four times what is live
// before collecting it. A listing holds one page at a time (about 7 MB live), yet
// `get-user-pins --json` grew from 60 MB of RSS at 2,000 pins to 114 MB at 1,000,000. With the
// young generation kept at its start size and the old one grown by half at a time, the same run
// peaks at 71 to 76 MB, as fast (`node tooling/scripts/bench.mjs million`).
//
// Both are growth heuristics V8 reads again at every collection, so setting them after start-up
// takes effect; the sizes V8 fixed at start-up (--max-semi-space-size and friends) would not.
const LEAN_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=50'];

// A user who tunes the collector themselves (NODE_OPTIONS or node's own flags) keeps their choice.
const OWN_TUNING = /--(?:max-|min-)?semi-space-(?:size|growth-factor)\b|--heap-growing-percent\b/;

let applied = false;

/**
 * Keeps the heap of a long listing flat. Process-wide and once: the CLI owns its process. node:v8
 * is loaded here, not with the module: a command that lists nothing does not pay for it.
 */
export async function keepHeapLean(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): Promise<boolean> {
  if (applied) return true;
  if (OWN_TUNING.test(env.NODE_OPTIONS ?? '') || execArgv.some((flag) => OWN_TUNING.test(flag))) return false;
  const { setFlagsFromString } = await import('node:v8');
  for (const flag of LEAN_FLAGS) setFlagsFromString(flag);
  applied = true;
  return true;
}
