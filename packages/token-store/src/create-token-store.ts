import { access } from 'node:fs/promises';
import { argumentsOf } from '@pinkit/arguments';
import { assertTokenName } from './assert-token-name.js';
import { checkTokenRecord } from './check-token-record.js';
import { createEnvStore } from './create-env-store.js';
import { createFileStore, MAX_PATH_LENGTH } from './create-file-store.js';
import { createKeychainStore } from './create-keychain-store.js';
import { KeychainUnavailableError } from './errors.js';
import type {
  KeychainState,
  LocatedTokenRecord,
  NoticeHandler,
  ResolvingTokenStore,
  ScanningTokenStore,
  TokenRecord,
  TokenScan,
  TokenStore,
  TokenSurvey,
} from './types.js';

const PREFERENCES = ['auto', 'keychain', 'file'] as const;
const surveyCheck = argumentsOf('tokenStore.survey');

export interface TokenStoreOptions {
  /** The token directory: PINTEREST_OAUTH_TOKEN_DIR or the CLI's default. */
  dir: string;
  /** Where token variables are looked up; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /**
   * Where `set()` writes. 'auto' (default): the keychain when it answers, else the file with a
   * notice. 'keychain': the keychain or KeychainUnavailableError. 'file': the file, and the
   * keychain is not consulted at all, so a stale keychain copy cannot shadow the file.
   */
  prefer?: 'auto' | 'keychain' | 'file';
  /** The keychain store; createKeychainStore() by default. */
  keychain?: TokenStore;
  /** Told about fallbacks, shadowed copies and loose permissions; never given a secret. */
  onNotice?: NoticeHandler;
}

/**
 * The store the CLI uses. Lookups go environment, keychain, file (the quickstart's order with
 * the keychain slotted in), so tokens the quickstart wrote keep working. A keychain that does
 * not answer is skipped for reads; `kind` says where writes currently go.
 */
