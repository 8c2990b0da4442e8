import { describe, expect, it } from 'vitest';
import { ProxyError } from './errors.js';
import { proxyAuthorization, proxyFor, readProxySettings, type ProxyEnv } from './proxy-settings.js';

const via = (url: string, env: ProxyEnv) => proxyFor(new URL(url), readProxySettings(env))?.href;
const PROXY = 'http://proxy.corp:3128/';

describe('proxy selection', () => {
  it('uses HTTPS_PROXY for https and HTTP_PROXY for http targets, in either case', () => {
    const env = { HTTPS_PROXY: 'http://secure.corp:8443', http_proxy: PROXY };
    expect(via('https://api.pinterest.com/v5/pins', env)).toBe('http://secure.corp:8443/');
    expect(via('http://127.0.0.1:8080/v5/pins', env)).toBe(PROXY);
    expect(via('https://api.pinterest.com/', { HTTP_PROXY: PROXY })).toBeUndefined();
    expect(via('https://api.pinterest.com/', {})).toBeUndefined();
  });

  it('prefers the lower-case variable when both are set', () => {
    expect(via('https://api.pinterest.com/', { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' })).toBe('http://lower:1/');
  });

  it('reads a proxy without a scheme as plain http', () => {
    expect(via('https://api.pinterest.com/', { HTTPS_PROXY: 'proxy.corp:3128' })).toBe(PROXY);
  });

  it.each([
    ['api.pinterest.com', 'https://api.pinterest.com/', true],
    ['pinterest.com', 'https://api.pinterest.com/', true],
    ['.pinterest.com', 'https://api.pinterest.com/', true],
    ['*.pinterest.com', 'https://api.pinterest.com/', true],
    ['PINTEREST.COM', 'https://api.Pinterest.com/', true],
    ['terest.com', 'https://api.pinterest.com/', false],
    ['other.test, pinterest.com', 'https://api.pinterest.com/', true],
    ['pinterest.com:443', 'https://api.pinterest.com/', true],
    ['pinterest.com:8443', 'https://api.pinterest.com/', false],
    ['127.0.0.1:8080', 'https://127.0.0.1:8080/', true],
    ['127.0.0.1:8080', 'https://127.0.0.1:9090/', false],
    ['::1', 'https://[::1]:8080/', true],
    ['[::1]:8080', 'https://[::1]:8080/', true],
    ['*', 'https://anything.test/', true],
    ['', 'https://api.pinterest.com/', false],
  ])('NO_PROXY=%j for %s bypasses the proxy: %s', (noProxy, url, bypass) => {
    expect(via(url, { HTTPS_PROXY: PROXY, NO_PROXY: noProxy })).toBe(bypass ? undefined : PROXY);
    expect(via(url, { HTTPS_PROXY: PROXY, no_proxy: noProxy })).toBe(bypass ? undefined : PROXY);
  });

  it('rejects a malformed proxy URL without quoting it (it may hold a password)', () => {
    const error = (() => {
      try {
        readProxySettings({ HTTPS_PROXY: 'http://user:hunter2@[bad' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toMatchObject({ code: 'ERR_PROXY_CONFIG', message: expect.stringContaining('HTTPS_PROXY') });
    expect((error as Error).message).not.toContain('hunter2');
    expect(() => readProxySettings({ http_proxy: 'socks5://proxy:1080' })).toThrow(/only http:\/\/ and https:\/\//);
  });

  it('turns credentials in the proxy URL into Basic Proxy-Authorization, percent-decoded', () => {
    expect(proxyAuthorization(new URL('http://me%40corp:p%3Ass@proxy:1'))).toBe(`Basic ${Buffer.from('me@corp:p:ss').toString('base64')}`);
    expect(proxyAuthorization(new URL(PROXY))).toBeUndefined();
  });
});
