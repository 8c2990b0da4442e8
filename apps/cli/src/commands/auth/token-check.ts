import type { Logger } from '@pinkit/http';
import type { TokenRecord } from '@pinkit/token-store';
import { readUserAccount } from '../../base/read-user-account.js';
import type { PinkitConfig } from '../../config/pinkit-config.js';
import { oneLine } from '../../output/describe-error.js';

export type TokenState = 'valid' | 'expired' | 'refused' | 'unverified';

export interface TokenCheck {
  state: TokenState;
  /** Whose token it is, when Pinterest said. */
  username: string | null;
  /** Why a token is not valid, in a few words. */
  reason: string | null;
}

/**
 * Asks Pinterest whose token this is, through the configured version's API (v5 or v3), with the
 * token as stored (no refresh: a status check changes nothing). A 401 means refused; an access token past its expiry time is expired even
 * when Pinterest still takes it; a check that got no answer is unverified.
 */
export async function checkToken(config: PinkitConfig, record: TokenRecord, logger: Logger, now: number): Promise<TokenCheck> {
  const expired = record.expires_at !== undefined && Date.parse(record.expires_at) <= now;
  try {
    const { username } = await readUserAccount(config, record.access_token, logger);
    return expired ? { state: 'expired', username, reason: `expired ${record.expires_at}` } : { state: 'valid', username, reason: null };
  } catch (error) {
    if ((error as { status?: unknown }).status === 401) return { state: 'refused', username: null, reason: 'refused by Pinterest (401)' };
    if (expired) return { state: 'expired', username: null, reason: `expired ${record.expires_at}` };
    return { state: 'unverified', username: null, reason: oneLine(error) };
  }
}
