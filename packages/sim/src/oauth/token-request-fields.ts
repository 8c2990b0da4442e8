import type { IncomingHttpHeaders } from 'node:http';
import { jsonObject } from '../core/http-exchange.js';
import { failures } from '../core/pinterest-failure.js';

export type TokenFields = Readonly<Record<string, string>>;

/**
 * The fields of a token request. v5 documents only `application/x-www-form-urlencoded`; v3
 * also took JSON (`acceptJson`), whose non-string values are read as their text.
 */
export function readTokenFields(body: Buffer, headers: IncomingHttpHeaders, options: { acceptJson: boolean }): TokenFields {
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' && options.acceptJson) {
    const entries = Object.entries(jsonObject(body)).filter(([, value]) => value !== null && value !== undefined);
    return Object.fromEntries(entries.map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
  }
  if (type !== 'application/x-www-form-urlencoded') {
    const accepted = options.acceptJson ? 'application/x-www-form-urlencoded or application/json' : 'application/x-www-form-urlencoded';
    throw failures.invalidParameters(`Invalid request: the body must be ${accepted}, got ${type === '' ? 'no Content-Type' : type}.`);
  }
  return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
}

export function requiredField(fields: TokenFields, name: string): string {
  const value = fields[name];
  if (value === undefined || value === '') throw failures.invalidParameters(`Invalid request: '${name}' is required.`);
  return value;
}

/** A `scope` field, comma- or space-separated; empty when absent. */
export function scopeList(fields: TokenFields): string[] {
  return [...new Set((fields['scope'] ?? '').split(/[\s,]+/).filter((scope) => scope !== ''))];
}
