import { argumentsOf } from '@pinkit/arguments';
import { analyticsSeries, checkSeriesOptions, isAttributeColumn, type AnalyticsSeries, type SeriesOptions } from './analytics-series.js';
import { REPORT_FORMATS, type ReportFormat } from './analytics-values.js';
import { SeriesShapeError } from './series-shape-error.js';

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endRecord = () => {
    records.push([...record, field]);
    record = [];
    field = '';
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index += 1;
    } else if (char === '"') quoted = !quoted;
    else if (quoted) field += char;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRecord();
    } else field += char;
  }
  if (quoted) throw new SeriesShapeError('the CSV ends inside a quoted field.');
  if (field !== '' || record.length > 0) endRecord();
  return records.filter((fields) => fields.length > 1 || fields[0] !== '');
}

/** A CSV report as rows keyed by its header; an empty cell is no value. */
function csvRows(text: string): { header: string[]; rows: Array<Record<string, string>> } {
  const [header = [], ...lines] = csvRecords(text.replace(/^\uFEFF/, ''));
  const rows = lines.map((fields) => Object.fromEntries(header.flatMap((name, index) => (fields[index] ? [[name, fields[index]]] : []))));
  return { header, rows };
}

/**
 * The series of a downloaded ads report (`client.reports.run(...).data`): JSON keyed by entity id
 * or by date, or CSV with a header line. Rows Pinterest leaves out (all columns 0) are gaps.
 */
export function reportFileSeries(data: string, format: ReportFormat, options: SeriesOptions = {}): AnalyticsSeries[] {
  const check = argumentsOf('reportFileSeries');
  // The file's text is Pinterest's: any string, read as a shape; the format and options are the caller's.
  check.string(data, 'data', { allowEmpty: true });
  check.oneOf(format, 'format', REPORT_FORMATS);
  checkSeriesOptions('reportFileSeries', options);
  if (format === 'CSV') {
    const { header, rows } = csvRows(data);
    // The header names every metric, even one whose rows were all left out.
    const metrics = [...(options.metrics ?? []), ...header.filter((column) => !isAttributeColumn(column))];
    return analyticsSeries(rows, { ...options, metrics });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch (cause) {
    throw new SeriesShapeError('the report file is not JSON.', { cause });
  }
  return analyticsSeries(parsed, options);
}
