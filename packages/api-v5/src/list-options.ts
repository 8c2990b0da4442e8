import { ArgumentError } from '@pinkit/arguments';

// The options of the hand-written list calls, by name: each becomes a query parameter, so a wrong
// kind would be sent (and refused by Pinterest with a 400) or, for a list, spread letter by letter.
const LISTS = new Set(['entityStatuses', 'campaignIds', 'adGroupIds', 'adIds', 'creativeTypes']);
const FLAGS = new Set(['includeSharedAccounts', 'includeProtectedPins']);
const WORDS = new Set(['privacy', 'order', 'pinFilter', 'pinType', 'adAccountId']);
const isWord = (value: unknown) => typeof value === 'string' && value !== '' && value.length <= 256 && !/\p{Cc}/u.test(value);

/**
 * The options bag of a hand-written call (`boards.list({ pageSize })`), checked by its fields'
 * names: `pageSize` 1..250 (Pinterest's bound), `limit` 1..10, lists of ids or values, flags,
 * single words. Undefined is `{}`; `null` or a non-object is refused, naming `call`.
 */
export function listOptions<T extends object>(call: string, options: T | undefined): T {
  if (options === undefined) return {} as T;
  const fail = (argument: string, expected: string, value: unknown): never => {
    throw new ArgumentError(call, argument, expected, value);
  };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return fail('options', 'an object', options);
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const at = `options.${key}`;
    if (key === 'pageSize' && !(Number.isInteger(value) && value >= 1 && value <= 250)) fail(at, 'an integer from 1 to 250', value);
    if (key === 'limit' && !(Number.isInteger(value) && value >= 1 && value <= 10)) fail(at, 'an integer from 1 to 10', value);
    if (LISTS.has(key) && !(Array.isArray(value) && value.length <= 250 && value.every(isWord)))
      fail(at, 'an array of at most 250 strings', value);
    if (FLAGS.has(key) && typeof value !== 'boolean') fail(at, 'true or false', value);
    if (WORDS.has(key) && !isWord(value)) fail(at, 'a non-empty string of at most 256 characters without control characters', value);
  }
  return options;
}
