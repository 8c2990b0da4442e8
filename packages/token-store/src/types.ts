import type { KeychainUnavailableError } from './errors.js';

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

/** An entry a store holds that is not a usable token record: `list()` skips it with a notice. */
export interface SkippedEntry {
  kind: 'file' | 'keychain';
  /** The token name (file stem or keychain account). */
  name: string;
  /** The file, or `keychain service "pinkit"`. */
  where: string;
  /** What is wrong, without any of the entry's content. */
  reason: string;
}

/** A store's records and the entries it could not read as records. */
export interface TokenScan {
  records: TokenRecord[];
  skipped: SkippedEntry[];
}

/** A store that can say which of its entries it skipped. */
export interface ScanningTokenStore extends TokenStore {
  /** Like `list()`, with the skipped entries named instead of only noticed. */
  scan(): Promise<TokenScan>;
}

/** The token directory as a store; `pathOf` tells users where a token went. */
export interface FileTokenStore extends ScanningTokenStore {
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
  /**
   * Everything a status report needs: the tokens of every store, plus the environment variables of
   * `names` (a variable cannot be told to be a token by its name, so the caller names them), the
   * entries that are not token records, and whether the keychain was read and if not, why.
   */
  survey(names: readonly string[]): Promise<TokenSurvey>;
}

/** Whether the keychain was read for a survey. */
export type KeychainState =
  | { state: 'read' }
  /** `prefer: 'file'`: the keychain is not consulted at all. */
  | { state: 'not-asked' }
  | { state: 'unavailable'; error: KeychainUnavailableError };

export interface TokenSurvey {
  /** One per name, in the order of precedence of `locate`; environment ones for `names` included. */
  tokens: LocatedTokenRecord[];
  skipped: SkippedEntry[];
  keychain: KeychainState;
}

/** Receives human-readable messages about fallbacks and loose permissions; never secrets. */
export type NoticeHandler = (message: string) => void;
