import { REPORT_COLUMNS } from '@pinkit/api-v5/analytics-values';
import { isRate } from './metric-value.js';

// Columns that describe an entity rather than measure it are no metrics.
const ATTRIBUTE_COLUMN = /_(ID|NAME|STATUS|LABELS?|TYPE)$/;

/** What the simulator says a metric is: the kind of number it serves for it (metric-value.ts). */
function definition(name: string): string {
  const words = name.toLowerCase().replaceAll('_', ' ');
  if (isRate(name)) return `${words}: a rate, averaged over a period.`;
  if (name.endsWith('MICRO_DOLLAR')) return `${words}: micro-dollars, summed over a period.`;
  if (name.endsWith('IN_DOLLAR')) return `${words}: dollars, summed over a period.`;
  return `${words}: a count, summed over a period.`;
}

/** Every metric a report can carry, as `{name, definition}`: v5's `GET /v5/resources/delivery_metrics` and v3's `/ads/v3/resources/delivery_metrics/`. */
export function deliveryMetricList(): Array<{ name: string; definition: string }> {
  return REPORT_COLUMNS.filter((column) => !ATTRIBUTE_COLUMN.test(column)).map((name) => ({ name, definition: definition(name) }));
}
