import type { ProbedCapabilities } from './capabilities.js';
import { probeChromium } from './probe-chromium.js';
import { probeKeyring } from './probe-keyring.js';

/**
 * Tries every capability once, side by side. Each try is bounded, so a hung install costs seconds,
 * not the run; the bounds are loose because a busy machine takes several seconds to start Chromium.
 */
export async function probeCapabilities(): Promise<ProbedCapabilities> {
  const [chromium, keyring] = await Promise.all([probeChromium({ timeoutMs: 20_000 }), probeKeyring({ timeoutMs: 10_000 })]);
  return { chromium, keyring };
}
