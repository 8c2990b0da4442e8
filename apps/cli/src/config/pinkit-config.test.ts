import { describe, expect, it } from 'vitest';
import { readPinkitConfig } from './pinkit-config.js';

describe('readPinkitConfig', () => {
  it('defaults to API v5, the real Pinterest hosts and the quickstart redirect URI', () => {
    expect(readPinkitConfig({ HOME: '/home/u' })).toEqual({
      apiVersion: '5',
      apiUri: 'https://api.pinterest.com',
      sandbox: false,
      oauthUri: 'https://www.pinterest.com',
      appId: undefined,
      appSecret: undefined,
      credentialSource: undefined,
      redirectUri: 'http://localhost:8085/',
      landingUri: undefined,
      tokenDir: '/home/u/.config/pinkit/tokens',
      proxyEnv: {},
      transportTimeouts: {},
    });
  });

  it("aims at Pinterest's sandbox with --sandbox or PINTEREST_SANDBOX, and PINTEREST_SANDBOX_API_URI moves it", () => {
    const env = { PINTEREST_API_URI: 'http://127.0.0.1:9' };
    expect(readPinkitConfig(env, undefined, true)).toMatchObject({ sandbox: true, apiUri: 'https://api-sandbox.pinterest.com' });
    expect(readPinkitConfig({ ...env, PINTEREST_SANDBOX: '1' })).toMatchObject({
      sandbox: true,
      apiUri: 'https://api-sandbox.pinterest.com',
    });
    expect(readPinkitConfig({ ...env, PINTEREST_SANDBOX: '1' }, undefined, false)).toMatchObject({
      sandbox: false,
      apiUri: 'http://127.0.0.1:9',
    });
    expect(readPinkitConfig({ PINTEREST_SANDBOX: 'true', PINTEREST_SANDBOX_API_URI: 'http://127.0.0.1:8/' }).apiUri).toBe(
      'http://127.0.0.1:8',
    );
    expect(readPinkitConfig({ PINTEREST_SANDBOX: '0' }).sandbox).toBe(false);
    expect(() => readPinkitConfig({ PINTEREST_SANDBOX: 'maybe' })).toThrow('PINTEREST_SANDBOX must be 1 or 0 (got "maybe").');
  });

  it('takes the version from -v before PINTEREST_API_VERSION', () => {
    expect(readPinkitConfig({ PINTEREST_API_VERSION: '3' }).apiVersion).toBe('3');
    expect(readPinkitConfig({ PINTEREST_API_VERSION: '3' }, '5').apiVersion).toBe('5');
  });

  it('refuses an unknown version in one line', () => {
    expect(() => readPinkitConfig({}, '4')).toThrow('Unknown API version "4": use 5 or 3.');
    expect(() => readPinkitConfig({ PINTEREST_API_VERSION: 'v5' })).toThrow(expect.objectContaining({ name: 'InputError' }));
  });

  it('lets version-specific credentials override the generic pair', () => {
    const env = { PINTEREST_APP_ID: 'g', PINTEREST_APP_SECRET: 'gs', PINTEREST_V3_APP_ID: 'v3', PINTEREST_V3_APP_SECRET: 'v3s' };
    expect(readPinkitConfig(env, '3')).toMatchObject({ appId: 'v3', appSecret: 'v3s' });
    expect(readPinkitConfig(env, '3').credentialSource).toBe('PINTEREST_V3_APP_ID and PINTEREST_V3_APP_SECRET');
    expect(readPinkitConfig(env, '5')).toMatchObject({ appId: 'g', appSecret: 'gs' });
    expect(readPinkitConfig(env, '5').credentialSource).toBe('PINTEREST_APP_ID and PINTEREST_APP_SECRET');
  });

  it('uses a version-specific pair only when both halves are set', () => {
    const env = { PINTEREST_APP_ID: 'g', PINTEREST_APP_SECRET: 'gs', PINTEREST_V5_APP_ID: 'v5' };
    expect(readPinkitConfig(env)).toMatchObject({ appId: 'g', appSecret: 'gs' });
  });

  it('reads the hosts from PINTEREST_API_URI and PINTEREST_OAUTH_URI without a trailing slash', () => {
    expect(readPinkitConfig({ PINTEREST_API_URI: 'http://127.0.0.1:9/', PINTEREST_OAUTH_URI: ' http://127.0.0.1:9 ' })).toMatchObject({
      apiUri: 'http://127.0.0.1:9',
      oauthUri: 'http://127.0.0.1:9',
    });
  });

  it('names the variable that holds something other than an http(s) URL', () => {
    expect(() => readPinkitConfig({ PINTEREST_API_URI: 'api.pinterest.com' })).toThrow(
      'PINTEREST_API_URI must be an http:// or https:// URL (got "api.pinterest.com").',
    );
    expect(() => readPinkitConfig({ PINTEREST_OAUTH_URI: 'ftp://example.com' })).toThrow(/^PINTEREST_OAUTH_URI must be/);
    expect(() => readPinkitConfig({ REDIRECT_LANDING_URI: 'nowhere' })).toThrow(/^REDIRECT_LANDING_URI must be/);
  });

  it('does not repeat the login of a rejected URL', () => {
    expect(() => readPinkitConfig({ PINTEREST_API_URI: 'ftp://alice:s3cret@example.com/' })).toThrow(
      'PINTEREST_API_URI must be an http:// or https:// URL (got "ftp://[REDACTED]@example.com/").',
    );
  });

  it('reads the redirect and landing addresses and the token directory', () => {
    const config = readPinkitConfig({
      PINTEREST_REDIRECT_URI: 'http://localhost:9000/',
      REDIRECT_LANDING_URI: 'https://example.com/done',
      PINTEREST_OAUTH_TOKEN_DIR: '/tmp/tokens',
    });
    expect(config).toMatchObject({ redirectUri: 'http://localhost:9000/', landingUri: 'https://example.com/done' });
    expect(config.tokenDir).toBe('/tmp/tokens');
  });

  it('keeps the proxy variables, in either case, for the transport', () => {
    const env = { HTTPS_PROXY: 'http://proxy:3128', no_proxy: '.internal', PATH: '/bin' };
    expect(readPinkitConfig(env).proxyEnv).toEqual({ HTTPS_PROXY: 'http://proxy:3128', no_proxy: '.internal' });
  });
});
