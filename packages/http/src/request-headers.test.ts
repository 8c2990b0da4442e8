import { describe, expect, it } from 'vitest';
import { RequestHeaders } from './request-headers.js';

describe('RequestHeaders', () => {
  it('matches names without regard to case and keeps the case they were set with', () => {
    const headers = new RequestHeaders({ Authorization: 'Bearer x', accept: 'application/json' });
    expect(headers.get('authorization')).toBe('Bearer x');
    expect(headers.has('ACCEPT')).toBe(true);
    headers.set('AUTHORIZATION', 'Bearer y');
    headers.delete('Accept');
    expect([...headers]).toEqual([['AUTHORIZATION', 'Bearer y']]);
  });

  it('copies from pairs, as ofetch does when it merges headers', () => {
    const headers = new RequestHeaders(new RequestHeaders([['X-One', '1']]));
    expect(Object.fromEntries(headers)).toEqual({ 'X-One': '1' });
    expect(headers.get('missing')).toBeNull();
  });
});
