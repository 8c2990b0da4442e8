import { describe, expect, it } from 'vitest';
import { refuseUnsupported, scopesFor, supports } from './scopes.js';

describe('scopesFor', () => {
  it("reads v5's scopes from the operations the capabilities call, in v5's order", () => {
    expect(scopesFor(5, ['getBoard', 'listBoardPins'])).toEqual(['boards:read', 'pins:read']);
    expect(scopesFor(5, ['deleteBoard', 'getUserAccount'])).toEqual(['boards:read', 'boards:write', 'user_accounts:read']);
  });

  it("gives v3's scopes in the order the capabilities name them, without repeats", () => {
    expect(scopesFor(3, ['getBoard', 'listBoardPins'])).toEqual(['read_boards', 'read_pins']);
  });

  it('adds the secret companions when asked', () => {
    expect(scopesFor(5, ['listBoardPins'], { secret: true })).toEqual([
      'boards:read',
      'boards:read_secret',
      'pins:read',
      'pins:read_secret',
    ]);
    expect(scopesFor(3, ['listBoardPins', 'createPin'], { secret: true })).toEqual([
      'read_boards',
      'read_pins',
      'write_pins',
      'read_secret_boards',
      'read_secret_pins',
    ]);
  });

  it('refuses a capability the version lacks, naming it and what to use instead', () => {
    expect(() => scopesFor(3, ['getPin', 'savePin'])).toThrow(
      expect.objectContaining({
        name: 'UnsupportedCapabilityError',
        capability: 'savePin',
        version: 3,
        message: 'savePin: API v3 does not have it; use API v5.',
      }),
    );
    expect(() => refuseUnsupported(5, 'listReportMetrics')).toThrow(
      /^listReportMetrics: API v5 does not have it; .*use the report columns/,
    );
    expect([supports(5, 'savePin'), supports(3, 'savePin'), supports(3, 'listReportMetrics')]).toEqual([true, false, true]);
  });
});
