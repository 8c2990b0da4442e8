import { describe, expect, it } from 'vitest';
import { redactHeaders, redactText } from './redact.js';

describe('redactText', () => {
  it.each([
    ['https://h/v5/x?access_token=abc123&page_size=5', 'https://h/v5/x?access_token=[REDACTED]&page_size=5'],
    [
      'grant_type=refresh_token&refresh_token=xyz&client_secret=s',
      'grant_type=refresh_token&refresh_token=[REDACTED]&client_secret=[REDACTED]',
    ],
    ['{"access_token":"tok","scope":"boards:read"}', '{"access_token":"[REDACTED]","scope":"boards:read"}'],
    ['token is pina_ABCDEFGHIJKLMNOP and more', 'token is [REDACTED] and more'],
    ['code=one-time-code&state=s', 'code=[REDACTED]&state=s'],
    ['{"code":2,"message":"Authentication failed."}', '{"code":2,"message":"Authentication failed."}'],
    ['{"refresh_token":"pinr.eyJhbGciOiJIUzI1NiJ9x"}', '{"refresh_token":"[REDACTED]"}'],
    ['a token pinr.eyJhbGciOiJIUzI1NiJ9x in text', 'a token [REDACTED] in text'],
    ['GET http://user:s3cret@127.0.0.1:8080/v5/boards -> 200', 'GET http://[REDACTED]@127.0.0.1:8080/v5/boards -> 200'],
    ['proxy https://alice@proxy.example:3128 refused', 'proxy https://[REDACTED]@proxy.example:3128 refused'],
    ['write to ann@example.com or see https://example.com/a@b', 'write to ann@example.com or see https://example.com/a@b'],
  ])('masks %s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('masks the credentials of signed storage URLs and POST policies, whatever the case', () => {
    const url =
      'https://s3.test/r.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA%2F20240101%2Fs3&X-Amz-Date=20240101T000000Z' +
      '&X-Amz-Security-Token=IQoJb3JpZ2luX2Vj%2Bsecret&X-Amz-Signature=abc123def&Signature=v2sig&Expires=1';
    expect(redactText(`GET ${url} -> 200`)).toBe(
      'GET https://s3.test/r.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=[REDACTED]&X-Amz-Date=20240101T000000Z' +
        '&X-Amz-Security-Token=[REDACTED]&X-Amz-Signature=[REDACTED]&Signature=[REDACTED]&Expires=1 -> 200',
    );
    const form = { key: 'uploads/1', policy: 'eyJleHBpcmF0aW9uIjoi+/=', 'x-amz-signature': 'f00d', 'X-Amz-Credential': 'A/B' };
    expect(redactText(JSON.stringify({ upload_parameters: form }))).toBe(
      '{"upload_parameters":{"key":"uploads/1","policy":"[REDACTED]","x-amz-signature":"[REDACTED]","X-Amz-Credential":"[REDACTED]"}}',
    );
  });

  it('leaves text without secrets alone', () => {
    expect(redactText('GET https://api.pinterest.com/v5/boards?page_size=25')).toBe('GET https://api.pinterest.com/v5/boards?page_size=25');
  });
});

describe('redactHeaders', () => {
  it('keeps the auth scheme and masks the credential and cookies', () => {
    expect(redactHeaders({ Authorization: 'Bearer pina_x', Cookie: 'a=b', Accept: 'application/json' })).toEqual({
      Authorization: 'Bearer [REDACTED]',
      Cookie: '[REDACTED]',
      Accept: 'application/json',
    });
  });
});
