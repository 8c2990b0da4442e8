import type { AccountShapes, V5Shapes } from '@pinkit/account';
import { boardLine, boardSummary, pinLine, pinSummary, sectionLine, userSummary } from './summaries.js';

/**
 * The human summaries of one API version's objects, one layout for all: a command prints with
 * the set of the version that answered, so its output looks the same whichever did.
 */
export interface SummarySet<S extends AccountShapes> {
  userSummary(user: S['user']): string;
  boardSummary(board: S['board']): string;
  boardLine(board: S['board']): string;
  sectionLine(section: S['section']): string;
  pinSummary(pin: S['pin']): string;
  pinLine(pin: S['pin']): string;
  /** The board's pins, 0 when the answer does not say. */
  pinCount(board: S['board']): number;
}

export const v5Summaries: SummarySet<V5Shapes> = {
  userSummary,
  boardSummary,
  boardLine,
  sectionLine,
  pinSummary,
  pinLine,
  pinCount: (board) => board.pin_count ?? 0,
};
