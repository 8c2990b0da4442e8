/**
 * What a failed account call means for the engine:
 * - rate-limited: refused before taking effect; wait (Retry-After when known) and send again.
 * - spam: Pinterest refused the content; skip the item and say why.
 * - transient: 5xx, timeout, dropped connection; the write *may have taken effect*.
 * - conflict: 409, or a 400 saying the name is taken (Pinterest's answer to a second board of the
 *   same name): most likely by this very item, created by a killed run whose request landed
 *   late, or by an earlier copy with another journal; look it up and adopt it.
 * - permanent: any other 4xx; this item cannot be copied.
 * - fatal: the credentials were refused; every further call would fail the same way.
 */
export type ErrorClass =
  | { kind: 'rate-limited'; retryAfterMs?: number; quotaKnown?: true }
  | { kind: 'conflict' }
  | { kind: 'spam' }
  | { kind: 'transient' }
  | { kind: 'permanent' }
  | { kind: 'fatal' };

export type ErrorClassifier = (error: unknown) => ErrorClass;

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function retryAfterMs(error: unknown): number | undefined {
  const ms = field(error, 'retryAfterMs');
  if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) return ms;
  // A bare `retryAfter` follows the Retry-After header: seconds.
  const raw = field(error, 'retryAfter');
  const seconds = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : Number.NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

function messageText(error: unknown): string {
  return [field(error, 'message'), field(error, 'message_detail'), field(error, 'messageDetail')]
    .filter((part): part is string => typeof part === 'string')
    .join(' ');
}

/**
 * Whether the 429's answer said the quota (`rateLimit`, the `X-RateLimit-*` headers as
 * `@pinkit/http` keeps them): a client that paces by them has already slowed down.
 */
const saysQuota = (error: unknown) => typeof field(field(error, 'rateLimit'), 'remaining') === 'number';

const mentionsSpam = (error: unknown) => /\bspam/i.test(messageText(error));

// "Invalid parameters: you already have a board named ...". A wrong guess only costs a lookup:
// when nothing of that name is found, the item is reported failed with this message.
const saysNameTaken = (error: unknown) => /\balready (?:have|has) a (?:board|section)\b|\balready exists\b/i.test(messageText(error));

/**
 * Reads `name`, `status` (or `statusCode`), `message` and `retryAfterMs`/`retryAfter` when present, so it
 * understands `@pinkit/http` errors (ApiError, RateLimitError, SpamError, NetworkError) and most
 * other clients' errors without importing them.
 */
export function classifyError(error: unknown): ErrorClass {
  const name = field(error, 'name');
  const status = field(error, 'status') ?? field(error, 'statusCode');
  if (name === 'SpamError') return { kind: 'spam' };
  // A client's pacer would hold every further write as long (@pinkit/timing's PacingWaitTooLongError).
  if (name === 'PacingWaitTooLongError') return { kind: 'fatal' };
  // The write took effect and Pinterest answered an id no later call can use (@pinkit/http's
  // AnswerIdError): sending it again would make a second item with another unusable id.
  if (name === 'AnswerIdError') return { kind: 'permanent' };
  if (name === 'RateLimitError' || status === 429) {
    // Pinterest answers refused spam with 429 too; only the message tells them apart.
    if (mentionsSpam(error)) return { kind: 'spam' };
    const after = retryAfterMs(error);
    return {
      kind: 'rate-limited',
      ...(after === undefined ? {} : { retryAfterMs: after }),
      ...(saysQuota(error) ? { quotaKnown: true } : {}),
    };
  }
  if (typeof status === 'number') {
    if (status >= 500 || status === 408) return { kind: 'transient' };
    if (status === 401) return { kind: 'fatal' };
    if (status === 409 || (status === 400 && saysNameTaken(error))) return { kind: 'conflict' };
    if (status >= 400) return { kind: 'permanent' };
  }
  // Network failures (NetworkError, ECONNRESET, timeouts) and anything unrecognised are treated
  // as "may have taken effect": the engine then checks the target before writing again, which
  // costs a lookup but can never duplicate.
  return { kind: 'transient' };
}
