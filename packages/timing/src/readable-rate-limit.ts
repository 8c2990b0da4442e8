import type { RateLimitPolicy } from './rate-limit-info.js';

/**
 * Pinterest's windows are a second and a minute; a day allows for quotas counted per day. A
 * longer window, or a quota of 0, is no quota anyone documents: the answer is unreadable, not a
 * reason to wait for years (`0, 0;w=60` or `100;w=999999999` would stall every request).
 */
export const LONGEST_WINDOW_SECONDS = 86_400;

export const readablePolicy = (policy: RateLimitPolicy) =>
  Number.isFinite(policy.quota) && policy.quota > 0 && policy.windowSeconds > 0 && policy.windowSeconds <= LONGEST_WINDOW_SECONDS;
