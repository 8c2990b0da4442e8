import type { BaseContext } from 'clipanion';
import type { Logger, TokenProvider } from '@pinkit/http';
import type { OAuthTokens } from '@pinkit/oauth';
import type { LocatedTokenRecord, ResolvingTokenStore, TokenRecord } from '@pinkit/token-store';
import { readEnvToken } from '@pinkit/token-store/env';
import { AuthRequiredError, InputError, oneLine } from '../output/describe-error.js';
import { checkTokenText } from './check-token-text.js';
import type { PinkitConfig } from './pinkit-config.js';
import { refreshTokenWarning } from './refresh-token-warning.js';
import { signInCommand } from './sign-in-command.js';

/** Pinterest refused a refresh token (400 from the refresh grant): expired, revoked or replaced. */
export function isRefreshRefused(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'TokenExchangeError') return false;
  const { operation, status } = error as Error & { operation?: unknown; status?: unknown };
  return operation === 'refresh_token' && status === 400;
}

export type StorePreference = 'auto' | 'keychain' | 'file';

/** A stored token this close to its expiry is refreshed before a request rather than after a 401. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/** Whether a refreshable record's access token ends within `marginMs` of `now` (or has ended). */
function expiresWithin(record: TokenRecord, marginMs: number, now: number): boolean {
  if (!record.refresh_token || !record.expires_at) return false;
  const at = Date.parse(record.expires_at);
  return !Number.isNaN(at) && at - now <= marginMs;
}

export interface TokenSessionOptions {
  /** The API version, hosts, app and token directory. */
  config: PinkitConfig;
  logger: Logger;
  prefer: StorePreference;
  /** How long the browser sign-in may take, when a command has to start one. */
  timeoutMs?: number;
}

/**
 * Everything the CLI does with tokens: find one (environment, keychain, file, then the browser
 * sign-in, the quickstart's order), refresh an expired one once and save it where it came from,
 * and store new ones. The token and OAuth packages load on first use.
 */
