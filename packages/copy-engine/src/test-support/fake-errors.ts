// Shaped like the errors of @pinkit/http, which this package must not import.

export class FakeApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: number;
  readonly requestId = 'fake-rid';

  constructor(status: number, message: string, code = 0) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export class FakeRateLimitError extends FakeApiError {
  override name = 'RateLimitError';
  readonly retryAfterMs: number | undefined;
  /** What @pinkit/http keeps of the answer's X-RateLimit headers, when it had them. */
  readonly rateLimit: { limit: number; remaining: number } | undefined;

  constructor(retryAfterMs?: number, quota = false) {
    super(429, 'Too many requests');
    this.retryAfterMs = retryAfterMs;
    this.rateLimit = quota ? { limit: 100, remaining: 0 } : undefined;
  }
}

export class FakeSpamError extends FakeApiError {
  override name = 'SpamError';

  constructor() {
    super(429, 'Your request was blocked because it looks like spam');
  }
}

export class FakeNetworkError extends Error {
  override name = 'NetworkError';

  constructor(message = 'socket hang up') {
    super(message, { cause: Object.assign(new Error(message), { code: 'ECONNRESET' }) });
  }
}
