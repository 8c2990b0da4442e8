import { argumentsOf } from '@pinkit/arguments';
import { readNumber } from '@pinkit/http';
import { GRANULARITIES, type Granularity } from './analytics-values.js';
import { hourKey, inferStep, seriesAxis, type SeriesStep } from './series-axis.js';
import { SeriesShapeError } from './series-shape-error.js';

/** One day (or hour, or period) of a series: `null` where the answer had no value. */
export interface SeriesPoint {
  /** `YYYY-MM-DD`, `YYYY-MM-DDTHH:00` for hours, `TOTAL` for a TOTAL row. */
  date: string;
  value: number | null;
}

/** Points an answer had that a series leaves out: outside the range asked for, or past the most it holds. */
export interface OmittedPoints {
  count: number;
  /** The earliest and latest of them, as named in points. */
  first: string;
  last: string;
}

/** One metric of one entity (a campaign, an ad) over time. */
export interface AnalyticsSeries {
  metric: string;
  /** The campaign, ad group, ad or split group the rows were for; absent when there was only one. */
  entity?: string;
  /** On the same axis in every series of one answer. */
  points: SeriesPoint[];
  /** Present when answered points fell off the axis, so that a caller can say so. */
  omitted?: OmittedPoints;
}

export interface SeriesOptions {
  /** The range asked for: days before the first and after the last answered one are gaps too. */
  startDate?: string;
  endDate?: string;
  /**
   * The granularity asked for (ads): DAY and HOUR are filled, WEEK and MONTH kept as they came.
   * Left out: HOUR for rows with HOUR, else DAY.
   */
  granularity?: Granularity;
  /** Metrics asked for, in this order: one answered by no row still gets a series (all gaps). */
  metrics?: readonly string[];
}

// Columns that describe a row rather than measure it (as the simulator and the description use them).
const ATTRIBUTE_COLUMN = /_(ID|NAME|STATUS|LABELS?|TYPE)$|^(DATE|HOUR)$/;

/** Whether a column names or dates its row (`CAMPAIGN_ID`, `DATE`) rather than measuring it. */
/** The caller's options (the answer is the server's, and only ever refused as a shape). */
export function checkSeriesOptions(functionName: string, options: SeriesOptions): void {
  const check = argumentsOf(functionName);
  check.object(options, 'options');
  check.string(options.startDate, 'options.startDate', { optional: true, maxLength: 32, singleLine: true });
  check.string(options.endDate, 'options.endDate', { optional: true, maxLength: 32, singleLine: true });
  check.oneOf(options.granularity, 'options.granularity', GRANULARITIES, { optional: true });
  const metrics = check.array(options.metrics, 'options.metrics', { optional: true, maxLength: 1000 });
  metrics?.forEach((metric, index) => check.string(metric, `options.metrics[${index}]`, { maxLength: 200, singleLine: true }));
}

export function isAttributeColumn(column: string): boolean {
  return ATTRIBUTE_COLUMN.test(column);
}

type Values = Map<string, Map<string, number | null>>;

const numberOf = (value: unknown): number | null => readNumber(value) ?? null;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of `metric` on `date` for `entity`, refusing a date that comes twice for the same entity. */
function put(into: Map<string, Values>, entity: string, date: string, metric: string, value: number | null): void {
  const byMetric = into.get(entity) ?? new Map<string, Map<string, number | null>>();
  into.set(entity, byMetric);
  const points = byMetric.get(metric) ?? new Map<string, number | null>();
  byMetric.set(metric, points);
  if (points.has(date)) {
    throw new SeriesShapeError(
      `two rows for ${date}${entity ? ` of ${entity}` : ''}; add an _ID column (CAMPAIGN_ID, AD_ID) to tell the rows apart.`,
    );
  }
  points.set(date, value);
}

/** User and Pin analytics: `{ all: { daily_metrics: [{ date, data_status, metrics }] } }`, one block per split group. */
function readMetricBlocks(answer: Record<string, unknown>, into: Map<string, Values>): void {
  for (const [group, block] of Object.entries(answer)) {
    const daily = isObject(block) ? block['daily_metrics'] : undefined;
    if (!Array.isArray(daily)) throw new SeriesShapeError(`"${group}" has no daily_metrics list.`);
    const entity = group === 'all' ? '' : group;
    into.set(entity, into.get(entity) ?? new Map());
    for (const day of daily) {
      if (!isObject(day) || typeof day['date'] !== 'string') throw new SeriesShapeError(`a day of "${group}" has no date.`);
      // A day still PROCESSING (or otherwise not READY) may come without metrics: a gap.
      const metrics = isObject(day['metrics']) ? day['metrics'] : {};
      for (const [metric, value] of Object.entries(metrics)) put(into, entity, day['date'], metric, numberOf(value));
    }
  }
}

