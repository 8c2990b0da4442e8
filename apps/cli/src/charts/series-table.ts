import type { AnalyticsSeries } from '@pinkit/api-v5';
import { seriesLabel } from './series-stats.js';

export interface SeriesTable {
  labels: string[];
  rows: Array<{ date: string; values: Array<number | null> }>;
}

/** The numbers under the charts: a row per date, a column per series, a gap left empty. */
export function seriesTable(series: readonly AnalyticsSeries[]): SeriesTable {
  const dates = [...new Set(series.flatMap((one) => one.points.map((point) => point.date)))];
  const lookup = series.map((one) => new Map(one.points.map((point) => [point.date, point.value])));
  return {
    labels: series.map(seriesLabel),
    rows: dates.map((date) => ({ date, values: lookup.map((values) => values.get(date) ?? null) })),
  };
}

function csvField(text: string): string {
  // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula; names come
  // from the server, so such a name is kept as text with a leading quote.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The table as CSV: `DATE` and one column per series, numbers exactly as answered, a gap empty. */
export function seriesCsv(series: readonly AnalyticsSeries[]): string {
  const table = seriesTable(series);
  const lines = table.rows.map((row) =>
    [csvField(row.date), ...row.values.map((value) => (value === null ? '' : String(value)))].join(','),
  );
  return `${[['DATE', ...table.labels].map(csvField).join(','), ...lines].join('\n')}\n`;
}
