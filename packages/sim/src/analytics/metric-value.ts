import { hashToUint32 } from '../core/seeded-random.js';

/**
 * The simulator's number for one metric of one entity on one day (or hour): a hash of the three,
 * so the same request always gets the same answer, and a day's value does not depend on the range
 * it was asked in. The scale follows the metric's kind (rates under 0.2, dollars, micro-dollars,
 * counts).
 */
export function metricValue(key: string, metric: string): number {
  const unit = spread(hashToUint32(`${key}|${metric}`)) / 0x1_0000_0000;
  if (isRate(metric)) return Math.round(unit * 0.2 * 10_000) / 10_000;
  if (metric.endsWith('MICRO_DOLLAR')) return Math.round(unit * 150_000_000);
  if (metric.endsWith('IN_DOLLAR')) return Math.round(unit * 15_000) / 100;
  if (metric.includes('IMPRESSION')) return Math.floor(unit * 5_000);
  return Math.floor(unit * 400);
}

/** Rates and ratios are averaged over a period; everything else adds up. */
export function isRate(metric: string): boolean {
  return /RATE|CTR/.test(metric);
}

/** Sums (or, for rates, averages) a metric's daily values. */
export function combine(metric: string, values: readonly number[]): number {
  const total = values.reduce((sum, value) => sum + value, 0);
  if (!isRate(metric)) return Math.round(total * 100) / 100;
  return values.length === 0 ? 0 : Math.round((total / values.length) * 10_000) / 10_000;
}

// FNV-1a alone leaves similar keys (consecutive days) with similar hashes; fmix32 spreads them.
function spread(hash: number): number {
  let z = hash;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
