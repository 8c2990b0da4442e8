import type { Logger, TokenProvider } from '@pinkit/http';
import { openAdsReading, type AdsReading } from '../api/open-ads-api.js';
import { openAnalytics, openApi, openBoardDeleting, openCopying, openReading, type Copying, type Reading } from '../api/open-api.js';
import type { AnalyticsApi, BoardDeletingApi, PinterestApi } from '../api/pinterest-api.js';
import { requireV5 } from '../api/require-v5.js';
import { createTokenSession, type StorePreference, type TokenSession } from '../config/token-session.js';
import { accessTokenOption, apiVersionOption, sandboxOption, tokenStoreOption } from './options.js';
import { PinkitCommand } from './pinkit-command.js';
import { refuseTokenAsName } from './refuse-token-as-name.js';

/** The scopes a command's browser sign-in asks for, per API version. */
interface VersionScopes {
  v5: readonly string[];
  v3: readonly string[];
}

/**
 * A command that calls Pinterest with a stored or given token: adds `-v`, `-a` and
 * `--token-store`, the token session and the API for the configured version.
 */
export abstract class ApiCommand extends PinkitCommand {
  apiVersion = apiVersionOption();

  accessTokenName = accessTokenOption();

  tokenStore = tokenStoreOption();

  sandbox = sandboxOption();

  protected override versionFlag(): string | undefined {
    return this.apiVersion;
  }

  protected override sandboxFlag(): boolean | undefined {
    return this.sandbox;
  }

  private session: TokenSession | undefined;

  /** Token lookup, refresh and storage for this run. */
  protected tokens(timeoutMs?: number): TokenSession {
    refuseTokenAsName(this.accessTokenName, '-a/--access-token');
    this.session ??= createTokenSession(this.context, {
      config: this.config(),
      logger: this.logger(),
      prefer: this.tokenStore as StorePreference,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    return this.session;
  }

  /** The command as the user typed it (`auth status`), for messages. */
  protected commandName(): string {
    return this.path.join(' ');
  }

  /**
   * Refuses the versions this command is not available on: v3, for a command that API v3 never
   * had, in one line naming the command.
   */
  protected requireAvailableVersion(): void {
    requireV5(this.config().apiVersion, this.commandName());
  }

  /**
   * The v5 API for `--access-token` (or `token`), refusing v3 as a command v3 never had does; a
   * command that v3 had opens its own v3 client. `scopes` are what a browser sign-in asks for
   * when no token is found, as the quickstart's scripts do.
   */
  protected async api(scopes: readonly string[], options: { token?: string; logger?: Logger } = {}): Promise<PinterestApi> {
    this.requireAvailableVersion();
    const logger = options.logger ?? this.logger();
    return openApi(this.config(), this.tokens().provider(options.token ?? this.accessTokenName, scopes), logger, this.commandName());
  }

  /**
   * The reads of the configured version, v3 included, with the summaries of its objects (get-pin,
   * get-board, ...). A browser sign-in asks for the scopes of that version.
   */
  protected async reading(scopes: VersionScopes): Promise<Reading> {
    return openReading(this.config(), this.versionToken(scopes), this.logger());
  }

  /** The ads tree and linked businesses of the configured version, v3 included, with the lines of its objects (get-ads, get-businesses). */
  protected async adsReading(scopes: VersionScopes): Promise<AdsReading> {
    return openAdsReading(this.config(), this.versionToken(scopes), this.logger());
  }

  /**
   * The token of `--access-token` (or `name`); a browser sign-in, when none is found, asks for the
   * scopes of the configured version.
   */
  private versionToken(scopes: VersionScopes, name = this.accessTokenName): TokenProvider {
    return this.tokens().provider(name, this.config().apiVersion === '3' ? scopes.v3 : scopes.v5);
  }

  /** The analytics of the configured version, v3 included (get-analytics, analytics-api-example). */
  protected async analyticsApi(scopes: VersionScopes): Promise<AnalyticsApi> {
    return openAnalytics(this.config(), this.versionToken(scopes), this.logger());
  }

  /**
   * copy-pin's and copy-board's API for `--access-token` (or `token`), v3 included. A browser
   * sign-in asks for the scopes of the configured version.
   */
  protected async copying(scopes: VersionScopes, options: { token?: string; logger?: Logger } = {}): Promise<Copying> {
    return openCopying(this.config(), this.versionToken(scopes, options.token), options.logger ?? this.logger());
  }

  /** delete-board's API, v3 included. */
  protected async boardDeleting(scopes: VersionScopes): Promise<BoardDeletingApi> {
    return openBoardDeleting(this.config(), this.versionToken(scopes), this.logger());
  }
}
