import { describe, expect, it } from 'vitest';
import { readPageRequest } from '../core/bookmark-paging.js';
import { pageAcrossLists } from './page-across-lists.js';

const items = (...seqs: number[]) => seqs.map((seq) => ({ seq }));
const request = (pageSize: number, bookmark?: string) =>
  readPageRequest(new URLSearchParams({ page_size: String(pageSize), ...(bookmark ? { bookmark } : {}) }));

function walk(lists: Array<Array<{ seq: number }>>, pageSize: number, include = (_: { seq: number }) => true): number[][] {
  const pages: number[][] = [];
  let bookmark: string | undefined;
  do {
    const page = pageAcrossLists(lists, request(pageSize, bookmark), include);
    pages.push(page.items.map((item) => item.seq));
    bookmark = page.bookmark ?? undefined;
  } while (bookmark !== undefined);
  return pages;
}

describe('pageAcrossLists', () => {
  it('merges sorted lists newest first, interleaved or in blocks, page by page', () => {
    expect(walk([items(1, 4, 5, 9), items(2, 3, 8), items(), items(6, 7)], 3)).toEqual([
      [9, 8, 7],
      [6, 5, 4],
      [3, 2, 1],
    ]);
    expect(walk([items(1, 2), items(3, 4)], 2)).toEqual([
      [4, 3],
      [2, 1],
    ]);
    expect(walk([], 5)).toEqual([[]]);
  });

  it('skips what the filter leaves out without ending a page early', () => {
    expect(walk([items(1, 3, 5), items(2, 4, 6)], 2, (item) => item.seq % 3 !== 0)).toEqual([
      [5, 4],
      [2, 1],
    ]);
  });
});
