import { writeBookmark, type Page, type PageRequest } from '../core/bookmark-paging.js';

// One newest-first page drawn from several lists each sorted by seq (the boards' pins), merged
// as it goes: a page of the user's pins costs a few hundred steps per board instead of a copy
// and sort of every pin in the store, which made 100,000 pins take 2.5 times as long to list.

/** The last index whose seq is below `after` (the end of the list without a bookmark). */
function startBelow(items: readonly { seq: number }[], after: number | undefined): number {
  if (after === undefined) return items.length - 1;
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((items[mid]?.seq ?? 0) < after) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

export function pageAcrossLists<T extends { seq: number }>(
  lists: ReadonlyArray<readonly T[]>,
  request: PageRequest,
  include: (item: T) => boolean,
): Page<T> {
  const cursors = lists.map((list) => startBelow(list, request.after));
  const page: T[] = [];
  for (;;) {
    // The list with the newest next item, and the seq it stays newest down to: a board's pins
    // mostly run in one block of seqs, so a run is often the rest of the page.
    let best = -1;
    let bestSeq = -Infinity;
    let runnerUpSeq = -Infinity;
    cursors.forEach((cursor, index) => {
      const seq = lists[index]?.[cursor]?.seq;
      if (seq === undefined) return;
      if (seq > bestSeq) [best, bestSeq, runnerUpSeq] = [index, seq, bestSeq];
      else if (seq > runnerUpSeq) runnerUpSeq = seq;
    });
    const list = lists[best];
    if (list === undefined) return { items: page, bookmark: null };
    let cursor = cursors[best] ?? -1;
    for (let item = list[cursor]; item !== undefined && item.seq > runnerUpSeq; item = list[cursor]) {
      cursor -= 1;
      if (!include(item)) continue;
      if (page.length === request.pageSize) return { items: page, bookmark: writeBookmark(page[page.length - 1]?.seq ?? 0) };
      page.push(item);
    }
    cursors[best] = cursor;
  }
}
