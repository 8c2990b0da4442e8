import { PinterestFailure } from './pinterest-failure.js';

/** Pinterest's Trial access: 1,000 requests a day per app in all. */
export const TRIAL_REQUESTS_PER_DAY = 1000;

const DAY_MS = 86_400_000;

/**
 * Trial access as Pinterest grants it to new apps: every app may make 1,000 requests a UTC day,
 * and none of them may write in production (the answer, code 29, points at the API sandbox).
 */
export class TrialAccess {
  private readonly used = new Map<string, { day: number; count: number }>();

  /** Counts one request of `appId`, refusing a write or one over the day's quota. */
  charge(appId: string, write: boolean, now: number): void {
    if (write) {
      throw new PinterestFailure(
        403,
        29,
        'Apps with Trial access cannot create, change or delete content in production. ' +
          'Use the API sandbox at https://api-sandbox.pinterest.com, or apply for Standard access.',
      );
    }
    const day = Math.floor(now / DAY_MS);
    const entry = this.used.get(appId);
    const count = entry?.day === day ? entry.count + 1 : 1;
    this.used.set(appId, { day, count });
    if (count > TRIAL_REQUESTS_PER_DAY) {
      const retryAfterSeconds = Math.ceil(((day + 1) * DAY_MS - now) / 1000);
      throw new PinterestFailure(
        429,
        8,
        `Trial access allows ${TRIAL_REQUESTS_PER_DAY} requests a day; this app has used them. They renew at midnight UTC.`,
        undefined,
        { 'retry-after': String(retryAfterSeconds) },
      );
    }
  }
}
