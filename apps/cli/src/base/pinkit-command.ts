import { Command, Option } from 'clipanion';
import * as t from 'typanion';
import type { V5Client } from '@pinkit/api-v5';
import type { LogLevel, Logger } from '@pinkit/http';
import { openV5 } from '../config/open-v5.js';
import { createTokenSession, type StorePreference, type TokenSession } from '../config/token-session.js';
import { describeError, exitCodeFor, InputError } from '../output/describe-error.js';
import { createOutput, type Output } from '../output/output.js';

/**
 * The options every pinkit command shares (the quickstart's `-v`, `-a`, `-l`, plus `--json`) and
 * the one place where failures become a single line on stderr and an exit code.
 */
export abstract class PinkitCommand extends Command {
  apiVersion = Option.String('-v,--api-version', {
    description: 'Pinterest API version: 5 (default) or 3; PINTEREST_API_VERSION sets the default',
  });

  accessTokenName = Option.String('-a,--access-token', 'access_token', {
    description: 'Name of the access token: the variable of that name in upper case, else the stored token',
  });

  tokenStore = Option.String('--token-store', 'auto', {
    description: 'Where tokens are stored: auto (the OS keychain when it answers, else a file), keychain or file',
    validator: t.isEnum(['auto', 'keychain', 'file']),
  });

  logLevel = Option.String('-l,--log-level', '2', {
    description: '0 critical only, 1 a bit more, 2 (default) one line per request, 3 everything; to stderr',
    validator: t.cascade(t.isNumber(), [t.isInteger(), t.isInInclusiveRange(0, 3)]),
  });

  json = Option.Boolean('--json', false, {
    description: 'Print one JSON object per line instead of the human summary',
  });

  /** Does the command's work; failures are thrown, never printed here. */
  protected abstract run(): Promise<number | void>;

  async execute(): Promise<number> {
    try {
      return (await this.run()) ?? 0;
    } catch (error) {
      this.context.stderr.write(`pinkit: ${describeError(error)}\n`);
      if (this.level() >= 3 && error instanceof Error && error.stack) this.context.stderr.write(`${error.stack}\n`);
      return exitCodeFor(error);
    }
  }

  protected level(): LogLevel {
    return Number(this.logLevel) as LogLevel;
  }

  protected version(): '3' | '5' {
    const version = this.apiVersion ?? this.context.env.PINTEREST_API_VERSION ?? '5';
    if (version !== '3' && version !== '5') throw new InputError(`Unknown API version "${version}": use 5 or 3.`);
    return version;
  }

  /** Request lines and diagnostics go to stderr so stdout stays clean for results and `--json`. */
  protected logger(): Logger {
    const level = this.level();
    return { level, log: (messageLevel, message) => void (messageLevel <= level && this.context.stderr.write(`${message}\n`)) };
  }

  private session: TokenSession | undefined;

  /** Token lookup, refresh and storage for this run. */
  protected tokens(timeoutMs?: number): TokenSession {
    this.session ??= createTokenSession(this.context, {
      version: this.version(),
      logger: this.logger(),
      prefer: this.tokenStore as StorePreference,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    return this.session;
  }

  /** Until the v3 client lands, every command speaks v5 only. */
  protected requireV5(): void {
    if (this.version() === '3') throw new InputError('API v3 is not available in this version of pinkit yet; use -v 5.');
  }

  /**
   * The v5 client for `--access-token`. `scopes` are what a browser sign-in asks for when no
   * token is found, as the quickstart's scripts do. v3 commands arrive with the v3 client.
   */
  protected async v5(scopes: readonly string[]): Promise<V5Client> {
    this.requireV5();
    return openV5(this.context, { token: this.tokens().provider(this.accessTokenName, scopes), logger: this.logger() });
  }

  protected output(): Output {
    return createOutput(this.context, { json: this.json });
  }
}

/**
 * Clipanion answers a missing required option with "Command not found"; checking here instead
 * names the option and what it is for.
 */
export function required(value: string | undefined, option: string, purpose: string): string {
  if (value === undefined || value.trim() === '') throw new InputError(`Missing ${option}: ${purpose}.`);
  return value;
}
