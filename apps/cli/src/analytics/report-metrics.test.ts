import { describe, expect, it } from 'vitest';
import { InputError } from '../output/describe-error.js';
import { describeReportMetrics } from './report-metrics.js';

const listed = [
  { name: 'IMPRESSION_1', definition: 'Paid impressions' },
  { name: 'SPEND_IN_DOLLAR', definition: 'Spend \u001b[31min dollars' },
];

describe('describeReportMetrics', () => {
  it('shows the definition of each metric the report asks for, made terminal-safe', () => {
    const lines = describeReportMetrics(listed, ['SPEND_IN_DOLLAR', 'IMPRESSION_1']);
    expect(lines[0]).toBe('2 delivery metrics are available; the report asks for:');
    expect(lines[1]).not.toContain('\u001b');
    expect(lines[2]).toBe('  IMPRESSION_1: Paid impressions');
  });

  it('refuses a metric the API does not list, before any report is requested', () => {
    expect(() => describeReportMetrics(listed, ['IMPRESSION_1', 'TOTAL_CLICKTHROUGH'])).toThrow(
      new InputError('The API lists no delivery metric TOTAL_CLICKTHROUGH; 2 metrics are available.'),
    );
  });
});
