// Related and suggested search terms.  Usage: tsx src/get-terms.ts TERM [LIMIT]
import { createV5Client } from '@pinkit/api-v5';

const [term, limit = '4'] = process.argv.slice(2);
if (!term) {
  console.error('usage: get-terms.ts TERM [LIMIT]');
  process.exit(2);
}
const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });

// Several terms at once; each gets its own list.
const related = await pinterest.terms.related(term.split(','));
for (const entry of related.related_terms_list ?? []) console.log(`related to ${entry.term}: ${(entry.related_terms ?? []).join(', ')}`);

// Popular searches that begin with the term; Pinterest allows 1 to 10.
const suggested = await pinterest.terms.suggested(term, { limit: Number(limit) });
console.log(`suggested: ${suggested.join(', ')}`);
