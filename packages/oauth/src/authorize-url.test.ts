import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl, createState } from './authorize-url.js';

describe('buildAuthorizeUrl', () => {
  it('builds the quickstart authorize URL', () => {
    const url = buildAuthorizeUrl({
      oauthUri: 'https://www.pinterest.com/',
      clientId: '1234567',
      redirectUri: 'http://localhost:8085/',
      scopes: ['user_accounts:read', 'pins:read', 'boards:read'],
      state: 'abc_DEF-123',
    });
    expect(url).toBe(
      'https://www.pinterest.com/oauth/?consumer_id=1234567&redirect_uri=http%3A%2F%2Flocalhost%3A8085%2F' +
        '&response_type=code&refreshable=true&scope=user_accounts:read,pins:read,boards:read&state=abc_DEF-123',
    );
  });

  it('leaves out scope when none is asked for (v3: every scope the app has) and honours refreshable', () => {
    const url = new URL(
      buildAuthorizeUrl({
        oauthUri: 'http://127.0.0.1:9',
        clientId: 'app',
        redirectUri: 'http://localhost:1/cb',
        scopes: [],
        state: 's',
        refreshable: false,
      }),
    );
    expect(url.searchParams.has('scope')).toBe(false);
    expect(url.searchParams.get('refreshable')).toBe('false');
    expect(url.searchParams.get('redirect_uri')).toBe('http://localhost:1/cb');
  });

  it('encodes values that would break the query', () => {
    const url = new URL(
      buildAuthorizeUrl({ oauthUri: 'https://p', clientId: 'a&b', redirectUri: 'http://localhost:1/?x=1', scopes: ['a&b'], state: 's#t' }),
    );
    expect(url.searchParams.get('consumer_id')).toBe('a&b');
    expect(url.searchParams.get('scope')).toBe('a&b');
    expect(url.searchParams.get('state')).toBe('s#t');
  });
});

describe('createState', () => {
  it('is URL-safe, long and different every time', () => {
    const states = new Set(Array.from({ length: 50 }, () => createState()));
    expect(states.size).toBe(50);
    for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
