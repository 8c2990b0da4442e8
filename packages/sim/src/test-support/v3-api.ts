import { expect } from 'vitest';
import type { Simulator } from '../simulator.js';
import { simApi } from './sim-api.js';

/** Every v3 answer: `{status, code, data, message, bookmark}`; a refusal says `status: 'failure'`. */
export interface Envelope<T> {
  status: 'success' | 'failure';
  code: number;
  data?: T;
  message?: string;
  bookmark?: string;
}

/** simApi with a seeded user's v3 token (v3 scope names): `[0]` the demo user, `[1]` the empty one. */
export function v3Api(sim: Simulator, index: 0 | 1 = 0) {
  return simApi(sim, sim.users[index]?.v3AccessToken ?? null);
}

/** Follows v3 bookmarks (the same URL with `bookmark` added) to the last page, which has none; each page must answer 200. */
export async function walkV3<T>(sim: Simulator, path: string, index: 0 | 1 = 0): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let bookmark: string | undefined;
  let pages = 0;
  do {
    const url = bookmark === undefined ? path : `${path}${path.includes('?') ? '&' : '?'}bookmark=${encodeURIComponent(bookmark)}`;
    const page = await v3Api(sim, index).get<Envelope<T[]>>(url);
    expect(page.status, url).toBe(200);
    expect(page.body).toMatchObject({ status: 'success', code: 0 });
    items.push(...(page.body.data ?? []));
    bookmark = page.body.bookmark;
    pages += 1;
  } while (bookmark !== undefined);
  return { items, pages };
}
