import { describe, expect, it } from 'vitest';
import type { Route } from './route.js';
import { createRouter } from './router.js';

const route = (method: Route['method'], path: string): Route => ({
  method,
  path,
  auth: 'none',
  write: false,
  handle: () => ({ status: 200 }),
});

describe('createRouter', () => {
  const boards = route('GET', '/v5/boards/{board_id}');
  const v3Sections = route('PUT', '/v3/board/{board_id}/sections/');
  const match = createRouter([boards, v3Sections]);

  it('matches parameters, decoding them', () => {
    expect(match('GET', '/v5/boards/12%33')).toEqual({ kind: 'found', route: boards, params: { board_id: '123' } });
    expect(match('PUT', '/v3/board/7/sections/')).toMatchObject({ kind: 'found', params: { board_id: '7' } });
  });

  it('prefers a literal segment to a parameter, whichever the table lists first', () => {
    const campaign = route('GET', '/v5/ad_accounts/{ad_account_id}/campaigns/{campaign_id}');
    const analytics = route('GET', '/v5/ad_accounts/{ad_account_id}/campaigns/analytics');
    const router = createRouter([campaign, analytics]);
    expect(router('GET', '/v5/ad_accounts/1/campaigns/analytics')).toMatchObject({ route: analytics, params: { ad_account_id: '1' } });
    expect(router('GET', '/v5/ad_accounts/1/campaigns/2')).toMatchObject({ route: campaign, params: { campaign_id: '2' } });
  });

  it('tells a wrong method from an unknown path, and keeps trailing slashes significant', () => {
    expect(match('DELETE', '/v5/boards/1')).toEqual({ kind: 'method-not-allowed' });
    expect(match('GET', '/v5/boards/')).toEqual({ kind: 'not-found' });
    expect(match('PUT', '/v3/board/7/sections')).toEqual({ kind: 'not-found' });
    expect(match('GET', '/v5/boards/%E0%A4%A')).toEqual({ kind: 'not-found' });
  });
});
