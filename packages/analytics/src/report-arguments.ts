import { argumentsOf, type ArgumentChecks } from '@pinkit/arguments';
import type { DownloadOptions } from './download-report.js';
import type { PollReportOptions } from './poll-report.js';

/** A day: no report Pinterest makes takes longer, and a wait must end. */
export const LONGEST_REPORT_TIMEOUT_MS = 86_400_000;

/**
 * Checks the options of waiting for a report, as `functionName` names them. Exported so that a
 * client's `reports.run` refuses a wrong option before it requests anything, under its own name.
 */
export function checkReportOptions(options: (PollReportOptions & { maxBytes?: number }) | undefined, functionName: string): void {
  const check = argumentsOf(functionName);
  if (check.object(options, 'options', { optional: true }) === undefined || options === undefined) return;
  check.function(options.onProgress, 'options.onProgress', { optional: true });
  // A timeout that is not a number would compare false for ever and disable the bound.
  check.integer(options.timeoutMs, 'options.timeoutMs', { optional: true, min: 1, max: LONGEST_REPORT_TIMEOUT_MS });
  check.signal(options.signal, 'options.signal', { optional: true });
  check.function(options.sleep, 'options.sleep', { optional: true });
  check.function(options.now, 'options.now', { optional: true });
  checkMaxBytes(check, options.maxBytes);
}

export function checkDownloadOptions(options: DownloadOptions | undefined): void {
  const check = argumentsOf('downloadReport');
  if (check.object(options, 'options', { optional: true }) === undefined || options === undefined) return;
  checkMaxBytes(check, options.maxBytes);
  check.signal(options.signal, 'options.signal', { optional: true });
  check.string(options.format, 'options.format', { optional: true, maxLength: 32, singleLine: true });
}

function checkMaxBytes(check: ArgumentChecks, maxBytes: unknown): void {
  check.integer(maxBytes, 'options.maxBytes', { optional: true, min: 1 });
}
