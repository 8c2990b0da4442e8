import { describe, expect, it } from 'vitest';
import { UnexpectedResponseError } from './answer-errors.js';
import { PagingError } from './errors.js';
import { paginate, paginatePages, toPage } from './paginate.js';

function pagesOf(bodies: unknown[]) {
  const asked: Array<string | undefined> = [];
  return {
    asked,
    fetchPage: async (bookmark: string | undefined) => {
      asked.push(bookmark);
      return bodies[asked.length - 1];
    },
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('paginate', () => {
  it('follows v5 {items, bookmark} pages until the bookmark is null', async () => {
    const { asked, fetchPage } = pagesOf([
      { items: [1, 2], bookmark: 'b1' },
      { items: [3], bookmark: 'b2' },
      { items: [4], bookmark: null },
    ]);
    expect(await collect(paginate<number>(fetchPage))).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual([undefined, 'b1', 'b2']);
  });

  it('reads the v3 {data, bookmark} envelope, where an empty bookmark ends the list', async () => {
    const { fetchPage } = pagesOf([
      { data: ['a'], bookmark: 'x' },
      { data: ['b'], bookmark: '' },
    ]);
    expect(await collect(paginate<string>(fetchPage))).toEqual(['a', 'b']);
  });

  it('stops with a PagingError when the server repeats a bookmark', async () => {
    const { fetchPage } = pagesOf([
      { items: [1], bookmark: 'same' },
      { items: [2], bookmark: 'same' },
      { items: [3], bookmark: null },
    ]);
    await expect(collect(paginate(fetchPage))).rejects.toBeInstanceOf(PagingError);
  });

  it('stops with a PagingError after maxStalledPages pages with fresh bookmarks and no new ids', async () => {
    const asked: Array<string | undefined> = [];
    const fetchPage = async (bookmark: string | undefined) => {
      asked.push(bookmark);
      return { items: [{ id: '1' }, { id: '2' }], bookmark: `fresh-${asked.length}` };
    };
    const reading = collect(paginate(fetchPage, { maxStalledPages: 3 }));
    await expect(reading).rejects.toThrow(/3 pages in a row with no new items/);
    await expect(reading).rejects.toBeInstanceOf(PagingError);
    // The first page is new; then three that repeat it.
    expect(asked).toHaveLength(4);
  });

  it('counts only pages in a row: a page with one new id resets the count', async () => {
    const bodies = [
      { items: [{ id: 'a' }], bookmark: 'b1' },
      { items: [{ id: 'a' }], bookmark: 'b2' },
      { items: [{ id: 'a' }, { id: 'b' }], bookmark: 'b3' },
      { items: [{ id: 'b' }], bookmark: 'b4' },
      { items: [{ id: 'c' }], bookmark: null },
    ];
    const { fetchPage } = pagesOf(bodies);
    expect(await collect(paginate<{ id: string }>(fetchPage, { maxStalledPages: 2 }))).toHaveLength(6);
  });

  it('remembers only the last maxStalledPages pages, so ids seen long before count as new again', async () => {
    // An unbounded record of every id grew with the listing; ten old pins coming back after their
    // window has passed are read, not taken for a stall.
    const bodies = [
      ...Array.from({ length: 10 }, (_, n) => ({ items: [{ id: `new-${n}` }], bookmark: `b${n}` })),
      { items: [{ id: 'new-0' }], bookmark: 'again-0' },
      { items: [{ id: 'new-1' }], bookmark: 'again-1' },
      { items: [{ id: 'last' }], bookmark: null },
    ];
    const { fetchPage } = pagesOf(bodies);
    expect(await collect(paginate<{ id: string }>(fetchPage, { maxStalledPages: 2 }))).toHaveLength(13);
  });

  it('counts repeated pages of items without ids as stalled, telling them apart by content', async () => {
    let page = 0;
    const fetchPage = async () => ({ items: [{ name: 'same' }, { name: 'twin' }], bookmark: `fresh-${++page}` });
    await expect(collect(paginate(fetchPage, { maxStalledPages: 3, maxPages: 1000 }))).rejects.toThrow(
      /3 pages in a row with no new items/,
    );
    expect(page).toBe(4);
  });

  it('reads id-less items that differ as new', async () => {
    const { fetchPage } = pagesOf([
      { items: [{ name: 'a' }], bookmark: 'b1' },
      { items: [{ name: 'b' }], bookmark: 'b2' },
      { items: [{ name: 'c' }], bookmark: null },
    ]);
    expect(await collect(paginate(fetchPage, { maxStalledPages: 1 }))).toHaveLength(3);
  });

  it('stops with a PagingError naming the cap after maxPages pages', async () => {
    let page = 0;
    const fetchPage = async () => ({ items: [{ id: String(++page) }], bookmark: `b${page}` });
    await expect(collect(paginate(fetchPage, { maxPages: 20 }))).rejects.toThrow(/reached 20 pages, the most pinkit reads/);
    expect(page).toBe(20);
  });

  it('fetches no further page when the caller stops reading', async () => {
    const { asked, fetchPage } = pagesOf([
      { items: [1, 2], bookmark: 'b1' },
      { items: [3], bookmark: null },
    ]);
    for await (const item of paginate<number>(fetchPage)) if (item === 2) break;
    expect(asked).toEqual([undefined]);
  });

  it('yields whole pages through paginatePages', async () => {
    const { fetchPage } = pagesOf([
      { items: [1, 2], bookmark: 'b1' },
      { items: [], bookmark: null },
    ]);
    expect(await collect(paginatePages<number>(fetchPage))).toEqual([
      { items: [1, 2], bookmark: 'b1' },
      { items: [], bookmark: null },
    ]);
  });

  it.each([42, { next: 'b2' }, ['b2'], true])('rejects a bookmark of the wrong type (%j) naming the field', (bookmark) => {
    expect(() => toPage({ items: [1], bookmark })).toThrow(UnexpectedResponseError);
    expect(() => toPage({ items: [1], bookmark })).toThrow(/as bookmark, where a string or null was expected/);
  });

  it('takes a missing, null or empty bookmark for the last page', () => {
    for (const body of [{ items: [1] }, { items: [1], bookmark: null }, { data: [1], bookmark: '' }])
      expect(toPage(body).bookmark).toBeNull();
  });

  it('rejects a body that is not a list envelope', () => {
    expect(() => toPage({ id: '1' })).toThrow(/Expected a list response/);
  });
});

describe('createListing', () => {
  it('reads the same endpoint item by item or page by page', async () => {
    const { createListing } = await import('./listing.js');
    const bodies = [
      { items: [1, 2], bookmark: 'b' },
      { items: [3], bookmark: null },
    ];
    const listing = createListing<number>(async (bookmark) => bodies[bookmark ? 1 : 0]);
    expect(await collect(listing)).toEqual([1, 2, 3]);
    expect((await collect(listing.pages())).map((p) => p.items)).toEqual([[1, 2], [3]]);
  });
});
