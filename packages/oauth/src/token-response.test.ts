import { describe, expect, it } from 'vitest';
import { TokenExchangeError, TokenResponseError } from './errors.js';
import { fromV3TokenResponse, fromV5TokenResponse } from './token-response.js';

const context = { operation: 'refresh_token' as const, now: Date.UTC(2026, 0, 1) };
const good = { access_token: 'pina_ACCESS', refresh_token: 'pinr_REFRESH', expires_in: 3600, scope: 'pins:read,boards:read' };

function refusal(run: () => unknown): TokenResponseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TokenResponseError);
    return error as TokenResponseError;
  }
  throw new Error('expected a TokenResponseError');
}

describe('fromV5TokenResponse field checks', () => {
  it('accepts a well-formed answer', () => {
    const tokens = fromV5TokenResponse(good, context);
    expect(tokens).toMatchObject({
      access_token: 'pina_ACCESS',
      expires_at: '2026-01-01T01:00:00.000Z',
      scopes: ['pins:read', 'boards:read'],
    });
  });

  it('reads a string of digits as seconds', () => {
    expect(fromV5TokenResponse({ ...good, expires_in: '60' }, context).expires_at).toBe('2026-01-01T00:01:00.000Z');
  });

  it.each([
    ['access_token', 'pina_a\r\nX-Injected: 1'],
    ['access_token', ''],
    ['access_token', 'has space'],
    ['access_token', 'x'.repeat(5000)],
    ['access_token', 42],
    ['access_token', { token: 'x' }],
    ['refresh_token', 'pinr_\nnext'],
    ['refresh_token', 7],
    ['expires_in', 'abc'],
    ['expires_in', -1],
    ['expires_in', 1e300],
    ['expires_in', {}],
    ['refresh_token_expires_in', 'soon'],
    ['refresh_token_expires_at', 'tomorrow'],
    ['refresh_token_expires_at', 1e20],
    ['scope', ['pins:read']],
    ['scope', 'pins:read\nboards:read'],
    ['token_type', 5],
    ['response_type', {}],
  ])('refuses %s = %j with an error naming the field and not the value', (field, value) => {
    const error = refusal(() => fromV5TokenResponse({ ...good, [field]: value }, context));
    expect(error.field).toBe(field);
    expect(error.operation).toBe('refresh_token');
    expect(error.message).toContain(`"${field}"`);
    expect(error.message).not.toContain('\n');
    if (typeof value === 'string' && value.length > 3) expect(error.message).not.toContain(value);
  });

  it.each([null, [], [good], 'pina_x', 3])('refuses a body of %j as an answer without a token', (body) => {
    expect(() => fromV5TokenResponse(body, context)).toThrow(TokenExchangeError);
  });

  it('treats null optional fields as absent, as before', () => {
    const tokens = fromV5TokenResponse(
      { access_token: 'pina_A', expires_in: null, scope: null, refresh_token: null },
      { ...context, refreshToken: 'pinr_OLD' },
    );
    expect(tokens).toEqual({ access_token: 'pina_A', refresh_token: 'pinr_OLD', scopes: [] });
  });
});

describe('fromV3TokenResponse field checks', () => {
  it('accepts the token inside data', () => {
    expect(fromV3TokenResponse({ data: { access_token: 'pina_A', refresh_token: 'pinr_R' } }, context)).toEqual({
      access_token: 'pina_A',
      refresh_token: 'pinr_R',
      scopes: [],
    });
  });

  it.each([
    ['access_token', { access_token: 'a\r\nb' }],
    ['data.access_token', { data: { access_token: 12 } }],
    ['data.refresh_token', { access_token: 'pina_A', data: { refresh_token: 'r\u0000' } }],
    ['data', { access_token: 'pina_A', data: 'oops' }],
    ['scope', { access_token: 'pina_A', scope: 3 }],
  ])('refuses a bad %s', (field, body) => {
    expect(refusal(() => fromV3TokenResponse(body, context)).field).toBe(field);
  });
});
