import type { CopyEvent } from '@pinkit/copy-engine';
import { describe, expect, it } from 'vitest';
import { renderProgressBar } from './progress-bar.js';
import { createProgressDisplay } from './progress-display.js';
import { emptyTally } from './progress-tally.js';

const CLEAR = '\r\x1b[2K';

function stream(isTTY: boolean, columns = 120) {
  const writes: string[] = [];
  return { writes, text: () => writes.join(''), isTTY, columns, write: (chunk: string) => writes.push(chunk) };
}

const board = { id: '10', name: 'Soups', pin_count: 4 };
const events: CopyEvent[] = [
  { type: 'plan', sourceBoard: board, targetName: 'Soups', dryRun: false },
  { type: 'board-created', sourceBoard: board, targetBoardId: '20', via: 'created' },
  { type: 'pin-copied', sourceBoardId: '10', sourcePinId: '1', targetPinId: '21', via: 'created' },
  { type: 'pin-copied', sourceBoardId: '10', sourcePinId: '2', targetPinId: '22', via: 'journal' },
  { type: 'skipped', item: 'pin', sourceId: '3', reason: 'not-creatable', message: 'Pin 3 is a pin of several videos; it was not copied.' },
  { type: 'failed', item: 'pin', sourceId: '4', message: 'POST /v5/pins failed with 400 (request id abc)', cause: new Error('x') },
];

describe('createProgressDisplay without a terminal', () => {
  it('prints boards, skips and failures at level 1, and each pin from level 2', () => {
    const quiet = stream(false);
    const display = createProgressDisplay(quiet, { level: 1 });
    for (const event of events) display.onEvent(event);
    expect(quiet.text()).toBe(
      [
        'Copying board 10 "Soups" (4 pins)',
        'board 10 -> 20: created',
        '  skipped pin 3 (not-creatable): Pin 3 is a pin of several videos; it was not copied.',
        '  FAILED pin 4: POST /v5/pins failed with 400 (request id abc)',
        '',
      ].join('\n'),
    );
    const chatty = stream(false);
    const verbose = createProgressDisplay(chatty, { level: 2 });
    for (const event of events) verbose.onEvent(event);
    expect(chatty.text()).toContain('  pin 1 -> 21: created\n  pin 2 -> 22: already copied\n');
  });

  it('still prints failures at level 0, and nothing else', () => {
    const out = stream(false);
    const display = createProgressDisplay(out, { level: 0 });
    for (const event of events) display.onEvent(event);
    expect(out.text()).toBe('  FAILED pin 4: POST /v5/pins failed with 400 (request id abc)\n');
  });
});

describe('createProgressDisplay on a terminal', () => {
  it('redraws one line in place and prints skips and failures above it', () => {
    const tty = stream(true);
    let clock = 0;
    const display = createProgressDisplay(tty, { level: 2, now: () => (clock += 1000) });
    for (const event of events) display.onEvent(event);
    const text = tty.text();
    expect(text).not.toContain('pin 1 -> 21');
    expect(text).toContain(`${CLEAR}  skipped pin 3 (not-creatable): Pin 3 is a pin of several videos; it was not copied.\n${CLEAR}[`);
    expect(tty.writes.at(-1)).toBe(`${CLEAR}[################] 100% boards 1/1 pins 4/4 (1 copied, 1 already, 1 skipped, 1 failed)`);
    display.stop();
    expect(tty.writes.at(-1)).toBe(CLEAR);
  });

  it('redraws at most once per interval, however many pins arrive', () => {
    const tty = stream(true);
    const display = createProgressDisplay(tty, { level: 2, now: () => 0 });
    display.onEvent(events[0]!);
    const afterPlan = tty.writes.length;
    for (let n = 0; n < 50; n++) display.onEvent({ ...(events[2] as CopyEvent & { type: 'pin-copied' }), sourcePinId: String(n) });
    expect(tty.writes.length).toBe(afterPlan);
    expect(display.tally.pinsCopied).toBe(50);
  });

  it('draws a whole bar when the terminal reports no width (a bare pseudo-terminal says 0)', () => {
    const tty = stream(true, 0);
    createProgressDisplay(tty, { level: 1, now: () => 0 }).onEvent(events[0]!);
    expect(tty.writes.at(-1)).toBe(`${CLEAR}[................]   0% boards 0/1 pins 0/4 (0 copied, 0 skipped, 0 failed)`);
  });

  it('keeps other lines (request logs) from breaking the bar', () => {
    const tty = stream(true);
    const display = createProgressDisplay(tty, { level: 1, now: () => 0 });
    display.onEvent(events[0]!);
    display.line('POST /v5/pins -> 201');
    expect(tty.writes.slice(-3)).toEqual([CLEAR, 'POST /v5/pins -> 201\n', expect.stringMatching(/^\r\x1b\[2K\[\.{16}\] {3}0%/)]);
  });
});

describe('renderProgressBar', () => {
  it('fits the terminal width and says "to copy" in a dry run', () => {
    const tally = { ...emptyTally(), boardsStarted: 2, boardsDone: 1, pinsExpected: 10, pinsCopied: 5, dryRun: true };
    expect(renderProgressBar(tally, 200)).toBe('[########........]  50% boards 1/2 pins 5/10 (5 to copy, 0 skipped, 0 failed)');
    expect(renderProgressBar(tally, 30)).toHaveLength(29);
  });
});