/** Ads analytics rows and report rows: `DATE` (and `HOUR`), attribute columns, metric columns. */
function readRows(rows: readonly unknown[], into: Map<string, Values>, key = ''): void {
  for (const row of rows) {
    if (!isObject(row)) throw new SeriesShapeError('a row is not an object.');
    const hour = readNumber(row['HOUR'], { min: 0, max: 23, integer: true }) ?? null;
    const date = row['DATE'] === undefined || row['DATE'] === '' ? 'TOTAL' : String(row['DATE']);
    const when = hour === null ? date : hourKey(date, hour);
    const ids = Object.keys(row)
      .filter((column) => column.endsWith('_ID'))
      .map((column) => String(row[column]));
    // A BY_ID file is keyed by entity; a BY_DATE file by the row's own date, which says nothing of whose it is.
    const entity = key && key !== date ? key : ids.join(' ');
    into.set(entity, into.get(entity) ?? new Map());
    for (const [column, value] of Object.entries(row)) if (!isAttributeColumn(column)) put(into, entity, when, column, numberOf(value));
  }
}

/**
 * Shapes an analytics answer into one series per metric (and entity, when the answer covers
 * several): the user or Pin answer (`{ all: { daily_metrics } }`), ads analytics rows
 * (`[{ CAMPAIGN_ID, DATE, SPEND_IN_DOLLAR }]`) or a parsed JSON report file (`{ <id>: rows }`).
 * Every series has a point for every day of the range; a day without a value is `null`, never 0,
 * and so is a value that is no decimal number. Days answered outside the range are left out and
 * counted in `omitted`.
 */
export function analyticsSeries(answer: unknown, options: SeriesOptions = {}): AnalyticsSeries[] {
  checkSeriesOptions('analyticsSeries', options);
  const values = new Map<string, Values>();
  if (Array.isArray(answer)) readRows(answer, values);
  else if (isObject(answer) && Object.values(answer).every(Array.isArray))
    for (const [key, rows] of Object.entries(answer)) readRows(rows as unknown[], values, key);
  else if (isObject(answer)) readMetricBlocks(answer, values);
  else throw new SeriesShapeError('it is neither rows nor daily metrics.');
  return seriesOf(values, options);
}

function omittedFrom(dates: Iterable<string>, onAxis: ReadonlySet<string>): OmittedPoints | undefined {
  let omitted: OmittedPoints | undefined;
  for (const date of dates) {
    if (onAxis.has(date)) continue;
    if (!omitted) omitted = { count: 0, first: date, last: date };
    omitted.count += 1;
    if (date < omitted.first) omitted.first = date;
    if (date > omitted.last) omitted.last = date;
  }
  return omitted;
}

/** Lays the values on one shared axis, asked-for metrics first. */
function seriesOf(values: Map<string, Values>, options: SeriesOptions): AnalyticsSeries[] {
  const dates = [...values.values()].flatMap((byMetric) => [...byMetric.values()].flatMap((points) => [...points.keys()]));
  const step: SeriesStep =
    options.granularity === 'DAY' || options.granularity === 'HOUR'
      ? options.granularity
      : options.granularity === undefined
        ? inferStep(dates)
        : 'NONE';
  const axis = seriesAxis(dates, step, options);
  const onAxis = new Set(axis);
  const entities = values.size === 0 ? [''] : [...values.keys()];
  const series: AnalyticsSeries[] = [];
  for (const entity of entities) {
    const byMetric = values.get(entity) ?? new Map<string, Map<string, number | null>>();
    // Columns asked for that name rather than measure (CAMPAIGN_NAME) get no series.
    const metrics = [...new Set([...(options.metrics ?? []).filter((metric) => !isAttributeColumn(metric)), ...byMetric.keys()])];
    for (const metric of metrics) {
      const points = byMetric.get(metric);
      const omitted = points === undefined ? undefined : omittedFrom(points.keys(), onAxis);
      series.push({
        metric,
        ...(entities.length > 1 && entity !== '' ? { entity } : {}),
        points: axis.map((date) => ({ date, value: points?.get(date) ?? null })),
        ...(omitted ? { omitted } : {}),
      });
    }
  }
  return series;
}
