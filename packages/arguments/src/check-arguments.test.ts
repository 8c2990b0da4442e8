import { describe, expect, it } from 'vitest';
import { ArgumentError } from './argument-error.js';
import { argumentsOf } from './check-arguments.js';

const check = argumentsOf('connect');

function refusal(run: () => unknown): ArgumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArgumentError) return error;
    throw error;
  }
  throw new Error('the check took the value');
}

describe('argumentsOf', () => {
  it('names the function, the argument and what it must be, without the value', () => {
    const error = refusal(() => check.string('secret\r\ntoken', 'options.token', { singleLine: true }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('ArgumentError');
    expect(error.message).toBe(
      'connect: options.token must be a non-empty string without control characters, not a string of 13 characters.',
    );
    expect(error.message).not.toContain('secret');
    expect([error.functionName, error.argument]).toEqual(['connect', 'options.token']);
  });

  it('refuses strings that are empty, too long or off pattern, and returns good ones', () => {
    expect(check.string('abc', 'id')).toBe('abc');
    expect(check.string('', 'id', { allowEmpty: true })).toBe('');
    expect(() => check.string('', 'id')).toThrow(ArgumentError);
    expect(() => check.string('x'.repeat(5), 'id', { maxLength: 4 })).toThrow('of at most 4 characters');
    expect(() => check.string('12a', 'id', { pattern: { test: /^\d+$/, says: 'digits only' } })).toThrow('(digits only)');
    expect(() => check.string('a\u202eb', 'id', { singleLine: true })).not.toThrow();
    expect(() => check.string('a\u2028b', 'id', { singleLine: true })).toThrow(ArgumentError);
  });

  it('takes undefined only when optional, and never null', () => {
    expect(check.integer(undefined, 'n', { optional: true })).toBeUndefined();
    expect(() => check.integer(undefined, 'n')).toThrow('connect: n must be an integer, not missing.');
    expect(() => check.integer(null, 'n', { optional: true })).toThrow('not null');
  });

  it('checks numbers for being finite, whole and in range', () => {
    expect(check.number(1.5, 'ms', { min: 0 })).toBe(1.5);
    expect(() => check.number(Number.NaN, 'ms')).toThrow('not NaN');
    expect(() => check.number(Number.POSITIVE_INFINITY, 'ms')).toThrow(ArgumentError);
    expect(() => check.number('5', 'ms')).toThrow('a finite number, not a string of 1 character');
    expect(() => check.integer(1.5, 'n')).toThrow(ArgumentError);
    expect(() => check.integer(2 ** 60, 'n')).toThrow(ArgumentError);
    expect(() => check.integer(0, 'n', { min: 1, max: 250 })).toThrow('an integer from 1 to 250, not the number 0');
  });

  it('checks choices, objects, functions, arrays, signals and URLs', () => {
    expect(check.oneOf('file', 'prefer', ['keychain', 'file'])).toBe('file');
    expect(() => check.oneOf('zzz', 'prefer', ['keychain', 'file'])).toThrow('one of "keychain" or "file"');
    expect(() => check.object([], 'options')).toThrow('an object, not an array of 0');
    expect(() => check.object(null, 'options')).toThrow(ArgumentError);
    expect(() => check.function('x', 'onEvent')).toThrow('a function');
    expect(() => check.array(['a', 'b'], 'scopes', { maxLength: 1 })).toThrow('an array of at most 1 items');
    expect(() => check.array([], 'scopes', { allowEmpty: false })).toThrow('a non-empty array');
    expect(() => check.signal({}, 'signal')).toThrow('an AbortSignal');
    expect(check.httpUrl('https://api.pinterest.com/v5', 'apiUri').host).toBe('api.pinterest.com');
    expect(() => check.httpUrl('ftp://x', 'apiUri')).toThrow(ArgumentError);
    expect(() => check.httpUrl('not a url', 'apiUri')).toThrow(ArgumentError);
    expect(() => check.httpUrl(5, 'apiUri')).toThrow('not the number 5');
  });

  it('fails on demand for a check of the caller', () => {
    expect(() => check.fail('options', 'either token or tokenStore', {})).toThrow(
      'connect: options must be either token or tokenStore, not an object.',
    );
  });
});
