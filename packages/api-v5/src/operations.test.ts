import { describe, expect, it } from 'vitest';
import { isV5Scope, V5_OPERATIONS, V5_SCOPES } from './operations.js';

describe('the v5 operations table', () => {
  it('lists the 19 v5 scopes with their descriptions', () => {
    expect(V5_SCOPES).toHaveLength(19);
    expect(V5_SCOPES.find((s) => s.scope === 'boards:read_secret')?.description).toBe('See your secret boards');
    expect(isV5Scope('pins:write')).toBe(true);
    expect(isV5Scope('read_public')).toBe(false);
  });

  it('gives each operation its method, path, scopes, rate-limit category and sandbox flag', () => {
    expect(V5_OPERATIONS['boards/get']).toEqual({
      method: 'GET',
      path: '/boards/{board_id}',
      scopes: ['boards:read'],
      auth: ['pinterest_oauth2', 'client_credentials'],
      rateLimitCategory: 'org_read',
      sandbox: 'enabled',
    });
    expect(V5_OPERATIONS['pins/create'].scopes).toEqual(['boards:read', 'boards:write', 'pins:read', 'pins:write']);
    expect(V5_OPERATIONS['oauth/token'].auth).toEqual(['basic']);
  });

  it('names only known scopes and a category for every operation a user token calls', () => {
    const operations = Object.entries(V5_OPERATIONS);
    expect(operations.length).toBeGreaterThan(200);
    for (const [id, op] of operations) {
      for (const scope of op.scopes) expect(isV5Scope(scope), `${id}: ${scope}`).toBe(true);
      if (op.scopes.length > 0) expect(op.rateLimitCategory, id).toMatch(/^[a-z_]+$/);
    }
  });
});
