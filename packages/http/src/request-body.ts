import type { FetchLikeBody } from './fetch-like.js';
import { multipartBody } from './multipart-body.js';

export interface RequestBody {
  parts: Array<Uint8Array | Blob>;
  length: number;
  /** What fetch would send as `Content-Type` for this body when the caller set none. */
  contentType: string | undefined;
}

// `instanceof FormData` would load undici just to say no; FormData objects name themselves.
const isFormData = (body: object): body is FormData => Object.prototype.toString.call(body) === '[object FormData]';

/** Turns a fetch body into bytes and Blobs with a known length, so uploads are never chunked. */
export function requestBody(body: FetchLikeBody): RequestBody {
  if (typeof body === 'string') return bytes(Buffer.from(body), 'text/plain;charset=UTF-8');
  if (body instanceof URLSearchParams) return bytes(Buffer.from(body.toString()), 'application/x-www-form-urlencoded;charset=UTF-8');
  if (body instanceof Uint8Array) return bytes(body, undefined);
  if (body instanceof ArrayBuffer) return bytes(new Uint8Array(body), undefined);
  if (body instanceof Blob) return { parts: [body], length: body.size, contentType: body.type || undefined };
  if (isFormData(body)) return multipartBody(body);
  throw new TypeError('Unsupported request body: send a string, URLSearchParams, bytes, a Blob or FormData.');
}

function bytes(data: Uint8Array, contentType: string | undefined): RequestBody {
  return { parts: [data], length: data.byteLength, contentType };
}
