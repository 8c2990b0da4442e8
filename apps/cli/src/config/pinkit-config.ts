import { InputError } from '../output/describe-error.js';
import { maskUrl } from './mask-url.js';
import { tokenDir } from './token-dir.js';

export type ApiVersion = '3' | '5';

/**
 * Where pinkit talks to, as which app, and where tokens live: the quickstart's variables, read
 * and checked once per command run. Its fields match what @pinkit/oauth's client and sign-in
 * take, so it is passed to them as is.
 */
export interface PinkitConfig {
  apiVersion: ApiVersion;
  /** API host without a version and without a trailing slash (the sandbox host with `sandbox`). */
  apiUri: string;
  /** `--sandbox` or `PINTEREST_SANDBOX=1`: requests go to Pinterest's API sandbox. */
  sandbox: boolean;
  /** Pinterest's web host, for the consent page. */
  oauthUri: string;
  appId: string | undefined;
  appSecret: string | undefined;
  /** Which variables the app credentials came from, for the quickstart's "Using application ID..." line. */
  credentialSource: string | undefined;
  redirectUri: string;
  landingUri: string | undefined;
  tokenDir: string;
  /** The proxy variables (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`, either case) the transport honours. */
  proxyEnv: Env;
  /** `PINKIT_CONNECT_TIMEOUT`, `PINKIT_HEADERS_TIMEOUT`, `PINKIT_BODY_TIMEOUT` (seconds) as the transport takes them; unset ones keep its defaults. */
  transportTimeouts: TransportTimeouts;
}

/** The transport's phase timeouts in milliseconds, as `@pinkit/http` names them (a type only: nothing loads). */
export interface TransportTimeouts {
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
}

// The real hosts; @pinkit/http exports the same values, but loading it here would cost every
// command's start-up.
const API_URI = 'https://api.pinterest.com';
const OAUTH_URI = 'https://www.pinterest.com';
const REDIRECT_URI = 'http://localhost:8085/';
const SANDBOX_API_URI = 'https://api-sandbox.pinterest.com';

type Env = Record<string, string | undefined>;

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * An http(s) URL or a one-line error naming the variable, rather than a failed request later. A
 * `base` (a host that paths are appended to) may have no query string or fragment: the paths would
 * land inside them.
 */
function httpUrl(env: Env, variable: string, fallback: string | undefined, base = false): string | undefined {
  const value = nonEmpty(env[variable]);
  if (value === undefined) return fallback;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new InputError(`${variable} must be an http:// or https:// URL (got "${maskUrl(value)}").`);
  }
  if (base && /[?#]/.test(value)) {
    throw new InputError(`${variable} must be a base URL without a query string or fragment (got "${maskUrl(value)}").`);
  }
  return value;
}

// One hour: beyond it a "timeout" no longer bounds anything a user waits for.
const MAX_TIMEOUT_SECONDS = 3600;

const TIMEOUT_VARIABLES = {
  connectTimeoutMs: 'PINKIT_CONNECT_TIMEOUT',
  headersTimeoutMs: 'PINKIT_HEADERS_TIMEOUT',
  bodyTimeoutMs: 'PINKIT_BODY_TIMEOUT',
} as const;

/** The phase timeouts set in `env`, each a number of seconds above 0 and at most an hour, or a one-line error naming the variable. */
function transportTimeouts(env: Env): TransportTimeouts {
  const timeouts: TransportTimeouts = {};
  for (const [option, variable] of Object.entries(TIMEOUT_VARIABLES) as Array<[keyof TransportTimeouts, string]>) {
    const value = nonEmpty(env[variable]);
    if (value === undefined) continue;
    const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
      throw new InputError(`${variable} must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS} (got "${value}").`);
    }
    timeouts[option] = Math.max(1, Math.round(seconds * 1000));
  }
  return timeouts;
}

function apiVersion(flag: string | undefined, env: Env): ApiVersion {
  const version = flag ?? nonEmpty(env.PINTEREST_API_VERSION) ?? '5';
  if (version !== '3' && version !== '5') throw new InputError(`Unknown API version "${version}": use 5 or 3.`);
  return version;
}

function sandboxMode(flag: boolean | undefined, env: Env): boolean {
  if (flag !== undefined) return flag;
  const value = nonEmpty(env.PINTEREST_SANDBOX)?.toLowerCase();
  if (value === undefined || value === '0' || value === 'false' || value === 'no') return false;
  if (value === '1' || value === 'true' || value === 'yes') return true;
  throw new InputError(`PINTEREST_SANDBOX must be 1 or 0 (got "${value}").`);
}

/**
 * Reads the configuration from `env`. `versionFlag` is `-v` when the command has it, `sandboxFlag`
 * `--sandbox`; in the sandbox the API host is `PINTEREST_SANDBOX_API_URI` or Pinterest's sandbox. Version-
 * specific app credentials (`PINTEREST_V5_APP_ID` and `_SECRET`, both set) override the generic
 * pair, as in the quickstart.
 */
export function readPinkitConfig(env: Env, versionFlag?: string, sandboxFlag?: boolean): PinkitConfig {
  const version = apiVersion(versionFlag, env);
  const sandbox = sandboxMode(sandboxFlag, env);
  const specificId = nonEmpty(env[`PINTEREST_V${version}_APP_ID`]);
  const specificSecret = nonEmpty(env[`PINTEREST_V${version}_APP_SECRET`]);
  const specific = specificId !== undefined && specificSecret !== undefined;
  const appId = specific ? specificId : nonEmpty(env.PINTEREST_APP_ID);
  const pair = specific ? `PINTEREST_V${version}_APP_ID and PINTEREST_V${version}_APP_SECRET` : 'PINTEREST_APP_ID and PINTEREST_APP_SECRET';
  return {
    apiVersion: version,
    apiUri: (sandbox
      ? httpUrl(env, 'PINTEREST_SANDBOX_API_URI', SANDBOX_API_URI, true)
      : httpUrl(env, 'PINTEREST_API_URI', API_URI, true))!.replace(/\/+$/, ''),
    sandbox,
    oauthUri: httpUrl(env, 'PINTEREST_OAUTH_URI', OAUTH_URI, true)!.replace(/\/+$/, ''),
    appId,
    appSecret: specific ? specificSecret : nonEmpty(env.PINTEREST_APP_SECRET),
    credentialSource: appId === undefined ? undefined : pair,
    // Checked by @pinkit/oauth when a sign-in needs it, which can say what a loopback address needs.
    redirectUri: nonEmpty(env.PINTEREST_REDIRECT_URI) ?? REDIRECT_URI,
    landingUri: httpUrl(env, 'REDIRECT_LANDING_URI', undefined),
    tokenDir: tokenDir(env),
    proxyEnv: Object.fromEntries(PROXY_VARIABLES.filter((name) => env[name] !== undefined).map((name) => [name, env[name]])),
    transportTimeouts: transportTimeouts(env),
  };
}
