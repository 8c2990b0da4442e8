import { describe, expect, it } from 'vitest';
import { pageOf, readPageRequest, writeBookmark } from './bookmark-paging.js';
import { PinterestFailure } from './pinterest-failure.js';

const items = [1, 2, 3, 4, 5, 6, 7].map((seq) => ({ seq }));
const seqs = (page: { items: { seq: number }[] }) => page.items.map((item) => item.seq);

describe('readPageRequest', () => {
  it('defaults page_size to 25 and reads a bookmark back', () => {
    expect(readPageRequest(new URLSearchParams())).toEqual({ pageSize: 25, after: undefined });
    expect(readPageRequest(new URLSearchParams({ page_size: '250', bookmark: writeBookmark(9) }))).toEqual({ pageSize: 250, after: 9 });
  });

  it.each(['0', '251', 'abc', '2.5', ''])('refuses page_size %j with a 400', (size) => {
    expect(() => readPageRequest(new URLSearchParams({ page_size: size }))).toThrow(PinterestFailure);
  });
});

describe('pageOf', () => {
  it('pages oldest first and ends with a null bookmark', () => {
    const first = pageOf(items, { pageSize: 3, after: undefined }, { newestFirst: false });
    expect(seqs(first)).toEqual([1, 2, 3]);
    const second = pageOf(items, readPageRequest(new URLSearchParams({ page_size: '3', bookmark: first.bookmark ?? '' })), {
      newestFirst: false,
    });
    expect(seqs(second)).toEqual([4, 5, 6]);
    const third = pageOf(items, readPageRequest(new URLSearchParams({ page_size: '3', bookmark: second.bookmark ?? '' })), {
      newestFirst: false,
    });
    expect(third).toEqual({ items: [{ seq: 7 }], bookmark: null });
  });

  it('pages newest first', () => {
    const first = pageOf(items, { pageSize: 4, after: undefined }, { newestFirst: true });
    expect(seqs(first)).toEqual([7, 6, 5, 4]);
    const rest = pageOf(items, { pageSize: 4, after: 4 }, { newestFirst: true });
    expect(rest).toEqual({ items: [{ seq: 3 }, { seq: 2 }, { seq: 1 }], bookmark: null });
  });

  it('gives no bookmark when the last page is exactly full', () => {
    expect(pageOf(items, { pageSize: 7, after: undefined }, { newestFirst: false }).bookmark).toBeNull();
  });

  it('continues after a bookmarked item that has since been deleted', () => {
    const without4 = items.filter((item) => item.seq !== 4);
    expect(seqs(pageOf(without4, { pageSize: 2, after: 4 }, { newestFirst: false }))).toEqual([5, 6]);
    expect(seqs(pageOf(without4, { pageSize: 2, after: 4 }, { newestFirst: true }))).toEqual([3, 2]);
  });

  it('applies a filter without ending a page early', () => {
    const odd = pageOf(items, { pageSize: 2, after: undefined }, { newestFirst: false, include: (item) => item.seq % 2 === 1 });
    expect(seqs(odd)).toEqual([1, 3]);
    expect(odd.bookmark).not.toBeNull();
  });
});
