import type { Logger } from '@pinkit/http';
import {
  openApi,
  openBoardDeleting,
  openCopying,
  openReading,
  requireAvailableVersion,
  type Copying,
  type Reading,
} from '../api/open-api.js';
import type { BoardDeletingApi, PinterestApi } from '../api/pinterest-api.js';
import { createTokenSession, type StorePreference, type TokenSession } from '../config/token-session.js';
import { accessTokenOption, apiVersionOption, sandboxOption, tokenStoreOption } from './options.js';
import { PinkitCommand } from './pinkit-command.js';
import { refuseTokenAsName } from './refuse-token-as-name.js';

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

  /** For commands that need no API client but still only work with the versions pinkit speaks. */
  protected requireAvailableVersion(): void {
    requireAvailableVersion(this.config().apiVersion);
  }

  /**
   * The API for `--access-token` (or `token`). `scopes` are what a browser sign-in asks for when
   * no token is found, as the quickstart's scripts do.
   */
  protected async api(scopes: readonly string[], options: { token?: string; logger?: Logger } = {}): Promise<PinterestApi> {
    this.requireAvailableVersion();
    const logger = options.logger ?? this.logger();
    return openApi(this.config(), this.tokens().provider(options.token ?? this.accessTokenName, scopes), logger);
  }

  /**
   * The reads of the configured version, v3 included, with the summaries of its objects (get-pin,
   * get-board, ...). A browser sign-in asks for the scopes of that version.
   */
  protected async reading(scopes: { v5: readonly string[]; v3: readonly string[] }): Promise<Reading> {
    const config = this.config();
    const provider = this.tokens().provider(this.accessTokenName, config.apiVersion === '3' ? scopes.v3 : scopes.v5);
    return openReading(config, provider, this.logger());
  }

  /**
   * copy-pin's and copy-board's API for `--access-token` (or `token`), v3 included. A browser
   * sign-in asks for the scopes of the configured version.
   */
  protected async copying(
    scopes: { v5: readonly string[]; v3: readonly string[] },
    options: { token?: string; logger?: Logger } = {},
  ): Promise<Copying> {
    const config = this.config();
    const provider = this.tokens().provider(options.token ?? this.accessTokenName, config.apiVersion === '3' ? scopes.v3 : scopes.v5);
    return openCopying(config, provider, options.logger ?? this.logger());
  }

  /** delete-board's API, v3 included. */
  protected async boardDeleting(scopes: { v5: readonly string[]; v3: readonly string[] }): Promise<BoardDeletingApi> {
    const config = this.config();
    const provider = this.tokens().provider(this.accessTokenName, config.apiVersion === '3' ? scopes.v3 : scopes.v5);
    return openBoardDeleting(config, provider, this.logger());
  }
}
