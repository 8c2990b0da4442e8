import type { IncomingHttpHeaders } from 'node:http';
import type { HeadersLike } from './fetch-like.js';

/** Read-only response headers over Node's parsed `IncomingHttpHeaders` (names already lower case). */
export class ResponseHeaders implements HeadersLike, Iterable<[string, string]> {
  readonly #headers: IncomingHttpHeaders;

  constructor(headers: IncomingHttpHeaders) {
    this.#headers = headers;
  }

  get(name: string): string | null {
    const value = this.#headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.#headers[name.toLowerCase()] !== undefined;
  }

  /** Every `Set-Cookie` line apart, as the fetch standard's `Headers.getSetCookie()`. */
  getSetCookie(): string[] {
    return this.#headers['set-cookie'] ?? [];
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this) callback(value, name);
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.#headers).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}
