import type { KeytarInstall } from './keytar-install.js';
import type { StoreKind } from './types.js';

/** Base of every error this package throws, so callers can catch token-store failures at once. */
export class TokenStoreError extends Error {
  override name = 'TokenStoreError';
}

/**
 * A token name that cannot be a file name. Names become `<dir>/<name>.json` and an environment
 * variable, so only letters, digits, `_` and `-` are allowed; anything else could leave the directory.
 */
export class InvalidTokenNameError extends TokenStoreError {
  override name = 'InvalidTokenNameError';
  /** The rejected name, or undefined when it was too long to be a name (it may be a pasted token). */
  readonly tokenName: string | undefined;

  constructor(message: string, tokenName: string | undefined) {
    super(message);
    this.tokenName = tokenName;
  }
}

/**
 * A token file that is not a token record: not JSON, or JSON without an `access_token`.
 * The file is left as it is; `set()` refuses to replace it until it is deleted.
 */
export class CorruptTokenFileError extends TokenStoreError {
  override name = 'CorruptTokenFileError';
  readonly file: string;
  /** What is wrong, without any of the file's content (it may hold a secret). */
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(
      `Token file ${file} is not a token record (${reason}). It was left untouched: ` + `fix it, or delete it and store the token again.`,
    );
    this.file = file;
    this.reason = reason;
  }
}

/** A keychain entry under the pinkit service that does not hold a token record. */
export class CorruptKeychainEntryError extends TokenStoreError {
  override name = 'CorruptKeychainEntryError';
  readonly service: string;
  readonly account: string;
  readonly reason: string;

  constructor(service: string, account: string, reason: string) {
    super(
      `Keychain entry "${account}" of service "${service}" is not a token record (${reason}). ` +
        `It was left untouched: delete it and store the token again.`,
    );
    this.service = service;
    this.account = account;
    this.reason = reason;
  }
}

/** A write or delete on a store that can only be read (the environment). */
export class ReadOnlyStoreError extends TokenStoreError {
  override name = 'ReadOnlyStoreError';
  readonly kind: StoreKind;
  readonly operation: 'set' | 'delete';

  constructor(kind: StoreKind, operation: 'set' | 'delete', message: string) {
    super(message);
    this.kind = kind;
    this.operation = operation;
  }
}

/** Why no keychain could be used. */
export type KeychainUnavailableReason =
  /** The optional keytar package is not installed. */
  | 'module-missing'
  /** keytar is installed but its native module was not built (pnpm 10 skips unapproved builds). */
  | 'not-built'
  /** keytar is built but the system library it links (libsecret on Linux) is missing. */
  | 'library-missing'
  /** No Secret Service answered in time, e.g. a D-Bus session without a keyring daemon. */
  | 'timeout'
  /** The keychain answered with an error, e.g. no D-Bus session at all. */
  | 'error';

const BUILD_NEEDS = 'on Linux the build needs libsecret-1-dev and a C++ compiler';

// Each reason has its own fix, and installing or building keytar has one per install kind; a
// user told to start gnome-keyring when keytar was never built would start it and still get no
// keychain.
const INSTALL_ADVICE: Record<KeytarInstall, { install: string; build: string }> = {
  'npm-global': {
    install: 'Install keytar globally, where the global pinkit finds it (npm i -g keytar)',
    build: `Build keytar (npm rebuild -g keytar; ${BUILD_NEEDS})`,
  },
  npm: { install: 'Install the optional keytar package (npm install keytar)', build: `Build keytar (npm rebuild keytar; ${BUILD_NEEDS})` },
  pnpm: {
    install: 'Install the optional keytar package (pnpm add keytar)',
    build: `Build keytar (pnpm approve-builds, since pnpm 10 builds only approved packages, then pnpm rebuild keytar; ${BUILD_NEEDS})`,
  },
  source: {
    install: `Reinstall with pnpm install once keytar can build (${BUILD_NEEDS})`,
    build: `Build keytar (pnpm rebuild keytar; ${BUILD_NEEDS})`,
  },
};

const SYSTEM_ADVICE: Record<Exclude<KeychainUnavailableReason, 'module-missing' | 'not-built'>, string> = {
  'library-missing': 'Install libsecret (Debian and Ubuntu: apt-get install libsecret-1-0; Fedora: dnf install libsecret)',
  timeout: 'Start a Secret Service such as gnome-keyring in your D-Bus session (on macOS and Windows the system keychain is used)',
  error:
    'Check that a D-Bus session with a Secret Service such as gnome-keyring is running (on macOS and Windows the system keychain is used)',
};

/** What the user can do about a keychain that cannot be used for `reason`, for keytar installed as `install`. */
export function keychainAdvice(reason: KeychainUnavailableReason, install: KeytarInstall): string {
  if (reason === 'module-missing') return INSTALL_ADVICE[install].install;
  if (reason === 'not-built') return INSTALL_ADVICE[install].build;
  return SYSTEM_ADVICE[reason];
}

/** No OS keychain can be used; the resolving store falls back to files when allowed to. */
export class KeychainUnavailableError extends TokenStoreError {
  override name = 'KeychainUnavailableError';
  readonly service: string;
  readonly reason: KeychainUnavailableReason;
  /** A short explanation for people, e.g. the keychain's own error message. */
  readonly detail: string;
  /** The fix, for the way keytar was installed (keychainAdvice). */
  readonly advice: string;

  constructor(init: { service: string; reason: KeychainUnavailableReason; detail: string; advice: string; cause?: unknown }) {
    super(`No OS keychain answered (${init.detail}). ${init.advice}, or store tokens in files instead.`, { cause: init.cause });
    this.service = init.service;
    this.reason = init.reason;
    this.detail = init.detail;
    this.advice = init.advice;
  }
}
