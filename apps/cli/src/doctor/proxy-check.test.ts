import { describe, expect, it } from 'vitest';
import { proxyCheck } from './proxy-check.js';

describe('proxyCheck', () => {
  it('passes proxy URLs and NO_PROXY lists as proxies read them, logins masked', () => {
    const [line] = proxyCheck({
      HTTPS_PROXY: 'http://me:s3cret@proxy.example:3128',
      NO_PROXY: 'localhost, .internal.example,10.0.0.0/8,[::1]:8080',
    });
    expect(line).toMatchObject({ status: 'ok', detail: 'HTTPS_PROXY=http://[REDACTED]@proxy.example:3128, NO_PROXY set' });
  });

  it('fails a proxy without a scheme, one of another scheme and a NO_PROXY entry that is no host', () => {
    const [line] = proxyCheck({
      http_proxy: 'proxy.example:3128',
      HTTPS_PROXY: 'socks5://proxy.example',
      no_proxy: 'ok.example,/etc/hosts',
    });
    expect(line?.status).toBe('fail');
    expect(line?.detail).toContain('http_proxy is not a URL');
    expect(line?.detail).toContain('HTTPS_PROXY has the scheme socks5:');
    expect(line?.detail).toContain('no_proxy has entries that are not hosts: "/etc/hosts"');
  });

  it('says so when no proxy variable is set', () => {
    expect(proxyCheck({ HTTPS_PROXY: ' ' })[0]?.detail).toBe('no proxy variables set');
  });
});
