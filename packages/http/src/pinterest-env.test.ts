import { describe, expect, it } from 'vitest';
import { readPinterestEnv } from './pinterest-env.js';

describe('readPinterestEnv', () => {
  it('defaults to the real Pinterest hosts and the quickstart redirect URI', () => {
    expect(readPinterestEnv({})).toMatchObject({
      apiUri: 'https://api.pinterest.com',
      oauthUri: 'https://www.pinterest.com',
      redirectUri: 'http://localhost:8085/',
      appId: undefined,
    });
  });

  it('lets version-specific credentials override the generic pair', () => {
    const env = { PINTEREST_APP_ID: 'g', PINTEREST_APP_SECRET: 'gs', PINTEREST_V3_APP_ID: 'v3', PINTEREST_V3_APP_SECRET: 'v3s' };
    expect(readPinterestEnv(env, '3')).toMatchObject({ appId: 'v3', appSecret: 'v3s', credentialSource: 'PINTEREST_V3_APP_ID and PINTEREST_V3_APP_SECRET' });
    expect(readPinterestEnv(env, '5')).toMatchObject({ appId: 'g', appSecret: 'gs', credentialSource: 'PINTEREST_APP_ID and PINTEREST_APP_SECRET' });
  });

  it('reads the hosts from PINTEREST_API_URI and PINTEREST_OAUTH_URI without a trailing slash', () => {
    expect(readPinterestEnv({ PINTEREST_API_URI: 'http://127.0.0.1:9/', PINTEREST_OAUTH_URI: 'http://127.0.0.1:9' })).toMatchObject({
      apiUri: 'http://127.0.0.1:9',
      oauthUri: 'http://127.0.0.1:9',
    });
  });
});
