import type { BusinessAccessRole } from './ads/ad-records.js';
import type { KnobSettings } from './core/knobs.js';
import type { SimulatorStats } from './core/request-pipeline.js';

export type { BusinessAccessRole, SimulatorStats };

/** A seeded Pinterest account with tokens that carry every v5 scope, and a second pair that carries every v3 scope. */
export interface SimUser {
  id: string;
  username: string;
  accessToken: string;
  refreshToken: string;
  scopes: string[];
  /** As if signed in through v3's OAuth (`PUT /v3/oauth/access_token/`): v3 scope names, so it reads v3 and not v5. */
  v3AccessToken: string;
  v3RefreshToken: string;
}

/** A running simulator. */
export interface Simulator {
  /** `http://127.0.0.1:PORT`: both PINTEREST_API_URI and PINTEREST_OAUTH_URI. */
  readonly url: string;
  /** The one registered app (PINTEREST_APP_ID / PINTEREST_APP_SECRET); `name` is shown on the consent page. */
  readonly app: { id: string; secret: string; name: string };
  /** `[0]` the demo user with boards and pins, `[1]` a user with no boards (a copy target). */
  readonly users: readonly SimUser[];
  /** Environment variables that point pinkit (or the quickstart) at this simulator. */
  env(): Record<string, string>;
  /** Mints an extra access token for a user, e.g. with fewer scopes; throws SimulatorOptionsError for an unknown user. */
  issueToken(userId: string, scopes: string[]): string;
  /** Revokes an access or refresh token at once (401 / 400 from then on); throws SimulatorOptionsError for an unknown token. */
  revokeToken(token: string): void;
  /** Makes a board a group board shared with another user, who may then read its pins by id. */
  shareBoard(boardId: string, userId: string): void;
  /** Archives a board: v5 lists it no more, v3's board feed only with `include_archived`. */
  archiveBoard(boardId: string): void;
  /** Gives a user Business Access roles on an ad account (read pins with `?ad_account_id=`); `[]` takes them away. */
  grantBusinessAccess(adAccountId: string, userId: string, roles: readonly BusinessAccessRole[]): void;
  /**
   * Changes behaviour at runtime; `writeRate: undefined` lifts the org_write limit, `rateLimits: false` every limit;
   * new token lifetimes apply to tokens minted afterwards.
   */
  configure(knobs: KnobSettings): void;
  /** A snapshot of the counters since start. */
  readonly stats: SimulatorStats;
  /** Closes the server and every open socket, keep-alive ones included. */
  stop(): Promise<void>;
}
