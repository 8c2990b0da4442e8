import type { CopyEvent, CopyVia } from '@pinkit/copy-engine';
import type { LogLevel } from '@pinkit/http';
import { limitLength } from './limit-length.js';
import { terminalSafe } from './terminal-safe.js';

const via: Record<CopyVia, string> = {
  created: 'created',
  adopted: 'found in the target (after an unclear answer, or made by an earlier copy)',
  journal: 'already copied',
  planned: 'would be created',
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The line (and the log level it needs) that tells a person about an event, with the names and
 * messages it quotes from Pinterest escaped so that they cannot drive the terminal, and cut
 * so that a huge message stays one line.
 */
export function eventLine(event: CopyEvent): { level: LogLevel; text: string } | undefined {
  const line = eventLineRaw(event);
  return line && { level: line.level, text: limitLength(terminalSafe(line.text), 400) };
}

/**
 * The line (and the log level it needs) that tells a person about an event, or undefined when
 * the event is only counted. Failures show at every level; board-level news from level 1; each
 * pin and section from level 2.
 */
function eventLineRaw(event: CopyEvent): { level: LogLevel; text: string } | undefined {
  switch (event.type) {
    case 'plan': {
      const pins = event.sourceBoard.pin_count === undefined ? '' : ` (${event.sourceBoard.pin_count} pins)`;
      const as = event.targetName === event.sourceBoard.name ? '' : ` as "${event.targetName}"`;
      return {
        level: 1,
        text: `${event.dryRun ? 'Planning' : 'Copying'} board ${event.sourceBoard.id} "${event.sourceBoard.name}"${as}${pins}`,
      };
    }
    case 'board-created':
      return { level: 1, text: `board ${event.sourceBoard.id} -> ${event.targetBoardId ?? '(new)'}: ${via[event.via]}` };
    case 'section-created':
      return {
        level: 2,
        text: `  section ${event.sourceSection.id} "${event.sourceSection.name}" -> ${event.targetSectionId ?? '(new)'}: ${via[event.via]}`,
      };
    case 'pin-copied':
      return { level: 2, text: `  pin ${event.sourcePinId} -> ${event.targetPinId ?? '(new)'}: ${via[event.via]}` };
    case 'skipped':
      return { level: 1, text: `  skipped ${event.item} ${event.sourceId} (${event.reason}): ${event.message}` };
    case 'warning':
      return { level: 1, text: `  warning: ${event.message}` };
    case 'retry': {
      const what = event.item === 'read' ? event.what : `${event.item} ${event.sourceId}`;
      return { level: 1, text: `  retrying ${what} (attempt ${event.attempt + 1}) in ${seconds(event.delayMs)}: ${event.message}` };
    }
    case 'rate-limited':
      return {
        level: 1,
        text: `  rate limited: every writer pauses ${seconds(event.pauseMs)}, then ${event.writesPerSecond.toFixed(1)} writes/s`,
      };
    case 'failed':
      return { level: 0, text: `  FAILED ${event.item} ${event.sourceId}: ${event.message}` };
    case 'done':
      return undefined;
  }
}
