import type { Logger, TokenProvider } from '@pinkit/http';
import type { PinkitConfig } from '../config/pinkit-config.js';
import { openCliAccount } from './open-cli-account.js';
import { withSummaries } from './with-summaries.js';

/** The account a token belongs to, as the configured version answered it. */
export interface UserAccount {
  /** The version's own object (v5's `/v5/user_account`, v3's `/v3/users/me/`), for `--json`. */
  user: object;
  /** The human summary, in the same layout for every version. */
  summary: string;
  username: string | null;
}

/** Reads the token's user through the configured version's API (v3 or v5). */
export async function readUserAccount(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<UserAccount> {
  const reading = withSummaries(await openCliAccount(config, token, logger));
  return reading.use(async (api, summaries) => {
    const user = await api.getUserAccount();
    const { username } = user as { username?: unknown };
    return { user, summary: summaries.userSummary(user), username: typeof username === 'string' ? username : null };
  });
}
