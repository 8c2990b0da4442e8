import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import { defaultRange, listFlag } from './analytics-flags.js';
import { metricsLines, rowLines } from './analytics-lines.js';
import { reportProgressLine } from './report-progress.js';
import { writeOutputFile } from './write-output-file.js';

describe('analytics output', () => {
  it('defaults to the last 30 days, today (UTC) included', () => {
    expect(defaultRange(Date.UTC(2026, 2, 1, 23, 59))).toEqual({ startDate: '2026-01-30', endDate: '2026-03-01' });
  });

  it('reads a comma list in upper case and refuses an empty item', () => {
    expect(listFlag(' spend_in_dollar, CTR ', '--metrics')).toEqual(['SPEND_IN_DOLLAR', 'CTR']);
    expect(() => listFlag('CTR,', '--columns')).toThrow('Invalid --columns: "CTR," has an empty item; separate values with commas.');
  });

  it('escapes control characters in server text', () => {
    const hostile = {
      all: { daily_metrics: [{ date: '2026-03-01\u001b[2J', metrics: { 'IMPRESSION\u0007': 5 } }], summary_metrics: { IMPRESSION: 5 } },
    };
    expect(metricsLines(hostile)).toEqual(['2026-03-01\\e[2J  IMPRESSION\\u0007 5', 'Summary  IMPRESSION 5']);
    expect(rowLines([{ AD_ID: '1\u001b]0;x', DATE: '2026-03-01', HOUR: 3, CTR: 0.1 }])).toEqual([
      '2026-03-01 03h  AD_ID 1\\e]0;x  CTR 0.1',
    ]);
  });

  it('says how a report is going', () => {
    expect(reportProgressLine({ status: 'IN_PROGRESS', polls: 0, elapsedMs: 0, nextPollMs: 1000 })).toBe(
      'Report requested (IN_PROGRESS); first poll in 1 s.',
    );
    expect(reportProgressLine({ status: 'FINISHED', polls: 3, elapsedMs: 7040 })).toBe('Report FINISHED after 3 polls (7 s).');
  });

  it('replaces an output file whole, leaving no temporary file behind', async () => {
    const dir = tempDir('pinkit-output-');
    const file = join(dir, 'out.json');
    await writeOutputFile(file, 'one\n');
    await writeOutputFile(file, 'two\n');
    expect(readFileSync(file, 'utf8')).toBe('two\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
    await expect(writeOutputFile(join(dir, 'missing', 'out.json'), 'x')).rejects.toThrow(/ENOENT/);
  });
});
