import { argumentsOf } from '@pinkit/arguments';
/** How far back (days before today, UTC) a range may start and how many days it may span. */
export interface DateLimits {
  back: number;
  /** null: the description states no maximum. */
  range: number | null;
}

/** The operations whose dates are limited, by what each one analyses. */
const KINDS = ['user_account', 'pin', 'ad_account', 'campaigns', 'ad_groups', 'ads', 'report'] as const;
export type AnalyticsKind = (typeof KINDS)[number];
const check = argumentsOf('dateLimitsFor');

/**
 * The limits the v5 description states for each operation
 * (https://developers.pinterest.com/docs/api/v5/ad_account-analytics and its neighbours). They are
 * prose there, not schema, so they are written here once.
 */
export function dateLimitsFor(kind: AnalyticsKind, granularity?: string, level?: string): DateLimits {
  check.oneOf(kind, 'kind', KINDS);
  check.string(granularity, 'granularity', { optional: true, maxLength: 32 });
  check.string(level, 'level', { optional: true, maxLength: 64 });
  // user_account and pins: "Cannot be more than 90 days back from today", "... 90 days past start_date".
  if (kind === 'user_account' || kind === 'pin') return { back: 90, range: 90 };
  if (kind === 'report') {
    if (granularity === 'HOUR') return { back: 8, range: 3 };
    if (level === 'PRODUCT_ITEM') return { back: 92, range: 31 };
    return { back: 914, range: 186 };
  }
  // Synchronous ads analytics: by HOUR 8 days back, 3 days long (the ad account's own states no range).
  if (granularity === 'HOUR') return { back: 8, range: kind === 'ad_account' ? null : 3 };
  return { back: 90, range: 90 };
}
