import { Command, Option } from 'clipanion';
import { ApiCommand } from '../base/api-command.js';
import { requiredArgument } from '../base/required-option.js';
import { InputError } from '../output/describe-error.js';

export class ApiCallCommand extends ApiCommand {
  static override paths = [['api']];

  static override usage = Command.Usage({
    category: 'Any operation',
    description: 'Call any Pinterest API operation by its operationId or by METHOD and path, like `gh api`',
    details: `
      Names the operation by its operationId (\`boards/get\`) or by method and path
      (\`GET /v5/boards/123\`, \`GET /v5/boards/{board_id}\`). Path parameters come from -f, -F or -q
      fields of the same name. \`-f key=value\` adds a string field, \`-F key=value\` a typed one
      (numbers, true, false, null, @file for a file's text); on GET and DELETE fields go to the query,
      otherwise to the JSON body, which \`--input FILE\` (or \`-\` for standard input) gives whole.
      Before sending, the operation's required parameters are checked, and the scopes it needs are
      compared with the token's when the stored token records them. Prints the JSON answer;
      \`--paginate\` prints every item of every page, one JSON object per line; \`-i\` prints the
      status line and headers first; \`--jq EXPR\` filters the answer through a real jq (strings print
      raw), checked before anything is sent. With \`-v 3\`, a path of the retired v3 API, its envelope
      unwrapped.
    `,
    examples: [
      ['Read a board', '$0 api boards/get -f board_id=123'],
      ['The same by path', '$0 api GET /v5/boards/123'],
      ['Every pin, one per line', '$0 api pins/list --paginate'],
      ['The titles of every pin', "$0 api pins/list --paginate --jq '.title'"],
      ['Create a board from a file', '$0 api boards/create --input board.json'],
    ],
  });

  operation = requiredArgument('OPERATION', 'which operation to call (an operationId, or METHOD and a path)');

  routePath = Option.String({ required: false, name: 'PATH' });

  fields = Option.Array('-f,--raw-field', [], { description: 'A string field, key=value (repeatable)' });

  typedFields = Option.Array('-F,--field', [], { description: 'A typed field: numbers, true, false, null, @file (repeatable)' });

  query = Option.Array('-q,--query', [], { description: 'A query parameter, key=value (repeatable)' });

  input = Option.String('--input', { description: 'The JSON request body from FILE, or - for standard input' });

  paginate = Option.Boolean('--paginate', false, { description: 'Every page of a paged list, items one JSON object per line' });

  include = Option.Boolean('-i,--include', false, { description: 'Print the status line and headers before the body' });

  jq = Option.String('--jq', { description: 'Filter the answer (each item with --paginate) through a jq expression' });

  protected async run() {
    const { runApiCall } = await import('../api/run-api-call.js');
    if (this.routePath !== undefined && !/^[A-Za-z]+$/.test(this.operation))
      throw new InputError(`Unexpected argument ${JSON.stringify(this.routePath)}.`);
    return runApiCall(this.host(), {
      operation: this.operation,
      path: this.routePath,
      fields: this.fields,
      typedFields: this.typedFields,
      query: this.query,
      input: this.input,
      paginate: this.paginate,
      include: this.include,
      jq: this.jq,
    });
  }

  /** What run-api-call needs from the command: its account, token name and streams. */
  host() {
    return {
      version: this.config().apiVersion === '3' ? (3 as const) : (5 as const),
      account: (scopes: readonly string[]) => this.account(['request', 'requestPages'], { extraScopes: scopes }),
      storedScopes: () => this.storedScopes(),
      stdin: this.context.stdin,
      stdout: this.context.stdout,
    };
  }

  /** The scopes the stored token under `-a` records, when it records them. */
  private async storedScopes(): Promise<readonly string[] | undefined> {
    const store = await this.tokens().openStore();
    const located = await store.listLocated();
    const entry = located.find(({ record }) => record.name === this.accessTokenName);
    return entry?.record.scopes && entry.record.scopes.length > 0 ? entry.record.scopes : undefined;
  }
}
