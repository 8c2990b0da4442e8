import { endpoint } from './endpoint.js';
import { expectArray, expectObject } from './expect-shape.js';
import type { RelatedTerms } from './types.js';

export interface SuggestedTermsOptions {
  /** How many terms at most, 1..10 (Pinterest's default is 4). */
  limit?: number;
}

/** `client.terms`: https://developers.pinterest.com/docs/api/v5/terms_related-list and terms_suggested-list. */
export const terms = {
  /** Terms related to each of `terms`; the answer's `id` is the first of them. */
  related: endpoint('terms_related/list', (call, inputTerms: readonly string[]): Promise<RelatedTerms> =>
    expectObject(call({ query: { terms: [...inputTerms] } }), 'terms_related/list'),
  ),
  /** Popular searches that begin with `term`. */
  suggested: endpoint('terms_suggested/list', (call, term: string, options: SuggestedTermsOptions = {}): Promise<string[]> =>
    expectArray(call({ query: { term, limit: options.limit } }), 'terms_suggested/list'),
  ),
};
