import { TokenStoreError } from './errors.js';
import { parseTokenRecord } from './parse-token-record.js';
import type { TokenRecord } from './types.js';

const KNOWN_FIELDS = ['name', 'access_token', 'refresh_token', 'scopes', 'expires_at', 'refresh_token_expires_at'];

/**
 * The JSON text stored for `record`, in the quickstart's layout (2-space indent, its fields
 * first). Fields of `previous` that pinkit does not know, written by the quickstart or a newer
 * tool, are kept unless `record` sets them; known fields come only from `record`, so a new token
 * does not inherit an old expiry.
 */
export function serializeTokenRecord(record: TokenRecord, previous?: TokenRecord): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KNOWN_FIELDS) {
    if (record[key] !== undefined) ordered[key] = record[key];
  }
  for (const source of [previous, record]) {
    for (const [key, value] of Object.entries(source ?? {})) {
      if (!KNOWN_FIELDS.includes(key) && value !== undefined) ordered[key] = value;
    }
  }
  const text = `${JSON.stringify(ordered, null, 2)}\n`;
  const check = parseTokenRecord(text, record.name);
  if (!check.ok) {
    throw new TokenStoreError(`Token "${record.name}" cannot be stored: ${check.reason}.`);
  }
  return text;
}
