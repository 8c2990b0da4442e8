import { describe, expect, it } from 'vitest';
import { NetworkError, TransportTimeoutError } from './errors.js';
import { toNetworkError } from './to-error.js';

const request = { method: 'POST', url: 'https://api.example.com/v5/pins' };

describe('toNetworkError', () => {
  it.each([
    ['connect', 10_000, 'connecting to api.example.com timed out after 10 s', true],
    ['headers', 30_000, 'no answer from api.example.com within 30 s', false],
    ['body', 120_000, 'the body of the answer from api.example.com stalled (not complete after 120 s)', false],
  ] as const)('names the %s timeout, and only a connect timeout is notSent', (phase, ms, text, notSent) => {
    const error = toNetworkError(new TransportTimeoutError(phase, 'api.example.com', ms), request, 30_000);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ message: `POST https://api.example.com/v5/pins: ${text}`, notSent });
  });
});
