import { describe, expect, it } from 'vitest';
import { UnknownApiVersionError } from './api-version.js';
import { UnknownScopeError } from './errors.js';
import { formatScopeHelp } from './format-scope-help.js';
import { parseScopes } from './parse-scopes.js';
import { V3_SCOPES } from './v3-scopes.js';
import { DEFAULT_V5_SCOPES, V5_SCOPES } from './v5-scopes.js';

const ALL_V5 = [
  'ads:read',
  'ads:write',
  'billing:read',
  'billing:write',
  'biz_access:read',
  'biz_access:write',
  'boards:read',
  'boards:read_secret',
  'boards:write',
  'boards:write_secret',
  'catalogs:read',
  'catalogs:write',
  'msot:write',
  'pins:read',
  'pins:read_secret',
  'pins:write',
  'pins:write_secret',
  'user_accounts:read',
  'user_accounts:write',
];

describe('parseScopes (v5)', () => {
  it('knows the 19 scopes of the v5 description', () => {
    expect(V5_SCOPES.map((info) => info.scope)).toEqual(ALL_V5);
    expect(parseScopes(ALL_V5.join(','), '5')).toEqual(ALL_V5);
  });

  it('reads comma- and space-separated lists in any case, without duplicates', () => {
    expect(parseScopes('boards:read, PINS:READ  user_accounts:read,boards:read', '5')).toEqual([
      'boards:read',
      'pins:read',
      'user_accounts:read',
    ]);
  });

  it.each([
    ['READ_USERS', 'user_accounts:read'],
    ['read_pins', 'pins:read'],
    ['READ_BOARDS', 'boards:read'],
    ['WRITE_BOARDS', 'boards:write'],
    ['READ_SECRET_BOARDS', 'boards:read_secret'],
    ['WRITE_SECRET_PINS', 'pins:write_secret'],
    ['READ_ADVERTISERS', 'ads:read'],
    ['READ_ADS', 'ads:read'],
    ['ADS_READ', 'ads:read'],
    ['BOARDS_READ_SECRET', 'boards:read_secret'],
    ['USER_ACCOUNTS_WRITE', 'user_accounts:write'],
    ['READ_CATALOGS', 'catalogs:read'],
    ['WRITE_BIZ_ACCESS', 'biz_access:write'],
  ])('accepts the alias %s for %s', (alias, scope) => {
    expect(parseScopes(alias, '5')).toEqual([scope]);
  });

  it('gives an empty list for empty input, leaving the default to the caller', () => {
    expect(parseScopes(' , ', '5')).toEqual([]);
    expect(DEFAULT_V5_SCOPES).toEqual(['user_accounts:read', 'pins:read', 'boards:read']);
  });

  it('refuses an unknown scope and lists the valid ones', () => {
    const error = (() => {
      try {
        return parseScopes('boards:read,boards:delete', '5');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UnknownScopeError);
    expect(error).toMatchObject({ name: 'UnknownScopeError', scope: 'boards:delete', version: '5', validScopes: ALL_V5 });
    expect((error as Error).message).toContain('Unknown OAuth scope "boards:delete" for Pinterest API v5');
    for (const scope of ALL_V5) expect((error as Error).message).toContain(scope);
  });

  it('maps v3 names that are also quickstart v5 enum names, and refuses the others', () => {
    expect(parseScopes('read_secret_pins', '5')).toEqual(['pins:read_secret']);
    expect(() => parseScopes('read_organic', '5')).toThrow(UnknownScopeError);
  });
});

describe('parseScopes (v3)', () => {
  it('accepts granular and composite v3 scopes in any case', () => {
    expect(parseScopes('read_users,READ_ORGANIC, Write_Ads', '3')).toEqual(['read_users', 'read_organic', 'write_ads']);
  });

  it('refuses v5 names for v3 and lists the 26 v3 scopes', () => {
    expect(() => parseScopes('boards:read', '3')).toThrow(/Valid scopes: read_domains, read_boards/);
    expect(V3_SCOPES).toHaveLength(26);
  });
});

describe('formatScopeHelp', () => {
  it('lists every v5 scope with its description, grouped like the quickstart', () => {
    const lines = formatScopeHelp('5');
    expect(lines[0]).toBe('Valid OAuth 2.0 scopes for Pinterest API version v5:');
    for (const info of V5_SCOPES) expect(lines).toContain(`  ${info.scope.padEnd(19)} ${info.description}`);
    expect(lines).toContain('  boards:write_secret Create, update, or delete your secret boards');
    expect(lines.slice(-2)).toEqual(['For more information, see:', '  https://developers.pinterest.com/docs/getting-started/scopes/']);
    expect(lines.filter((line) => line === '')).toHaveLength(8);
  });

  it('shows the v3 composite scopes under their own heading', () => {
    const lines = formatScopeHelp('3');
    const heading = lines.indexOf('  Composite scopes...');
    expect(lines[0]).toBe('Valid OAuth 2.0 scopes for Pinterest API version v3:');
    expect(lines[1]).toBe("  read_domains         Get your website's most clicked Pins, see top saved Pins, etc.");
    expect(lines[heading + 1]).toBe("  read_organic         See all of a user's public data.");
    expect(lines).toContain('  write_pin_promotions Create and manage ads and ad creatives');
    expect(lines.indexOf("  read_advertisers     See a user's advertising profile and settings")).toBe(lines.indexOf('') + 1);
  });
});

describe('the API version argument', () => {
  it('takes numbers as JavaScript callers write them, and the strings the CLI passes', () => {
    expect(parseScopes('read_users', 5)).toEqual(['user_accounts:read']);
    expect(parseScopes('read_users', '3')).toEqual(['read_users']);
    expect(formatScopeHelp(3)[0]).toBe('Valid OAuth 2.0 scopes for Pinterest API version v3:');
  });

  it('refuses any other version by name instead of falling back to v3', () => {
    for (const version of [55, 'v5', undefined, 4]) {
      expect(() => parseScopes('read_users', version as never)).toThrow(UnknownApiVersionError);
    }
    expect(() => formatScopeHelp('6' as never)).toThrow('Unknown Pinterest API version "6": use 5 (or 3 for the legacy API).');
  });
});
