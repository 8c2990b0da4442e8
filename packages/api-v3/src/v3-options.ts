import { ArgumentError } from '@pinkit/arguments';

/**
 * The options bag of a v3 list call, checked before anything is sent: an object (undefined is
 * `{}`), `pageSize` 1..250 (Pinterest's largest page), flags true or false. `null` is refused.
 */
export function v3Options<T extends object>(call: string, options: T | undefined): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new ArgumentError(call, 'options', 'an object', options);
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (key === 'pageSize' && !(Number.isInteger(value) && value >= 1 && value <= 250)) {
      throw new ArgumentError(call, 'options.pageSize', 'an integer from 1 to 250', value);
    }
    if ((key === 'includeEmpty' || key === 'includeArchived') && typeof value !== 'boolean') {
      throw new ArgumentError(call, `options.${key}`, 'true or false', value);
    }
  }
  return options;
}
