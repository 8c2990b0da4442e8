import { argumentsOf, type ArgumentChecks } from '@pinkit/arguments';
import type { HttpClientOptions, RequestOptions } from './http-client.js';

/**
 * The longest access token a client sends. Pinterest's are under 200 characters; 4 KiB leaves room
 * for another server's while refusing a file's content pasted by mistake, and stays far below the
 * 16 KiB a server takes in all its request headers.
 */
export const MAX_TOKEN_LENGTH = 4096;
/** Node's timers fire at once past 2^31 - 1 ms, so a longer timeout would be none at all. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/** A token goes into the Authorization header: one line, bounded. */
export const TOKEN_RULES = { maxLength: MAX_TOKEN_LENGTH, singleLine: true } as const;

const create = argumentsOf('createHttpClient');
const request = argumentsOf('client.request');
const LOG_LEVELS = [0, 1, 2, 3] as const;

/** The client's options, checked once when it is made. */
export function checkClientOptions(options: HttpClientOptions): void {
  create.object(options, 'options');
  create.httpUrl(options.baseUrl, 'options.baseUrl');
  checkTokenProvider(create, options.token, 'options.token');
  checkLogger(create, options.logger, 'options.logger');
  if (options.retry !== false) checkRetryOptions(create, options.retry, 'options.retry');
  create.integer(options.timeoutMs, 'options.timeoutMs', { optional: true, min: 1, max: MAX_TIMEOUT_MS });
  create.string(options.userAgent, 'options.userAgent', { optional: true, maxLength: 512, singleLine: true });
  create.function(options.fetch, 'options.fetch', { optional: true });
  create.object(options.proxyEnv, 'options.proxyEnv', { optional: true });
  create.object(options.transportTimeouts, 'options.transportTimeouts', { optional: true });
  create.function(options.sleep, 'options.sleep', { optional: true });
  create.function(options.now, 'options.now', { optional: true });
  if (options.rateLimits !== false && create.object(options.rateLimits, 'options.rateLimits', { optional: true })) {
    create.object(options.rateLimits?.perMinute, 'options.rateLimits.perMinute');
    create.number(options.rateLimits?.perSecond, 'options.rateLimits.perSecond', { optional: true, min: 0 });
  }
}

export function checkTokenProvider(check: ArgumentChecks, value: unknown, argument: string): void {
  const provider = check.object(value, argument, { optional: true });
  if (!provider) return;
  check.function(provider.getAccessToken, `${argument}.getAccessToken`);
  check.function(provider.refresh, `${argument}.refresh`, { optional: true });
}

export function checkLogger(check: ArgumentChecks, value: unknown, argument: string): void {
  const logger = check.object(value, argument, { optional: true });
  if (!logger) return;
  check.function(logger.log, `${argument}.log`);
  check.oneOf(logger.level, `${argument}.level`, LOG_LEVELS, { optional: true });
}

export function checkRetryOptions(check: ArgumentChecks, value: unknown, argument: string): void {
  const retry = check.object(value, argument, { optional: true });
  if (!retry) return;
  check.integer(retry.maxAttempts, `${argument}.maxAttempts`, { optional: true, min: 1, max: 100 });
  check.number(retry.baseDelayMs, `${argument}.baseDelayMs`, { optional: true, min: 0, max: MAX_TIMEOUT_MS });
  check.number(retry.maxDelayMs, `${argument}.maxDelayMs`, { optional: true, min: 0, max: MAX_TIMEOUT_MS });
  check.integer(retry.maxElapsedMs, `${argument}.maxElapsedMs`, { optional: true, min: 0, max: MAX_TIMEOUT_MS });
  check.function(retry.random, `${argument}.random`, { optional: true });
}

const METHOD = { maxLength: 16, pattern: { test: /^[A-Za-z]+$/, says: 'letters only, such as GET' } };
const PATH = { maxLength: 16_384, singleLine: true, pattern: { test: /^\//, says: 'starting with /' } };
const AUTH_KINDS = ['bearer', 'none'];

/** One request's arguments: a few type tests, cheap beside the request they guard. */
export function checkRequest(method: unknown, path: unknown, options: RequestOptions): void {
  request.string(method, 'method', METHOD);
  checkPath(request, path);
  request.object(options, 'options');
  // Spread into an object, a string would become one key per character: a 10 MB one, ten million keys.
  request.object(options.query, 'options.query', { optional: true });
  request.object(options.form, 'options.form', { optional: true });
  request.object(options.headers, 'options.headers', { optional: true });
  const { json } = options;
  if (typeof json === 'bigint' || typeof json === 'symbol' || typeof json === 'function')
    request.fail('options.json', 'a value JSON can write', json);
  const { auth } = options;
  if (auth !== undefined && !AUTH_KINDS.includes(auth as string)) {
    const basic = typeof auth === 'object' && auth !== null ? (auth as { basic?: unknown }).basic : undefined;
    if (typeof basic !== 'object' || basic === null)
      request.fail('options.auth', '"bearer", "none" or { basic: { username, password } }', auth);
  }
  request.signal(options.signal, 'options.signal', { optional: true });
  request.boolean(options.retry, 'options.retry', { optional: true });
  request.string(options.rateLimitCategory, 'options.rateLimitCategory', { optional: true, maxLength: 64, singleLine: true });
}

export function checkPath(check: ArgumentChecks, path: unknown): void {
  check.string(path, 'path', PATH);
}
