import { ArgumentError } from '@pinkit/arguments';
import { endpoint } from './endpoint.js';
import { listOptions } from './list-options.js';
import { expectArray, expectObject } from './expect-shape.js';
import { expectEach, expectFields, expectString } from './expect-fields.js';
import type { RelatedTerms } from './types.js';

export interface SuggestedTermsOptions {
  /** How many terms at most, 1..10 (Pinterest's default is 4). */
  limit?: number;
}

const isTerm = (term: unknown) => typeof term === 'string' && term !== '' && term.length <= 1000;

/** `client.terms`: https://developers.pinterest.com/docs/api/v5/terms_related-list and terms_suggested-list. */
export const terms = {
  /** Terms related to each of `terms`; the answer's `id` is the first of them. */
  related: endpoint('terms_related/list', async (call, inputTerms: readonly string[]): Promise<RelatedTerms> => {
    if (!Array.isArray(inputTerms) || inputTerms.length === 0 || inputTerms.length > 100 || !inputTerms.every(isTerm)) {
      throw new ArgumentError('terms.related', 'terms', 'a non-empty array of at most 100 non-empty strings', inputTerms);
    }
    const related = await expectObject(call({ query: { terms: [...inputTerms] } }), 'terms_related/list');
    expectFields(related, 'terms_related/list', 'body', { related_terms_list: 'array?' });
    expectEach(related.related_terms_list ?? [], 'terms_related/list', 'body.related_terms_list', (entry, field) => {
      expectFields(entry, 'terms_related/list', field, { term: 'string?', related_terms: 'array?' });
      const terms = (entry as { related_terms?: unknown[] | null }).related_terms ?? [];
      expectEach(terms, 'terms_related/list', `${field}.related_terms`, (term, at) => expectString(term, 'terms_related/list', at));
    });
    return related;
  }),
  /** Popular searches that begin with `term`. */
  suggested: endpoint('terms_suggested/list', async (call, term: string, given?: SuggestedTermsOptions): Promise<string[]> => {
    if (!isTerm(term)) throw new ArgumentError('terms.suggested', 'term', 'a non-empty string of at most 1,000 characters', term);
    const options = listOptions('terms.suggested', given);
    const suggested = await expectArray(call({ query: { term, limit: options.limit } }), 'terms_suggested/list');
    expectEach(suggested, 'terms_suggested/list', 'body', (value, field) => expectString(value, 'terms_suggested/list', field));
    return suggested;
  }),
};
