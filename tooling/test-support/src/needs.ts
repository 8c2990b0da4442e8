// A test that needs chromium or a keychain asks here. On a developer's machine without it the test
// is skipped with a note naming what to install; under CI, where everything must run, it fails.
import { inject } from 'vitest';
import { CAPABILITIES, needsNote, type Capability, type CapabilityName, type ProbedCapabilities } from './capabilities.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the workspace's global setup, which probes each capability once per run. */
    pinkitCapabilities: ProbedCapabilities;
  }
}

export class CapabilityMissingError extends Error {
  override name = 'CapabilityMissingError';
  constructor(
    readonly capability: Capability,
    readonly reason: string,
  ) {
    super(`CI must provide ${capability.needs}: ${capability.install} (here: ${reason})`);
  }
}

export interface SkipContext {
  skip(note?: string): never;
}

function probed(name: CapabilityName) {
  return inject('pinkitCapabilities')?.[name] ?? { ok: false as const, reason: 'not probed: run vitest with the workspace config' };
}

/** Whether the run's probe found the capability usable: for hooks that prepare it (launch the browser). */
export function capable(name: CapabilityName): boolean {
  return probed(name).ok;
}

/**
 * Skips the current test (or fails it under CI) unless `missing` is undefined. `missing` says why
 * the capability is not usable; the skip note names what to install.
 */
export function requireCapability(
  context: SkipContext,
  capability: Capability,
  missing: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (missing === undefined) return;
  if (env.CI) throw new CapabilityMissingError(capability, missing);
  context.skip(needsNote(capability));
}

/** Skips the current test (or fails it under CI) unless this run's probe found `name` usable. */
export function needs(context: SkipContext, name: CapabilityName): void {
  const result = probed(name);
  requireCapability(context, CAPABILITIES[name], result.ok ? undefined : result.reason);
}