export function createTokenSession(context: BaseContext, options: TokenSessionOptions) {
  let store: Promise<ResolvingTokenStore> | undefined;
  const { config } = options;
  const notice = (message: string) => options.logger.log(1, `note: ${message}`);

  async function openStore(): Promise<ResolvingTokenStore> {
    store ??= import('@pinkit/token-store').then(({ createTokenStore }) =>
      createTokenStore({ dir: config.tokenDir, env: context.env as NodeJS.ProcessEnv, prefer: options.prefer, onNotice: notice }),
    );
    return store;
  }

  async function oauthClient() {
    const { createOAuthClient } = await import('@pinkit/oauth');
    return createOAuthClient({
      ...config,
      ...(config.credentialSource ? { credentialSource: config.credentialSource } : {}),
      logger: options.logger,
    });
  }

  /** The browser sign-in; prints the authorize URL when no browser could be opened. */
  async function signIn(scopes: readonly string[]): Promise<OAuthTokens> {
    const { runAuthorizationCodeFlow } = await import('@pinkit/oauth');
    return runAuthorizationCodeFlow({
      config,
      version: config.apiVersion,
      scopes,
      logger: options.logger,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      onAuthorizeUrl: (url, opened) => {
        context.stderr.write(
          opened
            ? 'Waiting for you to approve access in the browser...\n'
            : `Open this URL in a browser to approve access:\n  ${url}\nWaiting for the answer...\n`,
        );
      },
    });
  }

  /**
   * Merges new tokens into a record, keeping what the answer left out (refresh token, scopes). A
   * renewed refresh token never inherits the expiry of the one it replaces, nor a new access token
   * the old one's (v3 answers carry none: the old time would have it refreshed on every run).
   */
  function toRecord(name: string, tokens: OAuthTokens, previous?: TokenRecord): TokenRecord {
    const { access_token, refresh_token, scopes, expires_at, refresh_token_expires_at } = tokens;
    const { refresh_token_expires_at: previousExpiry, expires_at: _replaced, ...kept }: Partial<TokenRecord> = previous ?? {};
    const sameRefreshToken = refresh_token === undefined || refresh_token === previous?.refresh_token;
    const refreshExpiry = refresh_token_expires_at ?? (sameRefreshToken ? previousExpiry : undefined);
    return {
      ...kept,
      name,
      access_token,
      refresh_token: refresh_token ?? previous?.refresh_token ?? null,
      scopes: scopes.length > 0 ? scopes : (previous?.scopes ?? []),
      ...(expires_at ? { expires_at } : {}),
      ...(refreshExpiry ? { refresh_token_expires_at: refreshExpiry } : {}),
    };
  }

  /** The token named `name`, refused when its text could not be sent (unless `check` is false, for a logout). */
  async function locate(name: string, { check = true } = {}): Promise<LocatedTokenRecord | undefined> {
    // The store looks in the environment first too; reading it here spares a run with ACCESS_TOKEN
    // set loading the stores and keytar (a fifth of `pinkit get-pin`'s own start-up).
    const fromEnv = readEnvToken(name, context.env);
    const located: LocatedTokenRecord | undefined = fromEnv ? { record: fromEnv, from: 'env' } : await (await openStore()).locate(name);
    if (located && check) checkTokenText(located, config.tokenDir);
    return located;
  }

  /** Refreshes a stored token and saves the result where it was found (an env token has no refresh token). */
  async function refresh(located: LocatedTokenRecord, refreshOptions: { continuous?: boolean } = {}): Promise<TokenRecord> {
    const { record, from } = located;
    if (!record.refresh_token) {
      throw new InputError(
        from === 'env'
          ? `Token "${record.name}" comes from the environment and has no refresh token; ` +
              `store one with "${signInCommand(record.name, config.apiVersion)}".`
          : `Token "${record.name}" has no refresh token; run "${signInCommand(record.name, config.apiVersion)}" again.`,
      );
    }
    const client = await oauthClient();
    const tokens =
      config.apiVersion === '5'
        ? await client.refresh({ refreshToken: record.refresh_token, ...(refreshOptions.continuous ? { continuous: true } : {}) })
        : await client.refreshV3({ refreshToken: record.refresh_token });
    const updated = toRecord(record.name, tokens, record);
    if (from !== 'env') await save(updated);
    return updated;
  }

  async function save(record: TokenRecord): Promise<string> {
    const resolving = await openStore();
    await resolving.set(record);
    return resolving.kind === 'keychain' ? 'the OS keychain' : `${config.tokenDir}/${record.name}.json`;
  }

  function warnIfRefreshTokenEnding(record: TokenRecord) {
    const warning = refreshTokenWarning(record, Date.now());
    if (warning) context.stderr.write(`warning: ${warning}\n`);
  }

  /** A provider for API clients: finds the token on first use and refreshes it once on a 401. */
  function provider(name: string, scopes: readonly string[]): TokenProvider {
    let current: Promise<LocatedTokenRecord> | undefined;
    const find = async (): Promise<LocatedTokenRecord> => {
      const found = await locate(name);
      if (found) {
        warnIfRefreshTokenEnding(found.record);
        return found;
      }
      if (!config.appId || !config.appSecret) {
        const variable = name.toUpperCase().replaceAll('-', '_');
        throw new InputError(
          `No access token named "${name}": set ${variable}, run "${signInCommand(name, config.apiVersion)}", ` +
            'or set PINTEREST_APP_ID and PINTEREST_APP_SECRET to sign in (for a local trial, "pinkit sim" prints all of these).',
        );
      }
      // A script or CI job has nobody to approve a browser page: say so at once instead of waiting.
      if (!(context.stdin as { isTTY?: boolean }).isTTY) {
        throw new AuthRequiredError(
          `No access token named "${name}", and no terminal to sign in from; run "${signInCommand(name, config.apiVersion)}" first.`,
        );
      }
      options.logger.log(1, `No stored token "${name}"; signing in with the browser.`);
      return { record: toRecord(name, await signIn(scopes)), from: 'env' };
    };
    // One refresh at a time however many requests ask (a copy runs several writers), and after a
    // failed early refresh none again: the token still works until Pinterest says otherwise.
    let refreshing: Promise<LocatedTokenRecord> | undefined;
    let earlyRefreshFailed = false;
    const refreshAhead = (located: LocatedTokenRecord): Promise<LocatedTokenRecord> =>
      (refreshing ??= (async () => {
        try {
          const next = { record: await refresh(located), from: located.from };
          options.logger.log(
            1,
            `note: refreshed "${name}" ahead of its expiry; the new token expires ${next.record.expires_at ?? 'at an unknown time'}.`,
          );
          current = Promise.resolve(next);
          return next;
        } catch (error) {
          earlyRefreshFailed = true;
          options.logger.log(1, `note: could not refresh "${name}" ahead of its expiry (${oneLine(error)}); using it until it is refused.`);
          return located;
        } finally {
          refreshing = undefined;
        }
      })());
    return {
      getAccessToken: async () => {
        const located = await (current ??= find());
        const due = !earlyRefreshFailed && expiresWithin(located.record, REFRESH_MARGIN_MS, Date.now());
        return (due ? await refreshAhead(located) : located).record.access_token;
      },
      refresh: async () => {
        const located = await (current ??= find());
        if (!located.record.refresh_token) {
          throw new Error(
            `Authentication failed - access token "${name}" was rejected (expired or revoked) and has no refresh token to renew it; ` +
              `get a new one with "${signInCommand(name, config.apiVersion)}".`,
          );
        }
        let updated: TokenRecord;
        try {
          updated = await refresh(located);
        } catch (error) {
          if (!isRefreshRefused(error)) throw error;
          // Said in one line rather than Pinterest's refusal, which would not name the way out.
          throw new Error(
            `Pinterest refused the stored token "${name}" (expired or revoked) and its refresh token; ` +
              `run "${signInCommand(name, config.apiVersion)}" to sign in again.`,
          );
        }
        current = Promise.resolve({ record: updated, from: located.from });
        return updated.access_token;
      },
    };
  }

  return { openStore, oauthClient, signIn, toRecord, locate, refresh, save, provider };
}

export type TokenSession = ReturnType<typeof createTokenSession>;
