import { describe, expect, it } from 'vitest';
import { classifyError } from './classify-error.js';

const error = (name: string, fields: Record<string, unknown> = {}) =>
  Object.assign(new Error(String(fields['message'] ?? name)), { name }, fields);

describe('classifyError', () => {
  it('gives up on an item whose answer carried an id no later call can use, rather than create it again', () => {
    expect(classifyError(error('AnswerIdError'))).toEqual({ kind: 'permanent' });
  });

  it('reads a rate limit with its Retry-After in milliseconds or seconds', () => {
    expect(classifyError(error('RateLimitError', { status: 429, retryAfterMs: 2500 }))).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 2500,
    });
    expect(classifyError({ status: 429, retryAfter: '3' })).toEqual({ kind: 'rate-limited', retryAfterMs: 3000 });
    expect(classifyError({ status: 429 })).toEqual({ kind: 'rate-limited' });
  });

  it('notes a rate limit whose answer said the quota (X-RateLimit headers), which the client paces by', () => {
    expect(classifyError(error('RateLimitError', { status: 429, retryAfterMs: 1000, rateLimit: { limit: 100, remaining: 0 } }))).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 1000,
      quotaKnown: true,
    });
    expect(classifyError({ status: 429, rateLimit: 'soon' })).toEqual({ kind: 'rate-limited' });
  });

  it('tells spam from a rate limit by the error class or the message', () => {
    expect(classifyError(error('SpamError', { status: 429 }))).toEqual({ kind: 'spam' });
    expect(classifyError({ status: 429, message: 'Request blocked', message_detail: 'flagged as spam' })).toEqual({
      kind: 'spam',
    });
  });

  it('treats 5xx, timeouts and network failures as transient', () => {
    expect(classifyError(error('ApiError', { status: 503 }))).toEqual({ kind: 'transient' });
    expect(classifyError({ statusCode: 408 })).toEqual({ kind: 'transient' });
    expect(classifyError(error('NetworkError', { cause: { code: 'ECONNRESET' } }))).toEqual({ kind: 'transient' });
  });

  it('treats a 409 as a conflict the engine resolves by looking the item up', () => {
    expect(classifyError(error('ApiError', { status: 409 }))).toEqual({ kind: 'conflict' });
  });

  it('treats a 400 saying the board name is taken as a conflict too', () => {
    const taken = 'POST /v5/boards failed with 400: Invalid parameters: you already have a board named "Recipes".';
    expect(classifyError(error('ApiError', { status: 400, message: taken }))).toEqual({ kind: 'conflict' });
  });

  it('treats other 4xx as permanent and a refused token as fatal', () => {
    expect(classifyError(error('ApiError', { status: 400 }))).toEqual({ kind: 'permanent' });
    expect(classifyError(error('ApiError', { status: 404 }))).toEqual({ kind: 'permanent' });
    expect(classifyError(error('ApiError', { status: 401 }))).toEqual({ kind: 'fatal' });
  });
});
