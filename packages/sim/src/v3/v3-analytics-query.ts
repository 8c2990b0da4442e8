import { V3_WINDOW_DAYS } from '@pinkit/api-v3';
import { checkEnum } from '../analytics/analytics-query.js';

// The attributes v3 and ads v4 enumerated beside their dates and metrics (API-V3.md, and the
// quickstart's attribute classes), checked against @pinkit/api-v3's tables of them; each is
// checked only when sent, as Pinterest did.

/** An optional query attribute, one of `allowed` when present. */
export function optionalEnum(query: URLSearchParams, name: string, allowed: readonly (string | number)[]): string | undefined {
  const value = query.get(name);
  return value === null ? undefined : checkEnum(name, value, allowed.map(String));
}

/** The conversion attribution windows of the ads metrics and the report. */
export function checkWindows(query: URLSearchParams): void {
  for (const name of ['click_window_days', 'engagement_window_days', 'view_window_days']) optionalEnum(query, name, V3_WINDOW_DAYS);
}
