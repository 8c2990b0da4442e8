import { describe, expect, it } from 'vitest';
import { SpecValidator } from './spec-validator.js';

// The other tests trust this validator to catch a wrong shape, so it is checked too.
describe('SpecValidator', () => {
  const validator = new SpecValidator();

  it('finds the operation of a v5 path, preferring literal segments', () => {
    expect(validator.operationFor('GET', '/v5/boards/123/pins')).toBe('boards/list_pins');
    expect(validator.operationFor('GET', '/v5/boards/1/sections/2/pins')).toBe('board_sections/list_pins');
    expect(validator.operationFor('GET', '/v5/user_account/businesses')).toBe('linked_business_accounts/get');
    expect(validator.operationFor('POST', '/v5/pins/9/save')).toBe('pins/save');
  });

  it('rejects bodies that break the documented shape', () => {
    expect(() => validator.check('user_account/get', 200, { id: 12 })).toThrow(/does not match/);
    expect(() => validator.check('boards/list', 200, { items: [{ id: '1' }] })).toThrow(/name/);
    expect(() => validator.check('pins/get', 200, { id: '1', created_at: 'yesterday' })).toThrow(/date-time/);
    expect(() => validator.check('pins/get', 401, { code: 'x', message: 'no' })).toThrow(/code/);
    expect(() => validator.check('pins/delete', 204, { unexpected: true })).toThrow(/no body/);
  });

  // 5.28 answers every grant with one OauthAccessToken (5.23 had a schema per response_type).
  it('holds a token answer to OauthAccessToken', () => {
    const base = { access_token: 'pina_x', token_type: 'bearer', expires_in: 60, scope: 'pins:read' };
    expect(() => validator.check('oauth/token', 200, { ...base, expires_in: undefined })).toThrow(/expires_in/);
    expect(() => validator.check('oauth/token', 200, { ...base, response_type: 'refresh_token', refresh_token: 'pinr_x' })).not.toThrow();
    expect(() => validator.check('oauth/token', 200, { ...base, response_type: 'authorization' })).toThrow(/response_type/);
  });

  it('accepts a documented body', () => {
    expect(() => validator.check('pins/get', 200, { id: '1', created_at: '2021-01-01T00:00:00Z' })).not.toThrow();
  });
});
