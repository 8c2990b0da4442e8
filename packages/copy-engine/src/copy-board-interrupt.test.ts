import { describe, expect, it } from 'vitest';
import type { CopyPin } from './copy-account.js';
import { copyBoard } from './copy-board.js';
import { createHarness } from './test-support/copy-harness.js';
import { pinSeeds, seedBoard } from './test-support/fake-board-seed.js';
import { wrapAccount } from './test-support/wrap-account.js';

describe('a copy stopped while a read is on its way', () => {
  it('resolves only after that read has settled, so nothing it does comes after the report', async () => {
    const h = createHarness(7);
    for (const name of ['Slow', 'Fast', 'Later']) seedBoard(h.source, { name, pins: pinSeeds(name, 3) });
    const slowId = h.source.boards[0]!.board.id;
    const order: string[] = [];
    const controller = new AbortController();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const source = wrapAccount(h.source, {
      listBoardPins: (boardId) => {
        if (boardId !== slowId) return h.source.listBoardPins(boardId);
        return (async function* (): AsyncGenerator<CopyPin> {
          // The user presses Ctrl-C while this page is being read; the answer comes a little later.
          controller.abort();
          setTimeout(release, 50);
          await gate;
          order.push('slow read answered');
          yield* h.source.listBoardPins(boardId);
        })();
      },
    });
    const report = await copyBoard(h.options({ source, all: true, boardConcurrency: 2, signal: controller.signal }));
    order.push('copy resolved');
    expect(report.cancelled).toBe(true);
    expect(order).toEqual(['slow read answered', 'copy resolved']);
  });
});
