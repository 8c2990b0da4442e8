import type { SimStore } from '../sim-store.js';
import { SimulatorOptionsError } from '../simulator-options-error.js';

/**
 * Makes `boardId` a group board shared with `userId`, as its owner inviting a collaborator
 * would; the collaborator may then read its pins by id. Unknown ids are a SimulatorOptionsError.
 */
export function shareBoard(store: SimStore, boardId: string, userId: string): void {
  const board = store.boards.get(boardId);
  if (!board) throw new SimulatorOptionsError('boardId', boardId, `shareBoard: the simulator has no board "${boardId}".`);
  if (!store.users.has(userId)) throw new SimulatorOptionsError('userId', userId, `shareBoard: no simulated user has id "${userId}".`);
  if (board.ownerId === userId) throw new SimulatorOptionsError('userId', userId, 'shareBoard: a board is not shared with its owner.');
  board.collaboratorIds = [...new Set([...(board.collaboratorIds ?? []), userId])];
}
