import { failures } from '../core/pinterest-failure.js';

/**
 * A `true`/`false` query flag; absent, `fallback`. The simulator's choice for `include_empty` and
 * `include_archived` when absent is `true`, the quickstart's own defaults, which it always sent.
 */
export function booleanFlag(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw failures.invalidParameters(`Parameter '${name}' must be true or false (was ${raw})`);
}
