import { describe, expect, it } from 'vitest';
import { looksLikeToken, refuseTokenAsName } from './refuse-token-as-name.js';

const PASTED = 'pina_AMAZBYIXACWOGAYAGBAHQDRZ2J7QFGQBACGSPD6TQHSP4ROSW6SNKNOWFWH7EXUX5OFK4NNJTDLGVHT5IKWVE3ZR6KE3B4QA';

describe('refuseTokenAsName', () => {
  it.each([PASTED, 'pinr.eyJhbGciOiJIUzI1NiJ9abc', 'pinc_CLIENTCREDENTIALS12', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9eyJzdWIiOiIx'])(
    'takes %s for a token',
    (value) => expect(looksLikeToken(value)).toBe(true),
  );

  it.each(['access_token', 'target_access_token', 'work-account', 'pins_backup', 'pinterest_business_account_for_the_shop_2024'])(
    'takes %s for a name',
    (value) => expect(looksLikeToken(value)).toBe(false),
  );

  it('refuses a pasted token without repeating it', () => {
    let caught: unknown;
    try {
      refuseTokenAsName(PASTED, '-a/--access-token');
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ name: 'InputError', message: expect.stringMatching(/^-a\/--access-token takes the name of a token/) });
    expect((caught as Error).message).not.toContain('AMAZBYIX');
  });
});
