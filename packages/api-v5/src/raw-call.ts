import { createListing, redactHeaders, type HttpClient, type Listing } from '@pinkit/http';
import { SandboxUnsupportedError } from './errors.js';
import { expectListPage } from './expect-shape.js';
import { findOperation } from './find-operation.js';

/** A request built by someone who named the operation (a CLI's `api` command): the path is filled in already. */
export interface RawCallInput {
  method: string;
  /** Relative to `/v5`, ids filled in and encoded: `/boards/123`. */
  path: string;
  query?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  body?: unknown;
  /** The operation it calls, for its rate-limit category and its sandbox support. */
  operationId?: string;
}

export interface RawCallAnswer {
  status: number;
  /** Lower-case names, secrets removed. */
  headers: Record<string, string>;
  body: unknown;
}

/** Requests on the client's own transport, answered with status and headers, or as every item of a paged list. */
export interface RawCalls {
  send(input: RawCallInput): Promise<RawCallAnswer>;
  pages(input: RawCallInput): Listing<unknown>;
}

export function createRawCalls(http: HttpClient, sandbox = false): RawCalls {
  const category = (input: RawCallInput): string | undefined => {
    if (input.operationId === undefined) return undefined;
    const operation = findOperation(input.operationId);
    if (sandbox && operation.sandbox === 'disabled') {
      throw new SandboxUnsupportedError(operation.id, `${operation.method} /v5${operation.path}`);
    }
    return operation.rateLimitCategory ?? undefined;
  };
  const request = (input: RawCallInput, query = input.query) => {
    const rateLimitCategory = category(input);
    return http.request<unknown>(input.method, input.path, {
      ...(query ? { query } : {}),
      ...(input.body === undefined ? {} : { json: input.body }),
      ...(rateLimitCategory ? { rateLimitCategory } : {}),
    });
  };
  return {
    async send(input) {
      const response = await request(input);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
      return { status: response.status, headers: redactHeaders(headers), body: response.data };
    },
    pages(input) {
      const label = input.operationId ?? `${input.method} /v5${input.path}`;
      return createListing(async (bookmark) =>
        expectListPage((await request(input, { ...input.query, ...(bookmark ? { bookmark } : {}) })).data, label),
      );
    },
  };
}
