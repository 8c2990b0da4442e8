/**
 * The part of the fetch API pinkit's clients use. Both the global `fetch` and `createNodeFetch`
 * satisfy it, so tests and callers can inject either. Kept this small on purpose: the global
 * `Headers`, `Response` and `FormData` are undici's, and touching any of them loads undici
 * (about 65 ms and 8 MB at start-up), which a one-request command should not pay.
 */
export interface HeadersLike {
  get(name: string): string | null;
  has(name: string): boolean;
  forEach(callback: (value: string, name: string) => void): void;
}

/** Bodies the transport can send: text, form fields, bytes, a file, or a multipart form. */
export type FetchLikeBody = string | URLSearchParams | Uint8Array | ArrayBuffer | Blob | FormData;

export interface FetchLikeInit {
  method?: string;
  headers?: Record<string, string>;
  body?: FetchLikeBody;
  signal?: AbortSignal;
  /** `manual` (what `createNodeFetch` always does): a 3xx comes back as it is. `error` rejects it. */
  redirect?: 'manual' | 'error';
}

export interface FetchLikeResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: HeadersLike;
  /** The body stream, or `null` for none: ofetch reads and parses the body only when this is set. */
  readonly body?: unknown;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type FetchLike = (url: string, init?: FetchLikeInit) => Promise<FetchLikeResponse>;
