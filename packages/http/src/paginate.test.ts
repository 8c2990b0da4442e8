import { describe, expect, it } from 'vitest';
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
