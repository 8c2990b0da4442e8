import { argumentsOf } from '@pinkit/arguments';
import { assertTokenName, isTokenName } from './assert-token-name.js';
import { checkTokenRecord } from './check-token-record.js';
import { CorruptKeychainEntryError, keychainAdvice, KeychainUnavailableError, type KeychainUnavailableReason } from './errors.js';
import { KEYTAR_INSTALLS, keytarInstallOf, type KeytarInstall } from './keytar-install.js';
import { loadKeytar, type KeytarLike } from './load-keytar.js';
import { parseTokenRecord } from './parse-token-record.js';
import { serializeTokenRecord } from './serialize-token-record.js';
import type { NoticeHandler, ScanningTokenStore, SkippedEntry, TokenRecord, TokenScan } from './types.js';
import { TimeoutExpired, withTimeout } from './with-timeout.js';

export interface KeychainStoreOptions {
  /** The keychain service the tokens are filed under; 'pinkit' by default. */
  service?: string;
  /** How long one keychain call may take before the keychain counts as unavailable; 1500 by default. */
  timeoutMs?: number;
  /** Supplies keytar; the default imports the optional `keytar` package on first use. */
  loadKeytar?: () => Promise<KeytarLike>;
  /** Told about entries `list()` skipped. */
  onNotice?: NoticeHandler;
  /** How keytar is installed, for the advice when it is missing or unbuilt; found from this package's path by default. */
  install?: KeytarInstall;
}

/**
 * Tokens in the OS keychain through keytar (macOS Keychain, Windows Credential Vault, the
 * Secret Service on Linux): account = token name, secret = the record as JSON. When keytar is
 * missing, fails, or does not answer within `timeoutMs` (libsecret can wait forever for a D-Bus
 * session that never answers), every call throws KeychainUnavailableError; this instance then
 * remembers that and stops asking.
 */
export function createKeychainStore(options: KeychainStoreOptions = {}): ScanningTokenStore {
  const check = argumentsOf('createKeychainStore');
  check.object(options, 'options');
  check.string(options.service, 'options.service', { optional: true, maxLength: 256, singleLine: true });
  // A keychain call is a local one: a minute is far past any that will ever answer.
  check.integer(options.timeoutMs, 'options.timeoutMs', { optional: true, min: 1, max: 60_000 });
  check.function(options.loadKeytar, 'options.loadKeytar', { optional: true });
  check.function(options.onNotice, 'options.onNotice', { optional: true });
  check.oneOf(options.install, 'options.install', KEYTAR_INSTALLS, { optional: true });
  const service = options.service ?? 'pinkit';
  const timeoutMs = options.timeoutMs ?? 1500;
  const load = options.loadKeytar ?? loadKeytar;
  const notice = options.onNotice ?? (() => undefined);
  const install = options.install ?? keytarInstallOf();
  let keytar: Promise<KeytarLike> | undefined;
  let unavailable: KeychainUnavailableError | undefined;

  const call = async <T>(operation: (keytar: KeytarLike) => Promise<T>): Promise<T> => {
    if (unavailable) throw unavailable;
    const attempt = async (): Promise<T> => {
      let loaded: KeytarLike;
      try {
        loaded = await (keytar ??= load());
      } catch (error) {
        throw keytarLoadFailure(error, service, install);
      }
      return operation(loaded);
    };
    try {
      return await withTimeout(attempt, timeoutMs);
    } catch (error) {
      unavailable = toUnavailable(error, service, install);
      throw unavailable;
    }
  };

  const get = async (name: string): Promise<TokenRecord | undefined> => {
    assertTokenName(name);
    const secret = await call((keytar) => keytar.getPassword(service, name));
    if (secret === null) return undefined;
    const parsed = parseTokenRecord(secret, name);
    if (!parsed.ok) throw new CorruptKeychainEntryError(service, name, parsed.reason);
    return parsed.record;
  };

  const scan = async (): Promise<TokenScan> => {
    const credentials = await call((keytar) => keytar.findCredentials(service));
    const records: TokenRecord[] = [];
    const skipped: SkippedEntry[] = [];
    for (const { account, password } of [...credentials].sort((a, b) => a.account.localeCompare(b.account))) {
      const parsed = isTokenName(account) ? parseTokenRecord(password, account) : undefined;
      if (parsed?.ok) {
        records.push(parsed.record);
        continue;
      }
      const reason = parsed?.reason ?? 'not a usable token name';
      notice(`Skipped keychain entry "${account}" of service "${service}": ${reason}.`);
      if (parsed) skipped.push({ kind: 'keychain', name: account, where: `keychain service "${service}"`, reason });
    }
    return { records, skipped };
  };

  return {
    kind: 'keychain',
    get,

    async set(record) {
      checkTokenRecord(record);
      const secret = serializeTokenRecord(record, await get(record.name));
      await call((keytar) => keytar.setPassword(service, record.name, secret));
    },

    async delete(name) {
      assertTokenName(name);
      return call((keytar) => keytar.deletePassword(service, name));
    },

    async list() {
      return (await scan()).records;
    },

    scan,
  };
}

/** Tells the three ways loading keytar fails apart by the loader's error, since each has its own fix. */
function keytarLoadFailure(error: unknown, service: string, install: KeytarInstall): KeychainUnavailableError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const [reason, detail]: [KeychainUnavailableReason, string] = /libsecret/i.test(message)
    ? ['library-missing', 'keytar is built but the libsecret library is missing']
    : (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /['"]keytar['"]/.test(message)
      ? ['module-missing', 'the optional keytar package is not installed']
      : ['not-built', 'keytar is installed but its native module was not built'];
  return new KeychainUnavailableError({ service, reason, detail, advice: keychainAdvice(reason, install), cause: error });
}

function toUnavailable(error: unknown, service: string, install: KeytarInstall): KeychainUnavailableError {
  if (error instanceof KeychainUnavailableError) return error;
  if (error instanceof TimeoutExpired) {
    return new KeychainUnavailableError({ service, reason: 'timeout', detail: error.message, advice: keychainAdvice('timeout', install) });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new KeychainUnavailableError({ service, reason: 'error', detail, advice: keychainAdvice('error', install), cause: error });
}
