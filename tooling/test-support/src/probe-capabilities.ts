import type { ProbedCapabilities } from './capabilities.js';
import { probeChromium } from './probe-chromium.js';
import { probeKeyring } from './probe-keyring.js';

/** Tries every capability once, side by side; each try is bounded, so a broken install costs seconds, not a hang. */
export async function probeCapabilities(): Promise<ProbedCapabilities> {
  const [chromium, keyring] = await Promise.all([probeChromium({ timeoutMs: 10_000 }), probeKeyring({ timeoutMs: 5_000 })]);
  return { chromium, keyring };
}
