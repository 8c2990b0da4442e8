import type { HeadersLike } from './fetch-like.js';

type HeadersInit = Record<string, string> | Iterable<readonly [string, string]>;

/**
 * The `Headers` ofetch builds a request's headers with. Not the global `Headers`: its first use
 * loads undici. Names match without regard to case and keep the case they were set with, so a
 * transport sees `Authorization` as the client wrote it.
 */
export class RequestHeaders implements HeadersLike, Iterable<[string, string]> {
  readonly #entries = new Map<string, [string, string]>();

  constructor(init?: HeadersInit) {
    const pairs = init === undefined ? [] : Symbol.iterator in init ? init : Object.entries(init);
    for (const [name, value] of pairs) this.set(name, value);
  }

  get(name: string): string | null {
    return this.#entries.get(name.toLowerCase())?.[1] ?? null;
  }

  has(name: string): boolean {
    return this.#entries.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.#entries.set(name.toLowerCase(), [name, String(value)]);
  }

  delete(name: string): void {
    this.#entries.delete(name.toLowerCase());
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this) callback(value, name);
  }

  *entries(): IterableIterator<[string, string]> {
    for (const [name, value] of this.#entries.values()) yield [name, value];
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}
