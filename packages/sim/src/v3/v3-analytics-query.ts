import { checkEnum } from '../analytics/analytics-query.js';

// The attributes v3 and ads v4 enumerated beside their dates and metrics (API-V3.md, and the
// quickstart's attribute classes): each is checked only when sent, as Pinterest did.

const WINDOW_DAYS = ['0', '1', '7', '14', '30', '60'];

/** An optional query attribute, one of `allowed` when present. */
export function optionalEnum(query: URLSearchParams, name: string, allowed: readonly string[]): string | undefined {
  const value = query.get(name);
  return value === null ? undefined : checkEnum(name, value, allowed);
}

/** The conversion attribution windows of the ads metrics and the report. */
export function checkWindows(query: URLSearchParams): void {
  for (const name of ['click_window_days', 'engagement_window_days', 'view_window_days']) optionalEnum(query, name, WINDOW_DAYS);
}
