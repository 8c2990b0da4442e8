import { describe, expect, it } from 'vitest';
import { createCopyContext } from './copy-context.js';
import { JournalIndex } from './journal-index.js';
import { createMemoryJournal } from './journal-store.js';
import { createHarness } from './test-support/copy-harness.js';

describe('createCopyContext', () => {
  it('lets every waiting writer listen on the copy signal without a MaxListenersExceededWarning', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const { journal } = await JournalIndex.open(createMemoryJournal(), false);
      const ctx = createCopyContext(createHarness().options(), journal);
      // As many as a copy under faults has waiting at once: writers, retry waits, requests.
      for (let i = 0; i < 40; i++) ctx.signal.addEventListener('abort', () => {});
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
