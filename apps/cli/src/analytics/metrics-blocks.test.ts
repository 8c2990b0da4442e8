import { describe, expect, it } from 'vitest';
import { answerSeries } from '../charts/answer-series.js';
import { metricsLines } from './analytics-lines.js';
import { metricsBlocks } from './metrics-blocks.js';

const block = {
  daily_metrics: [
    { date: '2021-03-01', data_status: 'READY', metrics: { IMPRESSION: 4, SAVE_RATE: 0.1 } },
    { date: '2021-03-02', data_status: 'READY', metrics: { IMPRESSION: 6, SAVE_RATE: 0.3 } },
  ],
  summary_metrics: { IMPRESSION: 10, SAVE_RATE: 0.2 },
};

describe('user metrics of either version', () => {
  it("reads v3's single block as v5's `all` group and leaves v5's answer as it is", () => {
    expect(metricsBlocks(block)).toEqual({ all: block });
    expect(metricsBlocks({ all: block })).toEqual({ all: block });
    expect(metricsBlocks([{ DATE: '2021-03-01' }])).toEqual([{ DATE: '2021-03-01' }]);
  });

  it('prints the same lines and draws the same series for the v3 and the v5 answer', async () => {
    expect(metricsLines(block)).toEqual(metricsLines({ all: block }));
    expect(metricsLines(block)).toEqual([
      '2021-03-01  IMPRESSION 4  SAVE_RATE 0.1',
      '2021-03-02  IMPRESSION 6  SAVE_RATE 0.3',
      'Summary  IMPRESSION 10  SAVE_RATE 0.2',
    ]);
    const shape = { startDate: '2021-03-01', endDate: '2021-03-02' };
    const v3 = await answerSeries(block, shape);
    expect(v3).toEqual(await answerSeries({ all: block }, shape));
    expect(v3.map((series) => series.points.map((point) => point.value))).toEqual([
      [4, 6],
      [0.1, 0.3],
    ]);
  });
});
