import type { ReportProgressEvent } from '@pinkit/account';
import { terminalSafe } from '../output/terminal-safe.js';

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** One progress line per poll of a report, for stderr. */
export function reportProgressLine(event: ReportProgressEvent): string {
  const status = terminalSafe(event.status);
  if (event.polls === 0) return `Report requested (${status}); first poll in ${seconds(event.nextPollMs ?? 0)}.`;
  const next = event.nextPollMs === undefined ? '' : `; next poll in ${seconds(event.nextPollMs)}`;
  return `Report ${status} after ${event.polls} ${event.polls === 1 ? 'poll' : 'polls'} (${seconds(event.elapsedMs)})${next}.`;
}
