import { describe, expect, it } from 'vitest';
import { grantedV3Scopes, isV3Scope, V3_SCOPES } from './index.js';

describe('the v3 scopes', () => {
  it('lists the 26 scopes of the quickstart, granular ones before the composites', () => {
    expect(V3_SCOPES).toHaveLength(26);
    expect(V3_SCOPES.filter((info) => info.composite).map((info) => info.scope)).toEqual([
      'read_organic',
      'write_organic',
      'manage_organic',
      'read_secret',
      'read_ads',
      'write_ads',
      'manage_merchants',
    ]);
    const firstComposite = V3_SCOPES.findIndex((info) => info.composite);
    expect(V3_SCOPES.slice(firstComposite).every((info) => info.composite)).toBe(true);
  });

  it('describes every scope once', () => {
    expect(new Set(V3_SCOPES.map((info) => info.scope)).size).toBe(V3_SCOPES.length);
    expect(V3_SCOPES.find((info) => info.scope === 'read_secret_pins')?.description).toBe('See secret pins');
    for (const info of V3_SCOPES) expect(info.description, info.scope).not.toBe('');
  });

  it('tells v3 scopes from v5 ones and from anything else', () => {
    expect(isV3Scope('write_pins')).toBe(true);
    expect(isV3Scope('read_organic')).toBe(true);
    expect(isV3Scope('pins:write')).toBe(false);
    expect(isV3Scope('READ_PINS')).toBe(false);
  });

  it('grants what each composite includes, and granular scopes only themselves', () => {
    expect(grantedV3Scopes(['read_organic'])).toEqual([
      'read_organic',
      'read_domains',
      'read_boards',
      'read_pins',
      'read_users',
      'read_user_followers',
    ]);
    expect(grantedV3Scopes(['read_secret', 'read_pins'])).toEqual(['read_secret', 'read_secret_boards', 'read_secret_pins', 'read_pins']);
    expect(grantedV3Scopes(['manage_organic'])).toEqual(expect.arrayContaining(['read_users', 'write_pins', 'write_user_followees']));
    expect(grantedV3Scopes(['write_ads'])).toEqual(expect.arrayContaining(['read_advertisers', 'write_pin_promotions']));
    expect(grantedV3Scopes(['read_users', 'read_users'])).toEqual(['read_users']);
  });

  it('includes only granular v3 scopes in a composite', () => {
    for (const info of V3_SCOPES.filter((scope) => scope.composite)) {
      expect(info.includes?.length, info.scope).toBeGreaterThan(0);
      for (const scope of info.includes ?? []) expect(V3_SCOPES.find((other) => other.scope === scope)?.composite, scope).toBeUndefined();
    }
  });
});
