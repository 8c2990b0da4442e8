import type { AnalyticsSeries } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { chartLines } from './chart-lines.js';
import { sparkline } from './sparkline.js';
import { seriesStats } from './series-stats.js';

const series = (metric: string, values: Array<number | null>): AnalyticsSeries => ({
  metric,
  points: values.map((value, index) => ({ date: `2026-03-${String(index + 1).padStart(2, '0')}`, value })),
});

describe('sparkline', () => {
  it('scales a known series from its minimum to its maximum', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([10, 80, 40, 10])).toBe('▁█▄▁');
  });

  it('leaves a gap as a space, never as a low bar', () => {
    expect(sparkline([1, null, null, 8])).toBe('▁  █');
  });

  it('draws a single day, an all-zero and an all-equal series flat', () => {
    expect(sparkline([42])).toBe('▄');
    expect(sparkline([0, 0, 0])).toBe('▁▁▁');
    expect(sparkline([5, 5, null, 5])).toBe('▄▄ ▄');
  });

  it('draws nothing but gaps for a metric with no data', () => {
    expect(sparkline([null, null])).toBe('  ');
    expect(sparkline([])).toBe('');
  });
});

describe('chart lines', () => {
  it('prints the total, min and max with their dates and the change against the first half', () => {
    const [line] = chartLines([series('IMPRESSION', [10, 20, 30, 40])], { colored: false });
    expect(line).toBe('IMPRESSION  ▁▃▆█  total 100  min 10 (2026-03-01)  max 40 (2026-03-04)  +133.3% vs first half');
  });

  it('averages rates, compares means across a gap and lines the names up', () => {
    const lines = chartLines([series('PIN_CLICK_RATE', [0.1, null, 0.3, 0.2]), series('SAVE', [4, 2, 0, 1])], { colored: false });
    expect(lines).toEqual([
      'PIN_CLICK_RATE  ▁ █▅  mean 0.2  min 0.1 (2026-03-01)  max 0.3 (2026-03-03)  +150% vs first half',
      'SAVE            █▅▁▃  total 7  min 0 (2026-03-03)  max 4 (2026-03-01)  -83.3% vs first half',
    ]);
  });

  it('says so for a single day, an all-zero series and a metric with no data', () => {
    const lines = chartLines([series('A', [7]), series('B', [0, 0]), series('C', [null, null])], { colored: false });
    expect(lines).toEqual([
      'A  ▄  total 7  min 7 (2026-03-01)  max 7 (2026-03-01)  no change to compare',
      'B  ▁▁  total 0  min 0 (2026-03-01)  max 0 (2026-03-01)  0% vs first half',
      'C  no data for this range',
    ]);
    expect(seriesStats(series('C', []))).toBeUndefined();
  });

  it('colours only when asked, and escapes control characters in server names', () => {
    const [plain] = chartLines([series('X\u001b[2J', [1, 2])], { colored: false });
    expect(plain).toMatch(/^X\\e\[2J  ▁█  /);
    const [colored] = chartLines([series('X', [2, 1])], { colored: true });
    expect(colored).toContain('\u001b[36m█▁\u001b[39m');
    expect(colored).toContain('\u001b[31m-50%\u001b[39m vs first half');
  });
});
