import { Command, Option } from 'clipanion';
import * as t from 'typanion';
import { ApiCommand } from '../base/api-command.js';
import { InputError } from '../output/describe-error.js';
import { text } from '../output/summaries.js';

// Pinterest's own bound on `limit` (https://developers.pinterest.com/docs/api/v5/terms_suggested-list).
const MAX_SUGGESTED = 10;

export class GetTermsCommand extends ApiCommand {
  static override paths = [['get-terms']];

  static override usage = Command.Usage({
    category: 'Reading',
    description: 'Related or suggested search terms',
    details: `
      \`-r\` lists terms related to each of TERMS (comma-separated, or several arguments) with
      \`GET /v5/terms/related\`. \`-s\` lists popular searches that begin with TERM (one term; quote
      a phrase) with \`GET /v5/terms/suggested\`, at most LIMIT of them (\`-n\`, 1 to 10; Pinterest's
      default is 4). Give exactly one of \`-r\` and \`-s\`.

      \`--json\`: with \`-r\` one line per input term (\`term\`, \`related_terms\`); with \`-s\` one JSON
      string per suggested term.
    `,
    examples: [
      ['Terms related to two terms', '$0 get-terms workout,clothes -r'],
      ['Five searches that begin with a phrase', '$0 get-terms "home office" -s -n 5'],
    ],
  });

  related = Option.Boolean('-r,--related', false, { description: 'List terms related to each of TERMS' });

  suggested = Option.Boolean('-s,--suggested', false, { description: 'List popular searches that begin with TERM' });

  limit = Option.String('-n,--limit', {
    description: `With -s: at most this many terms, 1 to ${MAX_SUGGESTED} (default 4)`,
    validator: t.cascade(t.isNumber(), [t.isInteger(), t.isInInclusiveRange(1, MAX_SUGGESTED)]),
  });

  terms = Option.Rest({ name: 'terms' });

  protected async run() {
    if (this.related === this.suggested) throw new InputError('Give exactly one of -r/--related and -s/--suggested.');
    if (this.related && this.limit !== undefined) throw new InputError('-n/--limit goes with -s/--suggested; -r lists every related term.');
    const terms = this.terms
      .flatMap((arg) => (this.related ? arg.split(',') : [arg]))
      .map((term) => term.trim().replace(/\s+/g, ' '))
      .filter((term) => term !== '');
    if (terms.length === 0)
      throw new InputError(this.related ? 'Give the terms to relate: get-terms TERMS -r.' : 'Give the term: get-terms TERM -s.');
    if (this.suggested && terms.length > 1) {
      throw new InputError('-s takes one term; quote a phrase ("home office") or use -r for several terms.');
    }
    const pinterest = await this.v5Account(this.suggested ? ['getSuggestedTerms'] : ['getRelatedTerms']);
    const out = this.output();
    if (this.suggested) {
      const [term = ''] = terms;
      const suggested = await pinterest.getSuggestedTerms(term, this.limit === undefined ? undefined : Number(this.limit));
      for (const suggestion of suggested) await out.item(suggestion, () => text(suggestion));
      return;
    }
    const related = await pinterest.getRelatedTerms(terms);
    for (const entry of related.related_terms_list ?? []) {
      await out.item(entry, () => `${text(entry.term)}: ${(entry.related_terms ?? []).map((term) => text(term)).join(', ') || '-'}`);
    }
  }
}
