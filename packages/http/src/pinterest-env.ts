/** Where pinkit talks to and as which app, read from the quickstart's environment variables. */
export interface PinterestEnv {
  apiUri: string;
  oauthUri: string;
  appId: string | undefined;
  appSecret: string | undefined;
  /** Which variables the app credentials came from, for the quickstart's "Using application ID..." line. */
  credentialSource: string | undefined;
  redirectUri: string;
  landingUri: string | undefined;
  tokenDir: string | undefined;
  apiVersion: '3' | '5' | undefined;
}

export const PINTEREST_API_URI = 'https://api.pinterest.com';
export const PINTEREST_SANDBOX_API_URI = 'https://api-sandbox.pinterest.com';
export const PINTEREST_OAUTH_URI = 'https://www.pinterest.com';
export const DEFAULT_REDIRECT_URI = 'http://localhost:8085/';

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * Reads the same variables as the quickstart. Version-specific app credentials
 * (`PINTEREST_V5_APP_ID`, `PINTEREST_V3_APP_SECRET`, ...) override the generic pair.
 */
export function readPinterestEnv(env: Record<string, string | undefined>, version: '3' | '5' = '5'): PinterestEnv {
  const specificId = nonEmpty(env[`PINTEREST_V${version}_APP_ID`]);
  const specificSecret = nonEmpty(env[`PINTEREST_V${version}_APP_SECRET`]);
  const specific = specificId !== undefined && specificSecret !== undefined;
  const apiVersion = nonEmpty(env.PINTEREST_API_VERSION);
  const appId = specific ? specificId : nonEmpty(env.PINTEREST_APP_ID);
  return {
    apiUri: (nonEmpty(env.PINTEREST_API_URI) ?? PINTEREST_API_URI).replace(/\/+$/, ''),
    oauthUri: (nonEmpty(env.PINTEREST_OAUTH_URI) ?? PINTEREST_OAUTH_URI).replace(/\/+$/, ''),
    appId,
    appSecret: specific ? specificSecret : nonEmpty(env.PINTEREST_APP_SECRET),
    credentialSource: appId === undefined ? undefined : specific ? `PINTEREST_V${version}_APP_ID and PINTEREST_V${version}_APP_SECRET` : 'PINTEREST_APP_ID and PINTEREST_APP_SECRET',
    redirectUri: nonEmpty(env.PINTEREST_REDIRECT_URI) ?? DEFAULT_REDIRECT_URI,
    landingUri: nonEmpty(env.REDIRECT_LANDING_URI),
    tokenDir: nonEmpty(env.PINTEREST_OAUTH_TOKEN_DIR),
    apiVersion: apiVersion === '3' || apiVersion === '5' ? apiVersion : undefined,
  };
}
