import { describe, expect, it } from 'vitest';
import { parseTokenRecord } from './parse-token-record.js';
import { serializeTokenRecord } from './serialize-token-record.js';

describe('parseTokenRecord', () => {
  it.each([
    ['a comma separated string', 'boards:read,pins:read'],
    ['a space separated string', 'boards:read pins:read'],
    ['a string mixing both', ' boards:read, pins:read '],
    ['a list', ['boards:read', 'pins:read']],
  ])('normalises scopes given as %s to a list', (_label, scopes) => {
    const parsed = parseTokenRecord(JSON.stringify({ access_token: 'pina_A', scopes }), 'access_token');
    expect(parsed).toEqual({ ok: true, record: { name: 'access_token', access_token: 'pina_A', scopes: ['boards:read', 'pins:read'] } });
  });

  it('drops scopes the quickstart wrote as null', () => {
    const parsed = parseTokenRecord('{"access_token": "pina_A", "scopes": null}', 'access_token');
    expect(parsed.ok && 'scopes' in parsed.record).toBe(false);
  });

  it('keys the record by where it was found, not by its name field', () => {
    const parsed = parseTokenRecord('{"name": "access_token", "access_token": "pina_A"}', 'work');
    expect(parsed.ok && parsed.record.name).toBe('work');
  });

  it.each([
    ['[1, 2]', 'not a JSON object'],
    ['null', 'not a JSON object'],
    ['{"access_token": ""}', 'no access_token'],
    ['{"access_token": 42}', 'no access_token'],
    ['{"access_token": "pina_A", "refresh_token": 1}', 'refresh_token is not a string'],
    ['{"access_token": "pina_A", "expires_at": 1}', 'expires_at is not a string'],
    ['{"access_token": "pina_A", "expires_at": "soon"}', 'expires_at is not a date'],
    ['{"access_token": "pina_A", "refresh_token_expires_at": "2030-13-45"}', 'refresh_token_expires_at is not a date'],
    ['{"access_token": "pina_A\\r\\nX-Evil: 1"}', 'access_token contains a line break or another control character'],
    ['{"access_token": "pina_A", "refresh_token": "pinr_\\n"}', 'refresh_token contains a line break or another control character'],
    ['{"access_token": "pina_A", "scopes": {"a": 1}}', 'scopes is neither a list nor a string'],
    ['{"access_token": "pina_SECRET"', 'not valid JSON'],
  ])('explains why %s is not a token record, without quoting it', (text, reason) => {
    expect(parseTokenRecord(text, 'access_token')).toEqual({ ok: false, reason });
  });
});

describe('serializeTokenRecord', () => {
  it('writes the quickstart fields first and refuses a record without an access token', () => {
    const text = serializeTokenRecord({ name: 'a', extra: 1, scopes: ['pins:read'], access_token: 'pina_A' });
    expect(Object.keys(JSON.parse(text))).toEqual(['name', 'access_token', 'scopes', 'extra']);
    expect(() => serializeTokenRecord({ name: 'a', access_token: '' })).toThrow('Token "a" cannot be stored: no access_token.');
  });
});
