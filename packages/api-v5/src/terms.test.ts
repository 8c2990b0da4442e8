import { describe, expect, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';
import { recordFetch } from './test-support/record-fetch.js';

function client(answer: () => Response) {
  const { calls, fetchImpl } = recordFetch(answer);
  return { calls, pinterest: createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false }) };
}

describe('client.terms', () => {
  it('asks for the terms related to several terms in one comma-separated parameter', async () => {
    const answer = { id: 'workout', related_term_count: 1, related_terms_list: [{ term: 'workout', related_terms: ['yoga workout'] }] };
    const { calls, pinterest } = client(() => Response.json(answer));
    expect(await pinterest.terms.related(['workout', 'home office'])).toEqual(answer);
    expect(calls[0]?.url.pathname).toBe('/v5/terms/related');
    expect(calls[0]?.url.searchParams.get('terms')).toBe('workout,home office');
  });

  it('asks for suggested terms with a limit only when given', async () => {
    const { calls, pinterest } = client(() => Response.json(['sports bar']));
    expect(await pinterest.terms.suggested('sport')).toEqual(['sports bar']);
    await pinterest.terms.suggested('sport', { limit: 7 });
    expect(calls.map((c) => c.url.search)).toEqual(['?term=sport', '?term=sport&limit=7']);
  });

  it('refuses a suggestion answer that is not a list', async () => {
    const { pinterest } = client(() => Response.json({ terms: [] }));
    await expect(pinterest.terms.suggested('sport')).rejects.toMatchObject({ name: 'UnexpectedResponseError', field: 'body' });
  });
});
