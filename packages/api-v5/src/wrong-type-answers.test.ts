import { describe, expect, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';
import { UnexpectedResponseError } from './errors.js';
import { recordFetch } from './test-support/record-fetch.js';

// Fields of the wrong type below the top level of an answer, where callers read them.

function clientAnswering(body: unknown) {
  const { calls, fetchImpl } = recordFetch(() => Response.json(body));
  return { calls, client: createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false }) };
}

/** A date a few days back, within every analytics range limit. */
const DAYS_AGO = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function refusal(run: Promise<unknown>): Promise<UnexpectedResponseError> {
  const error: unknown = await run.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UnexpectedResponseError);
  return error as UnexpectedResponseError;
}

describe('media', () => {
  it('create passes a well-formed registration through', async () => {
    const upload = { media_id: '9', upload_url: 'https://up.test', upload_parameters: { key: 'k' } };
    expect(await clientAnswering(upload).client.media.create({ media_type: 'video' })).toEqual(upload);
  });

  it.each([
    [{ media_id: 9, upload_url: 'https://up.test' }, 'body.media_id'],
    [{ media_id: '9' }, 'body.upload_url'],
    [{ media_id: '9', upload_url: 'https://up.test', upload_parameters: [] }, 'body.upload_parameters'],
  ])('create refuses %j, naming %s', async (body, field) => {
    const error = await refusal(clientAnswering(body).client.media.create({ media_type: 'video' }));
    expect([error.operation, error.field]).toEqual(['media/create', field]);
  });

  it('get passes a known status, or none, through', async () => {
    expect(await clientAnswering({ media_id: '9', status: 'processing' }).client.media.get('9')).toEqual({
      media_id: '9',
      status: 'processing',
    });
    expect(await clientAnswering({ media_id: '9' }).client.media.get('9')).toEqual({ media_id: '9' });
  });

  it.each([
    [null, 'body'],
    [{ status: ['succeeded'] }, 'body.status'],
    [{ status: 'done' }, 'body.status'],
  ])('get refuses %j, naming %s', async (body, field) => {
    const error = await refusal(clientAnswering(body).client.media.get('9'));
    expect([error.operation, error.field]).toEqual(['media/get', field]);
  });
});

describe('client.request', () => {
  it('checks a list page like call.list does', async () => {
    const { client } = clientAnswering({ items: [{ id: 1 }], bookmark: null });
    const error = await refusal(client.request('GET /v5/ad_accounts/{ad_account_id}/campaigns', { params: { ad_account_id: '1' } }));
    expect([error.operation, error.field]).toEqual(['campaigns/list', 'items[0].id']);
  });

  it('refuses a bookmark that is not text', async () => {
    const { client } = clientAnswering({ items: [], bookmark: 7 });
    const error = await refusal(client.request('GET /v5/ad_accounts/{ad_account_id}/ads', { params: { ad_account_id: '1' } }));
    expect([error.operation, error.field]).toEqual(['ads/list', 'bookmark']);
  });

  it('passes other answers through unchanged', async () => {
    const { client } = clientAnswering({ id: '5', name: 'Soups' });
    expect(await client.request('GET /v5/boards/{board_id}', { params: { board_id: '5' } })).toEqual({ id: '5', name: 'Soups' });
  });
});

describe('businesses, terms and analytics', () => {
  it.each([
    [() => clientAnswering([{ username: 'a' }, 3]).client.userAccount.listBusinesses(), 'linked_business_accounts/get', 'body[1]'],
    [
      () => clientAnswering({ related_terms_list: [{ term: 7 }] }).client.terms.related(['a']),
      'terms_related/list',
      'body.related_terms_list[0].term',
    ],
    [() => clientAnswering([1]).client.terms.suggested('a'), 'terms_suggested/list', 'body[0]'],
    [
      () =>
        clientAnswering([{ DATE: '2026-01-01' }, 'x']).client.analytics.getAdAccount('1', {
          start_date: DAYS_AGO(3),
          end_date: DAYS_AGO(1),
          granularity: 'DAY',
          columns: ['SPEND_IN_DOLLAR'],
        }),
      'ad_account/analytics',
      'body[1]',
    ],
    [
      () =>
        clientAnswering({ all: { summary_metrics: 5 } }).client.analytics.getPin('1', {
          start_date: DAYS_AGO(3),
          end_date: DAYS_AGO(1),
          metric_types: ['IMPRESSION'],
        }),
      'pins/analytics',
      'body.all.summary_metrics',
    ],
  ])('%#: refuses the wrong type where it is read', async (call, operationId, field) => {
    const error = await refusal(call());
    expect([error.operation, error.field]).toEqual([operationId, field]);
    expect(error.message).not.toContain('\n');
  });
});
