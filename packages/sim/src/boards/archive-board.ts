import type { SimStore } from '../sim-store.js';
import { SimulatorOptionsError } from '../simulator-options-error.js';

/**
 * Archives a board as its owner would in the app (no API version can): v5 lists it no more, v3's
 * board feed lists it unless asked `include_archived=false`. An unknown id is a SimulatorOptionsError.
 */
export function archiveBoard(store: SimStore, boardId: string): void {
  const board = store.boards.get(boardId);
  if (!board) throw new SimulatorOptionsError('boardId', boardId, `archiveBoard: the simulator has no board "${boardId}".`);
  board.archived = true;
}
