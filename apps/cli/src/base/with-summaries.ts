import type { Account, AccountShapes, AnyAccount } from '@pinkit/account';
import { v5AdSummaries, type AdSummarySet } from '../output/ad-summary-set.js';
import { v5Summaries, type SummarySet } from '../output/summary-set.js';
import { v3AdSummaries } from '../output/v3-ad-summaries.js';
import { v3Summaries } from '../output/v3-summaries.js';

/**
 * An account paired with the one-line summaries of its version's objects, so that a command
 * writes its reads once for every version: `reading.use((account, summaries) => ...)`.
 */
export interface Reading {
  readonly account: AnyAccount;
  use<R>(read: <S extends AccountShapes>(account: Account<S>, summaries: SummarySet<S>) => R): R;
}

/** The same pairing with the lines of the ads objects (get-ads, get-businesses). */
export interface AdsReading {
  readonly account: AnyAccount;
  use<R>(read: <S extends AccountShapes>(account: Account<S>, lines: AdSummarySet<S>) => R): R;
}

export function withSummaries(account: AnyAccount): Reading {
  return { account, use: (read) => (account.version === 3 ? read(account, v3Summaries) : read(account, v5Summaries)) };
}

export function withAdLines(account: AnyAccount): AdsReading {
  return { account, use: (read) => (account.version === 3 ? read(account, v3AdSummaries) : read(account, v5AdSummaries)) };
}
