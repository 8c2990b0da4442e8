import type { RelatedTerms } from '@pinkit/api-v5';
import { readList } from '../core/list-param.js';
import { failures } from '../core/pinterest-failure.js';
import type { RouteEntry } from '../core/route.js';
import { relatedTerms, suggestedTerms } from './term-answers.js';

// https://developers.pinterest.com/docs/api/v5/#tag/terms

/** `limit` of terms/suggested: 1..10, default 4. */
function readLimit(query: URLSearchParams): number {
  const raw = query.get('limit');
  if (raw === null) return 4;
  const limit = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= 10)) throw failures.invalidParameters(`Parameter 'limit' must be between 1 and 10 (was ${raw})`);
  return limit;
}

export const termRoutes: readonly RouteEntry[] = [
  {
    operation: 'terms_related/list',
    handle: (ctx) => {
      const terms = readList(ctx.query, 'terms');
      const [first] = terms;
      if (first === undefined) throw failures.invalidParameters("Parameter 'terms' is required");
      const list = terms.map((term) => ({ term, related_terms: relatedTerms(term) }));
      const body: RelatedTerms = {
        id: first,
        related_term_count: list.reduce((sum, entry) => sum + entry.related_terms.length, 0),
        related_terms_list: list,
      };
      return { status: 200, body };
    },
  },
  {
    operation: 'terms_suggested/list',
    handle: (ctx) => {
      const term = ctx.query.get('term')?.trim() ?? '';
      if (term === '') throw failures.invalidParameters("Parameter 'term' is required");
      return { status: 200, body: suggestedTerms(term, readLimit(ctx.query)) };
    },
  },
];
