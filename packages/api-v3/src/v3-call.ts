import { ArgumentError } from '@pinkit/arguments';
import {
  ApiError,
  createListing,
  redactHeaders,
  redactText,
  UnexpectedResponseError,
  type HttpClient,
  type Listing,
  type QueryValue,
} from '@pinkit/http';
import { readV3EnvelopeStatus } from './v3-envelope-status.js';

/** What every call of a client shares: the HTTP client for the API host (paths carry `/v3`). */
export interface V3Context {
  readonly http: HttpClient;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requestUrl(http: HttpClient, path: string, query: Record<string, QueryValue>): string {
  const url = new URL(http.baseUrl.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  return url.toString();
}

/** A v3 write: `PUT` creates, `DELETE` deletes; the JSON body and the rate-limit category Pinterest counts it in. */
export interface V3Write {
  method: 'PUT' | 'DELETE';
  json?: unknown;
  /** The category of the v5 counterpart (`org_write`): one Pinterest account, one quota, whichever version asks. */
  rateLimitCategory: string;
}

/** How a request other than a plain GET is sent: a write, or a report's POST. */
type Send =
  | V3Write
  | { method: 'POST'; json?: undefined; rateLimitCategory?: undefined }
  | { method: string; json?: unknown; rateLimitCategory?: undefined };

/**
 * Sends a request and returns the envelope. A non-2xx answer is already an `ApiError` (the envelope's
 * `code` and `message` are where @pinkit/http reads them); a 2xx answer that still says
 * `status: "failure"` (in any case) becomes one here, with the same fields, so callers catch one kind of error.
 */
async function sendEnvelope(context: V3Context, call: string, path: string, query: Record<string, QueryValue>, write?: Send) {
  return (await sendWithResponse(context, call, path, query, write)).body;
}

async function sendWithResponse(context: V3Context, call: string, path: string, query: Record<string, QueryValue>, write?: Send) {
  // Every v3 body is a JSON object; anything else is the caller's mistake, refused before sending.
  if (write?.json !== undefined && !isObject(write.json)) throw new ArgumentError(call, 'input', 'an object', write.json);
  const method = write?.method ?? 'GET';
  const response = await context.http.request<unknown>(method, path, {
    query,
    ...(write?.json === undefined ? {} : { json: write.json }),
    ...(write?.rateLimitCategory ? { rateLimitCategory: write.rateLimitCategory } : {}),
  });
  // A delete may answer 204 without an envelope; nothing then said it failed.
  const body = response.data === undefined && response.status === 204 ? {} : response.data;
  if (!isObject(body)) throw new UnexpectedResponseError({ operation: call, field: 'body', expected: 'an object', got: body });
  const status = readV3EnvelopeStatus(body);
  if (status.kind === 'unreadable') {
    throw new UnexpectedResponseError({ operation: call, field: 'status', expected: '"success" or "failure"', got: status.got });
  }
  if (status.kind === 'failure') {
    const request = { method, url: redactText(requestUrl(context.http, path, query)) };
    const message = status.message === undefined ? 'failure' : redactText(status.message);
    throw new ApiError({
      status: response.status,
      ...(status.code === undefined ? {} : { code: status.code }),
      message: `${request.method} ${request.url} failed with ${response.status}: ${message}`,
      ...(response.requestId ? { requestId: response.requestId } : {}),
      request,
      body,
    });
  }
  return { body, response };
}

/** The envelope's `data` checked to be a list of objects. */
function objectItems<T>(call: string, data: unknown): T[] {
  if (!Array.isArray(data)) throw new UnexpectedResponseError({ operation: call, field: 'data', expected: 'an array', got: data });
  data.forEach((item, index) => {
    if (!isObject(item)) throw new UnexpectedResponseError({ operation: call, field: `data[${index}]`, expected: 'an object', got: item });
  });
  return data as T[];
}

/** One object: the envelope's `data`, checked to be an object. */
export async function getObject<T>(context: V3Context, call: string, path: string, query: Record<string, QueryValue> = {}): Promise<T> {
  const { data } = await sendEnvelope(context, call, path, query);
  if (!isObject(data)) throw new UnexpectedResponseError({ operation: call, field: 'data', expected: 'an object', got: data });
  return data as T;
}

/** A bookmark-paged list: each page is the same path with `bookmark` added; `data` is the page's items. */
export function getList<T>(context: V3Context, call: string, path: string, query: Record<string, QueryValue> = {}): Listing<T> {
  return createListing<T>(async (bookmark) => {
    const envelope = await sendEnvelope(context, call, path, { ...query, bookmark });
    // Checked here too so the error names the call, not just "a list page".
    const next = envelope.bookmark;
    if (next !== undefined && next !== null && typeof next !== 'string')
      throw new UnexpectedResponseError({ operation: call, field: 'bookmark', expected: 'a string or null', got: next });
    return { data: objectItems<T>(call, envelope.data), bookmark: next };
  });
}

/**
 * A POST whose attributes travel in the query string, as v3's asynchronous reports take them,
 * answering one object. The HTTP layer retries a POST only when it was refused unserved (a 429, a
 * request never sent): a second report requested by a blind retry would cost quota for nothing.
 */
export async function postObject<T>(context: V3Context, call: string, path: string, query: Record<string, QueryValue>): Promise<T> {
  const { data } = await sendEnvelope(context, call, path, query, { method: 'POST' });
  if (!isObject(data)) throw new UnexpectedResponseError({ operation: call, field: 'data', expected: 'an object', got: data });
  return data as T;
}

/** A write answered with the created object in `data`, checked to be an object. */
export async function writeObject<T>(context: V3Context, call: string, path: string, write: V3Write): Promise<T> {
  const { data } = await sendEnvelope(context, call, path, {}, write);
  if (!isObject(data)) throw new UnexpectedResponseError({ operation: call, field: 'data', expected: 'an object', got: data });
  return data as T;
}

/** A GET whose `data` is a list of rows, answered whole (no bookmark): the ads v4 delivery metrics. */
export async function getRows<T>(context: V3Context, call: string, path: string, query: Record<string, QueryValue>): Promise<T[]> {
  return objectItems<T>(call, (await sendEnvelope(context, call, path, query)).data);
}

/** A write whose answer carries nothing to return (a delete): success is the envelope without `status: "failure"`. */
export async function writeNothing(context: V3Context, call: string, path: string, write: V3Write): Promise<void> {
  await sendEnvelope(context, call, path, {}, write);
}

/** A request whose path the caller filled in (a CLI's `api` command), any method, JSON body. */
export interface V3RawInput {
  method: string;
  /** With its prefix: `/v3/users/me/`, `/ads/v3/advertisers/1/`. */
  path: string;
  query?: Readonly<Record<string, string>>;
  body?: unknown;
}

/** The envelope's `data` with the answer's status and headers (lower-case names, secrets removed). */
export async function rawRequest(
  context: V3Context,
  input: V3RawInput,
): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
  const call = `${input.method.toUpperCase()} ${input.path}`;
  const { body, response } = await sendWithResponse(
    context,
    call,
    input.path,
    { ...input.query },
    {
      method: input.method.toUpperCase(),
      ...(input.body === undefined ? {} : { json: input.body }),
    },
  );
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  return { status: response.status, headers: redactHeaders(headers), body: body.data };
}

/** Every item of a bookmark-paged v3 list, `data` page after page. */
export function rawPages(context: V3Context, input: V3RawInput): Listing<unknown> {
  return getList<unknown>(context, `${input.method.toUpperCase()} ${input.path}`, input.path, { ...input.query });
}
