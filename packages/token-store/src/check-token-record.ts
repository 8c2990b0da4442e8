import { argumentsOf } from '@pinkit/arguments';
import { assertTokenName } from './assert-token-name.js';
import type { TokenRecord } from './types.js';

/**
 * The longest token a store keeps. Pinterest's are under 200 characters; 4 KiB leaves room for any
 * other OAuth server's while refusing a file's content or a 10 MB paste, which would then go into
 * every request's Authorization header.
 */
export const MAX_TOKEN_LENGTH = 4096;
const MAX_SCOPES = 200;
const check = argumentsOf('store.set');

/**
 * What every store's `set` checks before it touches the keychain or a file. A token with a line
 * break would split the Authorization header it goes into, so it is refused here, at the boundary,
 * rather than failing as a network error on its first use.
 */
export function checkTokenRecord(record: TokenRecord): void {
  check.object(record, 'record');
  assertTokenName(record.name);
  check.string(record.access_token, 'record.access_token', { maxLength: MAX_TOKEN_LENGTH, singleLine: true });
  if (record.refresh_token !== null) {
    check.string(record.refresh_token, 'record.refresh_token', { optional: true, maxLength: MAX_TOKEN_LENGTH, singleLine: true });
  }
  const scopes = check.array(record.scopes, 'record.scopes', { optional: true, maxLength: MAX_SCOPES });
  scopes?.forEach((scope, index) => check.string(scope, `record.scopes[${index}]`, { maxLength: 100, singleLine: true }));
  for (const key of ['expires_at', 'refresh_token_expires_at'] as const) {
    const text = check.string(record[key], `record.${key}`, { optional: true, maxLength: 64, singleLine: true });
    if (text !== undefined && Number.isNaN(Date.parse(text))) check.fail(`record.${key}`, 'an ISO 8601 date', text);
  }
}
