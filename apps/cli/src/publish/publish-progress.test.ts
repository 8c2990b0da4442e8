import { describe, expect, it } from 'vitest';
import { createPublishProgress } from './publish-progress.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, columns: 100, write: (text: string) => void written.push(text) };
}

const plan = {
  type: 'plan' as const,
  dryRun: false,
  rows: [
    { row: 2, id: 'a', board: 'B', state: 'due' as const },
    { row: 3, id: 'b', board: 'B', state: 'due' as const },
    { row: 4, id: 'c', board: 'B', state: 'pending' as const, publishAt: 0 },
  ],
};

describe('createPublishProgress', () => {
  it('prints a plain line per row off a terminal', () => {
    const out = stream(false);
    const progress = createPublishProgress(out);
    progress.onEvent(plan);
    progress.onEvent({ type: 'row-published', row: 2, id: 'a', pinId: '11', via: 'created' });
    progress.onEvent({ type: 'row-failed', row: 3, id: 'b', message: 'refused\x1b[31m' });
    progress.stop();
    expect(out.written.join('')).toBe('Publishing 2 due rows of 3.\nrow 2 (a): pin 11 created\nrow 3 (b) failed: refused\\e[31m\n');
  });

  it('redraws one bar on a terminal, failures above it, and clears it at the end', () => {
    const out = stream(true);
    const progress = createPublishProgress(out, 0);
    progress.onEvent(plan);
    progress.onEvent({ type: 'row-published', row: 2, id: 'a', pinId: '11', via: 'created' });
    progress.onEvent({ type: 'row-failed', row: 3, id: 'b', message: 'refused' });
    progress.stop();
    const text = out.written.join('');
    expect(text).toContain('[########........]  50% rows 1/2 (1 published, 0 failed)');
    expect(text).toContain('\r\x1b[2Krow 3 (b) failed: refused\n');
    expect(text).toContain('[################] 100% rows 2/2 (1 published, 1 failed)');
    expect(text.endsWith('\r\x1b[2K')).toBe(true);
    expect(text).not.toContain('pin 11');
  });
});
