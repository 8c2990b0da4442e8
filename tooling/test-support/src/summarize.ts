// The closing lines of a run: what was skipped and what to install for it, anything tests left in
// the temp directory, and last, alone, "N passed, N failed[, N skipped]" for CI and people alike.
import { CAPABILITIES, parseNeedsNote, type ProbedCapabilities } from './capabilities.js';

/** The parts of vitest's TestModule the summary reads. */
export interface ModuleLike {
  state(): string;
  children: { allTests(): Iterable<{ result(): { state: string; note?: string | undefined } }> };
}

export interface RunOutcome {
  modules: ReadonlyArray<ModuleLike>;
  unhandledErrors: ReadonlyArray<unknown>;
  /** Names left in the run's temp directory. */
  leftovers: ReadonlyArray<string>;
  /** What this run's probes found, to say why a capability counted as missing. */
  probes?: ProbedCapabilities;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Why the run's probe found the capability with these words missing, if it did. */
function probeSaid(needs: string, probes: ProbedCapabilities): string | undefined {
  for (const [name, capability] of Object.entries(CAPABILITIES)) {
    const result = probes[name as keyof typeof CAPABILITIES];
    if (capability.needs === needs && result && !result.ok) return result.reason;
  }
  return undefined;
}

export function summarize({ modules, unhandledErrors, leftovers, probes = {} }: RunOutcome): string[] {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const skipReasons = new Map<string, number>();
  for (const module of modules) {
    const moduleFailed = module.state() === 'failed';
    let failedHere = 0;
    for (const test of module.children.allTests()) {
      const { state, note } = test.result();
      if (state === 'passed') passed++;
      else if (state === 'failed') failedHere++;
      else {
        skipped++;
        const need = parseNeedsNote(note);
        const said = need && probeSaid(need.needs, probes);
        const reason = need
          ? `needs ${need.needs} (${need.install})${said ? `; here ${said}` : ''}`
          : note || (moduleFailed ? 'not run, their file failed first' : 'marked skip or todo in the test');
        skipReasons.set(reason, (skipReasons.get(reason) ?? 0) + 1);
      }
    }
    // A file that failed before or around its tests (it did not load, a beforeAll threw) failed
    // once, even though none of its tests did.
    failed += failedHere > 0 ? failedHere : moduleFailed ? 1 : 0;
  }
  failed += unhandledErrors.length;
  const lines = [...skipReasons].map(([reason, count]) => `skipped ${plural(count, 'test')}: ${reason}`);
  if (leftovers.length > 0) {
    failed++;
    lines.push(`tests left behind in the temp directory: ${leftovers.join(', ')}`);
  }
  lines.push(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  return lines;
}
