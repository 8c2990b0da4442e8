import type { SimStore } from '../sim-store.js';

/** Whether an ad of the simulated ads tree promotes the pin (v5's `has_been_promoted`). */
export function isPromoted(store: SimStore, pinId: string): boolean {
  for (const ad of store.ads.values()) if (ad.pinId === pinId) return true;
  return false;
}
