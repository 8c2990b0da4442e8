import { describe, expect, it } from 'vitest';
import { assertTokenName, isTokenName } from './assert-token-name.js';
import { InvalidTokenNameError } from './errors.js';

describe('assertTokenName', () => {
  it.each(['access_token', 'access_token_v5', 'work-account', 'A1'])('accepts %j', (name) => {
    expect(() => assertTokenName(name)).not.toThrow();
    expect(isTokenName(name)).toBe(true);
  });

  it('names the rejected name and the allowed characters', () => {
    expect(() => assertTokenName('../etc/passwd')).toThrow(
      'Token name "../etc/passwd" is not allowed: use only letters, digits, "_" and "-", because the name becomes a file name.',
    );
    expect(isTokenName('../etc/passwd')).toBe(false);
  });

  it('does not repeat an over-long name, which may be a token pasted by mistake', () => {
    const pasted = `pina_${'S'.repeat(100)}`;
    let caught: unknown;
    try {
      assertTokenName(pasted);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidTokenNameError);
    expect(caught).toMatchObject({ name: 'InvalidTokenNameError', tokenName: undefined });
    expect((caught as Error).message).not.toContain('SSSS');
  });
});
