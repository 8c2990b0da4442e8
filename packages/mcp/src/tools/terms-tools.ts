// Related and suggested search terms.
import { z } from 'zod';
import { defineTool } from '../tool-kit.js';
import { term } from '../tool-inputs.js';
import { answer } from '../tool-result.js';
import { READ_ONLY } from './read-tools.js';

export const getRelatedTerms = defineTool({
  name: 'get_related_terms',
  needs: ['getRelatedTerms'],
  title: 'Related terms',
  description: 'Search terms related to each of the terms given (up to 10 terms).',
  input: { terms: z.array(term).min(1).max(10).describe('The terms, 1 to 10') },
  annotations: READ_ONLY,
  run: async ({ terms }, { account }) => answer(await (await account()).getRelatedTerms(terms)),
});

export const getSuggestedTerms = defineTool({
  name: 'get_suggested_terms',
  needs: ['getSuggestedTerms'],
  title: 'Suggested terms',
  description: 'Popular searches that begin with the term given.',
  input: { term, limit: z.number().int().min(1).max(10).optional().describe('How many, 1 to 10 (default 10)') },
  annotations: READ_ONLY,
  run: async ({ term: begins, limit }, { account }) => answer({ terms: await (await account()).getSuggestedTerms(begins, limit) }),
});
