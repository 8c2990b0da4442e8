import { argumentsOf } from '@pinkit/arguments';
import { apiVersion, type ApiVersion } from './api-version.js';
import { UnknownScopeError } from './errors.js';
import { V3_SCOPES } from './v3-scopes.js';
import { V5_SCOPES } from './v5-scopes.js';

// The quickstart looked a name up as an upper-case enum key first, then as a lower-case value.
// Its v5 enum keys are `<VERB>[_SECRET]_<THING>` (READ_USERS, WRITE_SECRET_PINS,
// READ_ADVERTISERS); we derive that form for every v5 scope, and also accept the scope with its
// colon turned into an underscore (BOARDS_READ_SECRET, USER_ACCOUNTS_READ, ADS_READ).
const V5_THING_NAMES: Record<string, readonly string[]> = {
  user_accounts: ['USERS', 'USER_ACCOUNTS'],
  ads: ['ADS', 'ADVERTISERS'],
};

function v5Aliases(scope: string): string[] {
  const [resource = '', access = ''] = scope.split(':');
  const [verb = '', secret] = access.split('_');
  const things = V5_THING_NAMES[resource] ?? [resource.toUpperCase()];
  const enumKeys = things.map((thing) => [verb.toUpperCase(), ...(secret ? [secret.toUpperCase()] : []), thing].join('_'));
  return [scope.toUpperCase(), scope.replace(':', '_').toUpperCase(), ...enumKeys];
}

function aliasTable(version: '3' | '5'): Map<string, string> {
  const table = new Map<string, string>();
  // v3 enum keys are the upper-case scope names, so the scope itself is the only alias.
  for (const { scope } of version === '5' ? V5_SCOPES : V3_SCOPES) {
    for (const alias of version === '5' ? v5Aliases(scope) : [scope.toUpperCase()]) table.set(alias, scope);
  }
  return table;
}

/**
 * Reads a comma- or space-separated scope list (`-s boards:read,READ_PINS`) into the API's scope
 * names, without duplicates, in the order given. Case does not matter. Accepted for v5: the
 * scope (`boards:read_secret`), the quickstart's enum names (`READ_SECRET_BOARDS`, `READ_USERS`,
 * `READ_ADVERTISERS`) and the underscore form (`BOARDS_READ_SECRET`); for v3: the scope
 * (`read_secret_boards`). An empty list gives `[]`; `help` is for the caller to handle first.
 * Throws UnknownScopeError, which lists the valid scopes, on anything else.
 */
export function parseScopes(input: string, versionInput: ApiVersion): string[] {
  argumentsOf('parseScopes').string(input, 'input', { allowEmpty: true, maxLength: 4096 });
  const version = apiVersion(versionInput);
  const table = aliasTable(version);
  const scopes: string[] = [];
  for (const name of input.split(/[\s,]+/).filter((part) => part !== '')) {
    const scope = table.get(name.toUpperCase());
    if (scope === undefined)
      throw new UnknownScopeError(
        name,
        version,
        (version === '5' ? V5_SCOPES : V3_SCOPES).map((info) => info.scope),
      );
    if (!scopes.includes(scope)) scopes.push(scope);
  }
  return scopes;
}
