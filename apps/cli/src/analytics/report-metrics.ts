import type { ReportMetric } from '@pinkit/account';
import { InputError } from '../output/describe-error.js';
import { terminalSafe } from '../output/terminal-safe.js';

/**
 * The definitions of the metrics a report will ask for, as the version lists them (v3 does), for
 * stderr. A metric the list does not have is refused here, before a report is requested for it.
 */
export function describeReportMetrics(available: readonly ReportMetric[], wanted: readonly string[]): string[] {
  const known = new Map(available.map((metric) => [metric.name, metric.definition]));
  const missing = wanted.filter((name) => !known.has(name));
  if (missing.length > 0)
    throw new InputError(`The API lists no delivery metric ${missing.join(', ')}; ${available.length} metrics are available.`);
  return [
    `${available.length} delivery metrics are available; the report asks for:`,
    ...wanted.map((name) => `  ${name}: ${terminalSafe(known.get(name) ?? '')}`),
  ];
}
