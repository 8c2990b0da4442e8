import { InputError } from '../output/describe-error.js';
import { ADS_LEVELS } from './choose-ads-ids.js';

/** What get-analytics can analyse (`-o`), as the quickstart names them. */
export const ANALYTICS_OBJECTS = ['user', 'pin', 'ad_account_user', 'ad_account', 'campaign', 'ad_group', 'ad'] as const;
export type AnalyticsObject = (typeof ANALYTICS_OBJECTS)[number];

/** The ids each object uses (`ad_account_user` reads the user analytics of an ad account's owner). */
export const IDS_USED: Record<AnalyticsObject, readonly string[]> = {
  user: [],
  pin: ['--pin-id'],
  ad_account_user: ['--ad-account-id'],
  ad_account: ['--ad-account-id'],
  campaign: ['--ad-account-id', '--campaign-id'],
  ad_group: ['--ad-account-id', '--campaign-id', '--ad-group-id'],
  ad: ['--ad-account-id', '--campaign-id', '--ad-group-id', '--ad-id'],
};

/** Ids the object does not use are a mistake; an id needs the ids above it. */
export function checkIdFlags(object: AnalyticsObject, given: Record<string, string | undefined>): void {
  for (const [flag, value] of Object.entries(given)) {
    if (value !== undefined && !IDS_USED[object].includes(flag)) throw new InputError(`${flag} is not used with -o ${object}.`);
    if (value !== undefined && value.trim() === '') throw new InputError(`Invalid ${flag}: it is empty.`);
  }
  const chain = ADS_LEVELS.map((step) => step.flag);
  chain.forEach((flag, index) => {
    if (given[flag] === undefined) return;
    const missing = chain.slice(0, index).find((above) => given[above] === undefined);
    if (missing) throw new InputError(`${flag} needs ${missing} too: an id at one level needs the ids above it.`);
  });
}
