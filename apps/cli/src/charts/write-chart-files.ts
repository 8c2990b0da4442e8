import type { AnalyticsSeries } from '@pinkit/api-v5';
import { writeOutputFile } from '../analytics/write-output-file.js';
import { htmlReport } from './html-report.js';
import { omittedNote } from './omitted-note.js';
import { seriesCsv } from './series-table.js';

export interface ChartFiles {
  html?: string | undefined;
  csv?: string | undefined;
}

/**
 * Writes `--html` and `--csv`, each replaced whole (temp file and rename); returns a note per file
 * for stderr, after a warning when the series left answered points out.
 */
export async function writeChartFiles(series: readonly AnalyticsSeries[], files: ChartFiles, title: string): Promise<string[]> {
  const omitted = omittedNote(series);
  const notes: string[] = omitted === undefined ? [] : [omitted];
  if (files.html !== undefined) {
    await writeOutputFile(files.html, htmlReport(series, title));
    notes.push(`Charts written to ${files.html}.`);
  }
  if (files.csv !== undefined) {
    await writeOutputFile(files.csv, seriesCsv(series));
    notes.push(`Table written to ${files.csv}.`);
  }
  return notes;
}