export function createTokenStore(options: TokenStoreOptions): ResolvingTokenStore {
  const check = argumentsOf('createTokenStore');
  check.object(options, 'options');
  check.string(options.dir, 'options.dir', { maxLength: MAX_PATH_LENGTH, singleLine: true });
  check.object(options.env, 'options.env', { optional: true });
  // A misspelt choice must not quietly become the default: 'zzz' is not 'auto'.
  const prefer = check.oneOf(options.prefer, 'options.prefer', PREFERENCES, { optional: true }) ?? 'auto';
  const given = check.object(options.keychain, 'options.keychain', { optional: true });
  if (given) for (const method of ['get', 'set', 'delete', 'list']) check.function(given[method], `options.keychain.${method}`);
  check.function(options.onNotice, 'options.onNotice', { optional: true });
  const notice = options.onNotice ?? (() => undefined);
  const envStore = createEnvStore({ env: options.env });
  const fileStore = createFileStore({ dir: options.dir, onNotice: notice });
  const keychain = prefer === 'file' ? undefined : (options.keychain ?? createKeychainStore({ onNotice: notice }));
  let keychainDown = false;

  const fromKeychain = async <T>(operation: (store: TokenStore) => Promise<T>, fallback: T): Promise<T> => {
    if (!keychain) return fallback;
    try {
      return await operation(keychain);
    } catch (error) {
      if (!(error instanceof KeychainUnavailableError)) throw error;
      keychainDown = true;
      return fallback;
    }
  };

  const locate = async (name: string): Promise<LocatedTokenRecord | undefined> => {
    assertTokenName(name);
    const fromEnv = await envStore.get(name);
    if (fromEnv) return { record: fromEnv, from: 'env' };
    const fromKeychainStore = await fromKeychain((store) => store.get(name), undefined);
    if (fromKeychainStore) return { record: fromKeychainStore, from: 'keychain' };
    const fromFile = await fileStore.get(name);
    if (fromFile) return { record: fromFile, from: 'file' };
    return undefined;
  };

  const listLocated = async (): Promise<LocatedTokenRecord[]> => {
    const stored = new Map<string, LocatedTokenRecord>();
    for (const record of await fileStore.list()) stored.set(record.name, { record, from: 'file' });
    // Keychain copies replace file copies of the same name, as in locate().
    for (const record of await fromKeychain((store) => store.list(), [])) stored.set(record.name, { record, from: 'keychain' });
    const located: LocatedTokenRecord[] = [];
    for (const [name, entry] of [...stored].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const fromEnv = await envStore.get(name);
      located.push(fromEnv ? { record: fromEnv, from: 'env' } : entry);
    }
    return located;
  };

  const survey = async (names: readonly string[]): Promise<TokenSurvey> => {
    surveyCheck.array(names, 'names', { maxLength: 1000 });
    names.forEach((name) => assertTokenName(name));
    const files = await fileStore.scan();
    let keychainScan: TokenScan = { records: [], skipped: [] };
    let state: KeychainState = { state: keychain ? 'read' : 'not-asked' };
    if (keychain) {
      try {
        keychainScan = isScanning(keychain) ? await keychain.scan() : { records: await keychain.list(), skipped: [] };
      } catch (error) {
        if (!(error instanceof KeychainUnavailableError)) throw error;
        keychainDown = true;
        state = { state: 'unavailable', error };
      }
    }
    const stored = new Map<string, LocatedTokenRecord>();
    for (const record of files.records) stored.set(record.name, { record, from: 'file' });
    for (const record of keychainScan.records) stored.set(record.name, { record, from: 'keychain' });
    const tokens: LocatedTokenRecord[] = [];
    for (const name of [...new Set([...stored.keys(), ...names])].sort()) {
      const fromEnv = await envStore.get(name);
      const entry = fromEnv ? { record: fromEnv, from: 'env' as const } : stored.get(name);
      if (entry) tokens.push(entry);
    }
    return { tokens, skipped: [...keychainScan.skipped, ...files.skipped], keychain: state };
  };

  const setInFile = async (record: TokenRecord, why?: KeychainUnavailableError): Promise<void> => {
    // Said before the write, as gh does: the user learns where the secret goes, in plain text, and the way to the keychain.
    if (why) {
      notice(
        `No OS keychain answered (${why.detail}); keeping token "${record.name}" in plain text in ${fileStore.pathOf(record.name)} ` +
          `(mode 0600). To keep tokens in the keychain instead: ${why.advice}.`,
      );
    }
    await fileStore.set(record);
  };

  const setPreferred = async (record: TokenRecord): Promise<void> => {
    if (!keychain) return setInFile(record);
    try {
      await keychain.set(record);
    } catch (error) {
      if (!(error instanceof KeychainUnavailableError) || prefer === 'keychain') throw error;
      keychainDown = true;
      return setInFile(record, error);
    }
    const file = fileStore.pathOf(record.name);
    if (await exists(file)) {
      notice(
        `Token "${record.name}" saved to the OS keychain; ` +
          `the older copy in ${file} is now shadowed (quickstart scripts still read that file).`,
      );
    }
  };

  return {
    get kind() {
      return prefer === 'file' || keychainDown ? ('file' as const) : ('keychain' as const);
    },
    locate,
    listLocated,
    survey,

    async assertWritable(name) {
      assertTokenName(name);
      // A read answers the same question without writing: keytar fails or times out the same way.
      if (keychain && prefer === 'keychain') await keychain.get(name);
    },

    async get(name) {
      return (await locate(name))?.record;
    },

    async list() {
      return (await listLocated()).map((entry) => entry.record);
    },

    async set(record) {
      checkTokenRecord(record);
      await setPreferred(record);
      if (await envStore.get(record.name)) {
        notice(
          `Token "${record.name}" was saved, but the environment variable ${record.name.toUpperCase()} is set and will be used instead.`,
        );
      }
    },

    async delete(name) {
      assertTokenName(name);
      let removed = false;
      if (keychain) {
        try {
          removed = await keychain.delete(name);
        } catch (error) {
          if (!(error instanceof KeychainUnavailableError) || prefer === 'keychain') throw error;
          keychainDown = true;
          notice(`No OS keychain answered (${error.detail}); a copy of token "${name}" there, if any, was not removed.`);
        }
      }
      removed = (await fileStore.delete(name)) || removed;
      if (await envStore.get(name)) {
        notice(`Token "${name}" is still set in the environment variable ${name.toUpperCase()} and will keep being used.`);
      }
      return removed;
    },
  };
}

function isScanning(store: TokenStore): store is ScanningTokenStore {
  return typeof (store as Partial<ScanningTokenStore>).scan === 'function';
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
