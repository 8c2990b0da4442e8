import type { Logger, ProxyEnv, TokenProvider, TransportTimeouts } from '@pinkit/http';
import type { AnyAccount, ApiVersion } from './account.js';

/** How to reach one Pinterest account. */
export interface OpenAccountOptions {
  /** The API version to speak: 5, or the retired 3 for the tools built on it. */
  version: ApiVersion;
  /** An access token, or a provider that can renew it (asked again after a 401). */
  token: string | TokenProvider;
  /** API host without a version (default https://api.pinterest.com, or the sandbox's with `sandbox`). */
  apiUri?: string | undefined;
  /** Talk to Pinterest's API sandbox; it serves v5 only, so v3 with `sandbox` is refused (`SandboxVersionError`). */
  sandbox?: boolean | undefined;
  /** Where request lines go (secrets redacted); nothing is logged without one. */
  logger?: Logger | undefined;
  /** `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY` (either case), usually `process.env`. */
  proxyEnv?: ProxyEnv | undefined;
  /** Bounds on connecting, the answer's headers and its body. */
  transportTimeouts?: TransportTimeouts | undefined;
  /** The `User-Agent` of every request. */
  userAgent?: string | undefined;
}

/** Opens an account: `openAccount` itself, or a fake one in a front-end's tests. */
export type AccountOpener = (options: OpenAccountOptions) => Promise<AnyAccount>;
