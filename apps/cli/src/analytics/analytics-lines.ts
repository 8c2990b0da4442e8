import { terminalSafe } from '../output/terminal-safe.js';
import { metricsBlocks } from './metrics-blocks.js';

// Human output of analytics answers. Every name and value comes from the server, so each passes
// through terminalSafe.

function pairs(values: unknown): string {
  if (typeof values !== 'object' || values === null) return '';
  return Object.entries(values)
    .map(([name, value]) => `${terminalSafe(name)} ${terminalSafe(String(value))}`)
    .join('  ');
}

/**
 * User and Pin analytics: `{ all: { daily_metrics: [{ date, metrics }], summary_metrics } }`, one
 * block per split group (or v3's one block without a group).
 */
export function metricsLines(v5OrV3: object): string[] {
  const answer = metricsBlocks(v5OrV3) as object;
  const lines: string[] = [];
  for (const [group, block] of Object.entries(answer)) {
    const { daily_metrics: daily, summary_metrics: summary, lifetime_metrics: lifetime } = (block ?? {}) as Record<string, unknown>;
    if (Object.keys(answer).length > 1) lines.push(`${terminalSafe(group)}:`);
    for (const day of Array.isArray(daily) ? daily : []) {
      const { date, metrics } = (day ?? {}) as { date?: unknown; metrics?: unknown };
      lines.push(`${terminalSafe(String(date))}  ${pairs(metrics)}`);
    }
    if (summary) lines.push(`Summary  ${pairs(summary)}`);
    if (lifetime) lines.push(`Lifetime  ${pairs(lifetime)}`);
  }
  return lines;
}

/** Ads analytics rows: the id column and DATE first, then the metrics. */
export function rowLines(rows: readonly object[]): string[] {
  return rows.map((row) => {
    const { DATE: date, HOUR: hour, ...rest } = row as Record<string, unknown>;
    const when =
      date === undefined ? 'TOTAL' : `${terminalSafe(String(date))}${hour === undefined ? '' : ` ${String(hour).padStart(2, '0')}h`}`;
    return `${when}  ${pairs(rest)}`;
  });
}
