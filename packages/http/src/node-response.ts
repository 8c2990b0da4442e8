import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { ResponseTooLargeError } from './errors.js';
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
  #bodyUsed = false;

  constructor(message: IncomingMessage, body: Readable, init: { url: string; maxBodyBytes: number }) {
    this.status = message.statusCode ?? 0;
    this.statusText = message.statusMessage ?? '';
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = new ResponseHeaders(message.headers);
    this.url = init.url;
    this.#message = message;
    this.#body = body;
    this.#maxBodyBytes = init.maxBodyBytes;
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
    for await (const chunk of this.#body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > this.#maxBodyBytes) {
        this.#body.destroy();
        this.#message.destroy();
        throw new ResponseTooLargeError(this.#maxBodyBytes);
      }
      chunks.push(chunk);
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
    return JSON.parse(await this.text()) as unknown;
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.bytes()], { type: this.headers.get('content-type') ?? '' });
  }

  /** Drops an unread body so the connection can serve the next request. */
  discard(): void {
    if (!this.#bodyUsed) this.#body.resume();
  }
}
