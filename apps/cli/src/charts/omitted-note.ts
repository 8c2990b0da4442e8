import type { AnalyticsSeries } from '@pinkit/api-v5';
import { terminalSafe } from '../output/terminal-safe.js';

/**
 * One warning for the points an answer had outside the range asked for (or past the most a chart
 * holds), which the charts and the table leave out: the answer is still printed or saved whole,
 * but a day in year 1 or 9999 must not become millions of rows. Undefined when nothing was left out.
 */
export function omittedNote(series: readonly AnalyticsSeries[]): string | undefined {
  let count = 0;
  let first: string | undefined;
  let last: string | undefined;
  for (const { omitted } of series) {
    if (!omitted) continue;
    count = Math.max(count, omitted.count);
    if (first === undefined || omitted.first < first) first = omitted.first;
    if (last === undefined || omitted.last > last) last = omitted.last;
  }
  if (count === 0 || first === undefined || last === undefined) return undefined;
  const span = first === last ? terminalSafe(first) : `${terminalSafe(first)} to ${terminalSafe(last)}`;
  const points = count === 1 ? 'a point' : `${count} points`;
  return `warning: the answer had ${points} (${span}) outside what the charts cover (the range asked for, at most 10,000 points); the charts and the table leave them out.`;
}
