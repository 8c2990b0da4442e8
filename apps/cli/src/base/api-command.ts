import type { AnyAccount, Capability, ScopeOptions, V5Account } from '@pinkit/account';
import type { Logger } from '@pinkit/http';
import { createTokenSession, type StorePreference, type TokenSession } from '../config/token-session.js';
import { InputError } from '../output/describe-error.js';
import { openCliAccount } from './open-cli-account.js';
import { accessTokenOption, apiVersionOption, sandboxOption, tokenStoreOption } from './options.js';
import type { PinkitContext } from './pinkit-context.js';
import { PinkitCommand } from './pinkit-command.js';
import { refuseTokenAsName } from './refuse-token-as-name.js';
import { withAdLines, withSummaries, type AdsReading, type Reading } from './with-summaries.js';

/** How a command opens its account. */
export interface AccountRequest extends ScopeOptions {
  /** Another token name than `-a` (copy-board's source and target). */
  token?: string;
  logger?: Logger;
  /** What to use on v3 when the command is refused there, in the refusal's words. */
  instead?: string;
  /** Scopes to ask a browser sign-in for beyond the capabilities' (`pinkit api`: the operation's own). */
  extraScopes?: readonly string[];
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
   * The account of the configured version for `--access-token` (or `request.token`), for the
   * `capabilities` the command calls. A version without one of them is refused in one line naming
   * the command, before any token is looked for; a browser sign-in, when no token is found, asks
   * for the scopes those capabilities need (`@pinkit/account/scopes`).
   */
  protected async account(capabilities: readonly Capability[], request: AccountRequest = {}): Promise<AnyAccount> {
    const config = this.config();
    const { scopesFor } = await import('@pinkit/account/scopes');
    let scopes: string[];
    try {
      scopes = scopesFor(config.apiVersion === '3' ? 3 : 5, capabilities, request.secret ? { secret: true } : {});
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'UnsupportedCapabilityError') throw error;
      throw new InputError(`${this.commandName()}: API v3 never had this command; ${request.instead ?? 'it needs -v 5 (the default)'}.`);
    }
    if (request.extraScopes) scopes = [...new Set([...scopes, ...request.extraScopes])];
    const token = this.tokens().provider(request.token ?? this.accessTokenName, scopes);
    return openCliAccount(config, token, request.logger ?? this.logger(), (this.context as PinkitContext).openAccount);
  }

  /**
   * The account for a command whose `capabilities` only v5 has (get-terms), refused on v3 as
   * `account` refuses; its objects are v5's.
   */
  protected async v5Account(capabilities: readonly Capability[], request: AccountRequest = {}): Promise<V5Account> {
    const account = await this.account(capabilities, request);
    if (account.version !== 5) throw new InputError(`${this.commandName()}: API v3 never had this command; it needs -v 5 (the default).`);
    return account;
  }

  /** The account with the summaries of its version's objects (get-pin, get-board, ...). */
  protected async reading(capabilities: readonly Capability[]): Promise<Reading> {
    return withSummaries(await this.account(capabilities));
  }

  /** The account with the lines of its version's ads objects (get-ads, get-businesses). */
  protected async adsReading(capabilities: readonly Capability[]): Promise<AdsReading> {
    return withAdLines(await this.account(capabilities));
  }
}
