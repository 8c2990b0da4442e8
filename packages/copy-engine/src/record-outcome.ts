import type { CopyVia } from './copy-event.js';
import type { CopyContext } from './copy-context.js';
import type { ItemKind } from './copy-report.js';
import type { WriteOutcome } from './write-once.js';

/**
 * Reports a write's outcome and returns the target id: a string when the item exists in the
 * target, null when it is only planned, undefined when there is nothing to build on (skipped,
 * failed or cancelled).
 */
export function recordOutcome(
  ctx: CopyContext,
  item: ItemKind,
  sourceId: string,
  outcome: WriteOutcome,
  copied: (targetId: string | null, via: CopyVia) => void,
): string | null | undefined {
  switch (outcome.status) {
    case 'done':
      copied(outcome.targetId, outcome.via);
      return outcome.targetId;
    case 'planned':
      copied(null, 'planned');
      return null;
    case 'spam':
      ctx.progress.skipped(item, sourceId, 'spam', `Pinterest refused ${item} ${sourceId} as spam: ${outcome.message}`);
      return undefined;
    case 'failed':
      ctx.progress.failed(item, sourceId, outcome.message, outcome.cause);
      return undefined;
    case 'cancelled':
      return undefined;
  }
}
