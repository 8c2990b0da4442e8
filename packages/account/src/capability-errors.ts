import type { ApiVersion, Capability } from './account.js';

/**
 * A capability the account's API version does not have (save a pin on v3, say). Thrown before
 * anything is sent; `instead` says what the version has in its place, when it has something.
 */
export class UnsupportedCapabilityError extends Error {
  override readonly name = 'UnsupportedCapabilityError';

  constructor(
    readonly version: ApiVersion,
    readonly capability: Capability,
    readonly instead: string,
  ) {
    super(`${capability}: API v${version} does not have it; ${instead}.`);
  }
}

/** Pinterest's API sandbox never served v3: a v3 account with `sandbox` is refused before anything is sent. */
export class SandboxVersionError extends Error {
  override readonly name = 'SandboxVersionError';

  constructor(readonly version: ApiVersion) {
    super(`Pinterest's API sandbox serves v5 only; API v${version} cannot be opened with sandbox.`);
  }
}
