import { hostname } from 'node:os';
import { JournalLockedError } from '@pinkit/copy-engine';
import { describe, expect, it } from 'vitest';
import { describeError, exitCodeFor } from './describe-error.js';

describe('describeError', () => {
  it('names the pinkit run holding a copy journal, and the lock file when that run is on another host', () => {
    const here = new JournalLockedError('/j/copy.jsonl', '/j/copy.jsonl.lock', { pid: 1234, host: hostname() });
    expect(describeError(here)).toBe(
      'Another pinkit run (pid 1234) is copying with journal /j/copy.jsonl; wait for it to finish or use a different --journal.',
    );
    expect(exitCodeFor(here)).toBe(1);
    const there = new JournalLockedError('/j/copy.jsonl', '/j/copy.jsonl.lock', { pid: 99, host: 'nas.example' });
    expect(describeError(there)).toBe(
      'Another pinkit run (pid 99 on nas.example) is copying with journal /j/copy.jsonl; ' +
        'wait for it to finish or use a different --journal. ' +
        'If it is no longer running, delete /j/copy.jsonl.lock.',
    );
  });
});
