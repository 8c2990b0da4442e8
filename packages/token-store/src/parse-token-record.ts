import type { TokenRecord } from './types.js';

const CONTROL = /[\u0000-\u001f\u007f]/;

/** A stored value read back: a normalised record, or why it is not one (never quoting it). */
export type ParsedTokenRecord = { ok: true; record: TokenRecord } | { ok: false; reason: string };

/**
 * Turns stored JSON text into a TokenRecord. The quickstart writes `scopes` as the comma or
 * space separated string Pinterest returned, or `null`; we accept that as well as a list, and
 * key the record by where it was found rather than by its `name` field, which the quickstart
 * may leave out.
 */
export function parseTokenRecord(text: string, name: string): ParsedTokenRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The SyntaxError quotes the text, which may be a secret, so only the fact is reported.
    return { ok: false, reason: 'not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'not a JSON object' };
  }
  const fields = data as Record<string, unknown>;
  if (typeof fields.access_token !== 'string' || fields.access_token.length === 0) {
    return { ok: false, reason: 'no access_token' };
  }
  const refresh = fields.refresh_token;
  if (refresh !== undefined && refresh !== null && typeof refresh !== 'string') {
    return { ok: false, reason: 'refresh_token is not a string' };
  }
  // A token goes into an Authorization header: a line break there would split the header.
  for (const key of ['access_token', 'refresh_token'] as const) {
    if (typeof fields[key] === 'string' && CONTROL.test(fields[key])) {
      return { ok: false, reason: `${key} contains a line break or another control character` };
    }
  }
  for (const key of ['expires_at', 'refresh_token_expires_at'] as const) {
    if (fields[key] !== undefined && typeof fields[key] !== 'string') {
      return { ok: false, reason: `${key} is not a string` };
    }
    // Read later with `new Date`, where a bad one would end in "Invalid time value".
    if (typeof fields[key] === 'string' && Number.isNaN(Date.parse(fields[key]))) {
      return { ok: false, reason: `${key} is not a date` };
    }
  }
  const scopes = normaliseScopes(fields.scopes);
  if (scopes === false) {
    return { ok: false, reason: 'scopes is neither a list nor a string' };
  }
  const record: TokenRecord = { ...fields, name, access_token: fields.access_token };
  if (scopes === undefined) delete record.scopes;
  else record.scopes = scopes;
  return { ok: true, record };
}

function normaliseScopes(value: unknown): string[] | undefined | false {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.split(/[\s,]+/).filter((scope) => scope.length > 0);
  if (Array.isArray(value) && value.every((scope) => typeof scope === 'string')) {
    return value.map((scope: string) => scope.trim()).filter((scope) => scope.length > 0);
  }
  return false;
}
