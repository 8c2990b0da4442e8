// The OAuth side of the store: apps, the tokens they hold and codes waiting to be exchanged.

export interface TokenRecord {
  value: string;
  kind: 'access' | 'refresh';
  userId: string;
  appId: string;
  scopes: string[];
  revoked: boolean;
  /** Epoch milliseconds on the simulator's clock; from then on the token is refused like an unknown one. */
  expiresAt: number;
}

export interface AppRecord {
  id: string;
  secret: string;
  /** Shown on the consent page. */
  name: string;
  /** Whose account a client-credentials token acts for. */
  ownerId: string;
  /** Registered redirect URIs; null accepts any http(s) URI on a loopback host. */
  redirectUris: readonly string[] | null;
}

/** What the user allowed on the consent page, waiting to be exchanged once for tokens. */
export interface AuthorizationCodeRecord {
  value: string;
  appId: string;
  userId: string;
  /** The token request must name exactly this URI. */
  redirectUri: string;
  /** null: none were asked for, so the grant covers every scope of the API version that redeems it. */
  scopes: string[] | null;
  expiresAt: number;
  used: boolean;
}
