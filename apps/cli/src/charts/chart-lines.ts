import type { AnalyticsSeries } from '@pinkit/api-v5';
import { terminalSafe } from '../output/terminal-safe.js';
import { sparkline } from './sparkline.js';
import { formatChange, formatNumber, seriesLabel, seriesStats } from './series-stats.js';

const paint = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[39m`;

/**
 * One line per series for the terminal: name, sparkline, total (or mean), min and max with their
 * dates, and the change against the first half of the range. Names and dates come from the
 * server, so they pass through terminalSafe; colour only when `colored`.
 */
export function chartLines(series: readonly AnalyticsSeries[], options: { colored: boolean }): string[] {
  const color = (code: string) => (options.colored ? paint(code) : (text: string) => text);
  const labels = series.map((one) => terminalSafe(seriesLabel(one)));
  const width = Math.max(0, ...labels.map((label) => label.length));
  return series.map((one, index) => {
    const name = (labels[index] ?? '').padEnd(width);
    const stats = seriesStats(one);
    if (!stats) return `${name}  no data for this range`;
    const spark = color('36')(sparkline(one.points.map((point) => point.value)));
    const day = (date: string) => terminalSafe(date);
    const parts = [
      `${stats.kind} ${formatNumber(stats.figure)}`,
      `min ${formatNumber(stats.min.value)} (${day(stats.min.date)})`,
      `max ${formatNumber(stats.max.value)} (${day(stats.max.date)})`,
    ];
    if (stats.change === undefined) parts.push('no change to compare');
    else parts.push(`${color(stats.change >= 0 ? '32' : '31')(formatChange(stats.change))} vs first half`);
    return `${name}  ${spark}  ${parts.join('  ')}`;
  });
}
