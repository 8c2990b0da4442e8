import { expect } from 'vitest';
import type { Simulator } from '../simulator.js';
import { SpecValidator } from './spec-validator.js';

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** The shape every Pinterest error shares. */
export interface ErrorBody {
  code: number;
  message: string;
  message_detail?: string;
}

const validator = new SpecValidator();

/**
 * A fetch-based client for tests. Every response must carry `x-pinterest-rid`, and every
 * response to a v5 operation is validated against the official description before the
 * test sees it, so a test that reads a field also proves the field is shaped as documented.
 */
/** `token` defaults to the demo user's; null sends no Authorization header. */
export function simApi(sim: Simulator, token: string | null = sim.users[0]?.accessToken ?? null) {
  async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const response = await fetch(sim.url + path, {
      method,
      headers: {
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    expect(response.headers.get('x-pinterest-rid'), `${method} ${path} x-pinterest-rid`).toMatch(/^[0-9a-f]{16}$/);
    const pathname = new URL(path, sim.url).pathname;
    const operationId = validator.operationFor(method, pathname);
    if (operationId !== undefined) validator.check(operationId, response.status, parsed);
    return { status: response.status, headers: response.headers, body: parsed as T };
  }
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown) => call<T>('POST', path, body),
    patch: <T>(path: string, body: unknown) => call<T>('PATCH', path, body),
    delete: <T>(path: string) => call<T>('DELETE', path),
    call,
  };
}

/** Follows bookmarks to the end (from a given bookmark, or the start), returning every item of a v5 list. */
export async function walkPages<T>(
  api: ReturnType<typeof simApi>,
  path: string,
  from: string | null = null,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let bookmark: string | null = from;
  let pages = 0;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const url: string = bookmark === null ? path : `${path}${separator}bookmark=${encodeURIComponent(bookmark)}`;
    const page: ApiResponse<{ items: T[]; bookmark?: string | null }> = await api.get(url);
    expect(page.status, url).toBe(200);
    items.push(...page.body.items);
    const next = page.body.bookmark ?? null;
    if (next !== null) expect(next, `${url} handed back the bookmark it was given`).not.toBe(bookmark);
    bookmark = next;
    pages += 1;
  } while (bookmark !== null);
  return { items, pages };
}

/** The access token of `sim.users[index]` (0: demo user, 1: empty target user). */
export function tokenOf(sim: Simulator, index: 0 | 1): string {
  const user = sim.users[index];
  if (!user) throw new Error(`the simulator has no user ${index}`);
  return user.accessToken;
}
