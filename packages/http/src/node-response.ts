import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { ResponseDecodeError, ResponseTooLargeError } from './errors.js';
import type { FetchLikeResponse } from './fetch-like.js';
import { ResponseHeaders } from './response-headers.js';

/**
 * The answer of `createNodeFetch`: the fetch `Response` members pinkit reads, over a Node
 * response stream. Not the global `Response`, whose first use loads undici. The body is read at
 * most once, and never past `maxBodyBytes` (counted after decompression, so a small compressed
 * body cannot unpack into gigabytes).
 */
export class NodeResponse implements FetchLikeResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: ResponseHeaders;
  readonly url: string;
  readonly redirected = false;
  readonly #message: IncomingMessage;
  readonly #body: Readable;
  readonly #maxBodyBytes: number;
  /** `METHOD origin/path` for error messages: the query may be a signature, so it is left out. */
  readonly #shown: string;
  #bodyUsed = false;

  constructor(message: IncomingMessage, body: Readable, init: { url: string; maxBodyBytes: number; method?: string }) {
    this.status = message.statusCode ?? 0;
    this.statusText = message.statusMessage ?? '';
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = new ResponseHeaders(message.headers);
    this.url = init.url;
    this.#message = message;
    this.#body = body;
    this.#maxBodyBytes = init.maxBodyBytes;
    const url = new URL(init.url);
    this.#shown = `${init.method ?? 'GET'} ${url.origin}${url.pathname}`;
  }

  /** The body as a Node stream, not the fetch standard's web stream; ofetch only checks that there is one. */
  get body(): Readable {
    return this.#body;
  }

  get bodyUsed(): boolean {
    return this.#bodyUsed;
  }

  async bytes(): Promise<Uint8Array> {
    if (this.#bodyUsed) throw new TypeError('The response body has already been read.');
    this.#bodyUsed = true;
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of this.#body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > this.#maxBodyBytes) {
          this.#body.destroy();
          this.#message.destroy();
          throw new ResponseTooLargeError(this.#maxBodyBytes);
        }
        chunks.push(chunk);
      }
    } catch (error) {
      throw this.#decodeFailure(error) ?? error;
    }
    return Buffer.concat(chunks, size);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.bytes();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  /** UTF-8, a byte-order mark dropped, as `Response.text()` does. */
  async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes());
  }

  async json(): Promise<unknown> {
    const text = await this.text();
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new ResponseDecodeError(this.#shown, `is not valid JSON (${(error as Error).message})`, { cause: error });
    }
  }

  /** A zlib failure (its codes start with Z_) named by the encoding and the request; undefined for others. */
  #decodeFailure(error: unknown): ResponseDecodeError | undefined {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code !== 'string' || !code.startsWith('Z_')) return undefined;
    const encoding = this.headers.get('content-encoding')?.trim().toLowerCase() ?? 'compressed';
    return new ResponseDecodeError(this.#shown, `could not be decompressed (${encoding}: ${(error as Error).message})`, {
      cause: error,
    });
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.bytes()], { type: this.headers.get('content-type') ?? '' });
  }

  /** Drops an unread body so the connection can serve the next request. */
  discard(): void {
    if (!this.#bodyUsed) this.#body.resume();
  }
}
