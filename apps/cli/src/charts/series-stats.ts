import type { AnalyticsSeries } from '@pinkit/api-v5';

// Rates, ratios and per-unit costs do not add up over days: their figure is the mean.
const AVERAGED = /RATE|CTR|CPC|CPM|CPA|CPE|CPV|ROAS|AVG|AVERAGE|PERCENT/;

export interface DatedValue {
  date: string;
  value: number;
}

export interface SeriesStats {
  /** `total` for counts and money, `mean` for rates and ratios. */
  kind: 'total' | 'mean';
  figure: number;
  min: DatedValue;
  max: DatedValue;
  /** Mean of the second half against the mean of the first, as a fraction; undefined when there is nothing to compare. */
  change: number | undefined;
}

function mean(values: readonly (number | null)[]): number | undefined {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? undefined : known.reduce((sum, value) => sum + value, 0) / known.length;
}

/**
 * The figures printed beside a series, over the days that have a value; undefined for a series
 * with none. Halves compare means, so a gap in one half does not read as a drop.
 */
export function seriesStats(series: AnalyticsSeries): SeriesStats | undefined {
  const known = series.points.filter((point): point is DatedValue => point.value !== null);
  const first = known[0];
  if (!first) return undefined;
  const kind = AVERAGED.test(series.metric) ? 'mean' : 'total';
  const sum = known.reduce((total, point) => total + point.value, 0);
  const values = series.points.map((point) => point.value);
  const half = Math.floor(values.length / 2);
  const before = half === 0 ? undefined : mean(values.slice(0, half));
  const after = half === 0 ? undefined : mean(values.slice(half));
  let change: number | undefined;
  if (before !== undefined && after !== undefined)
    change = before === 0 ? (after === 0 ? 0 : undefined) : (after - before) / Math.abs(before);
  return {
    kind,
    figure: kind === 'total' ? sum : sum / known.length,
    min: known.reduce((low, point) => (point.value < low.value ? point : low), first),
    max: known.reduce((high, point) => (point.value > high.value ? point : high), first),
    change,
  };
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** `12,345.6789`: four decimals at most, which also hides float noise in sums of dollars. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** `+12.3%`, `-4%`, `0%`. */
export function formatChange(change: number): string {
  const percent = Math.round(change * 1000) / 10;
  return `${percent > 0 ? '+' : ''}${percent}%`;
}

/** `SPEND_IN_DOLLAR` or, when the answer covered several, `SPEND_IN_DOLLAR [campaign id]`. */
export function seriesLabel(series: AnalyticsSeries): string {
  return series.entity === undefined ? series.metric : `${series.metric} [${series.entity}]`;
}
