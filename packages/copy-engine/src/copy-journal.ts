import type { ItemKind } from './copy-report.js';

/**
 * Names what a journal entry is about. The board part says how the board is mapped: by source
 * board id alone (across accounts, and again on every `all` rerun) or by source id plus the new
 * name (same-account copies, one namespace per name).
 */
export interface BoardScope {
  sourceBoardId: string;
  targetName: string | null;
}

export function journalKey(item: ItemKind, scope: BoardScope, sourceId?: string): string {
  // JSON keeps keys unambiguous whatever characters a board name holds.
  return JSON.stringify([item, scope.sourceBoardId, scope.targetName, sourceId ?? null]);
}
