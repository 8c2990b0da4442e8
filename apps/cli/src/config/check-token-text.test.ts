import { describe, expect, it } from 'vitest';
import { checkTokenText } from './check-token-text.js';

const record = (access_token: string, refresh_token: string | null = null) => ({ name: 'work', access_token, refresh_token, scopes: [] });

describe('checkTokenText', () => {
  it('passes a plain token, with or without a refresh token', () => {
    expect(() => checkTokenText({ record: record('pina_AbC-1.2_3=', 'pinr_x'), from: 'file' }, '/t')).not.toThrow();
  });

  it('names the keychain and the refresh token, never the token', () => {
    const check = () => checkTokenText({ record: record('pina_ok', 'pinr_s3cret\u0000'), from: 'keychain' }, '/t');
    expect(check).toThrow('The refresh token "work" from the OS keychain contains a control character; pinkit will not send it.');
    expect(check).not.toThrow(/s3cret/);
  });
});
