import type { AdsReportRequest, AnalyticsReader } from '@pinkit/account';
import type { Output } from '../output/output.js';
import { terminalSafe } from '../output/terminal-safe.js';
import { reportProgressLine } from './report-progress.js';
import { writeOutputFile } from './write-output-file.js';

export interface ReportRun {
  pinterest: Pick<AnalyticsReader, 'runAdsReport'>;
  adAccountId: string;
  request: AdsReportRequest;
  /** Progress lines go here (stderr). */
  progress: (line: string) => void;
  out: Output;
  /** Write the file here instead of printing it. */
  outputFile?: string | undefined;
}

/**
 * Requests the report, shows a progress line per poll, then writes the file atomically or prints
 * it: as it came for people (made terminal-safe), as one JSON line with `--json`. Resolves to the
 * file's text, for charts drawn from it.
 */
export async function runAdsReport(run: ReportRun): Promise<string> {
  const report = await run.pinterest.runAdsReport(run.adAccountId, run.request, {
    onProgress: (event) => run.progress(reportProgressLine(event)),
  });
  if (run.outputFile !== undefined) {
    await writeOutputFile(run.outputFile, report.data);
    run.progress(`Report written to ${run.outputFile} (${Buffer.byteLength(report.data)} bytes).`);
    return report.data;
  }
  const json =
    run.request.format === 'JSON' ? (JSON.parse(report.data) as unknown) : { report_format: run.request.format, data: report.data };
  await run.out.item(json, () => terminalSafe(report.data.replace(/\n$/, ''), { multiline: true }));
  return report.data;
}
