/**
 * One stored OAuth token, in the JSON shape of pinterest/api-quickstart's `<name>.json` files
 * (`name`, `access_token`, `refresh_token`, `scopes`), plus expiry times and any other fields.
 */
export interface TokenRecord {
  /** The key the token is stored under: the file stem, the keychain account, the variable name. */
  name: string;
  access_token: string;
  refresh_token?: string | null;
  /** Always a list once read, whether the source held a list or a comma/space separated string. */
  scopes?: string[];
  /** ISO 8601 time the access token stops working. */
  expires_at?: string;
  /** ISO 8601 time the refresh token stops working. */
  refresh_token_expires_at?: string;
  /** Fields written by other tools; kept when the record is rewritten. */
  [extra: string]: unknown;
}

/** Where a token lives. */
export type StoreKind = 'env' | 'keychain' | 'file';

/** One interface over the environment, the OS keychain and the token directory. */
export interface TokenStore {
  readonly kind: StoreKind;
  /** The record stored under `name`, or undefined when there is none. */
  get(name: string): Promise<TokenRecord | undefined>;
  /** Stores `record` under `record.name`, replacing what was there. */
  set(record: TokenRecord): Promise<void>;
  /** Removes the record; true when there was one. */
  delete(name: string): Promise<boolean>;
  /** Every record, secrets included: callers redact before showing them. */
  list(): Promise<TokenRecord[]>;
}

/** The token directory as a store; `pathOf` tells users where a token went. */
export interface FileTokenStore extends TokenStore {
  readonly kind: 'file';
  readonly dir: string;
  pathOf(name: string): string;
}

/** A record and the store it was found in. */
export interface LocatedTokenRecord {
  record: TokenRecord;
  from: StoreKind;
}

/** Looks in the environment, then the keychain, then the token directory, like the quickstart. */
export interface ResolvingTokenStore extends TokenStore {
  locate(name: string): Promise<LocatedTokenRecord | undefined>;
  /** Every record with where it was found, one per name, in the same order of precedence as `locate`. */
  listLocated(): Promise<LocatedTokenRecord[]>;
  /**
   * Throws now what `set(name)` would throw for want of a store, before work that only pays off
   * if the token can be kept (a browser sign-in): KeychainUnavailableError when `prefer` is
   * 'keychain' and no keychain answers. 'auto' and 'file' always have the file to fall back to.
   */
  assertWritable(name: string): Promise<void>;
}

/** Receives human-readable messages about fallbacks and loose permissions; never secrets. */
export type NoticeHandler = (message: string) => void;
