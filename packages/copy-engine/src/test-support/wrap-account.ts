import type { CopyAccount } from '../copy-account.js';

/** An account that forwards every call to `inner` except the ones overridden. */
export function wrapAccount(inner: CopyAccount, overrides: Partial<CopyAccount>): CopyAccount {
  return {
    listBoards: () => inner.listBoards(),
    getBoard: (boardId) => inner.getBoard(boardId),
    listBoardPins: (boardId) => inner.listBoardPins(boardId),
    listSections: (boardId) => inner.listSections(boardId),
    listSectionPins: (boardId, sectionId) => inner.listSectionPins(boardId, sectionId),
    createBoard: (input) => inner.createBoard(input),
    createSection: (boardId, input) => inner.createSection(boardId, input),
    createPin: (input) => inner.createPin(input),
    ...overrides,
  };
}
