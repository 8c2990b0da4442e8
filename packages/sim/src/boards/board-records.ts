import type { PinRecord } from '../pins/pin-records.js';

// Boards and their sections as the store keeps them; each API version renders them in its own shape.

export type BoardPrivacy = 'PUBLIC' | 'PROTECTED' | 'SECRET';

export interface BoardRecord {
  id: string;
  /** Store-wide creation order; bookmarks point at it so deletions never shift a page. */
  seq: number;
  ownerId: string;
  name: string;
  description: string | null;
  privacy: BoardPrivacy;
  createdAt: number;
  pinsModifiedAt: number;
  followerCount: number;
  /** Ascending by seq (oldest first). */
  pins: PinRecord[];
  /** Ascending by seq. */
  sections: SectionRecord[];
  /** Archived by its owner: v5 lists it no more, v3 lists it unless asked `include_archived=false`. */
  archived?: boolean;
  /** Users the owner shared this group board with; absent on a board nobody else may pin to. */
  collaboratorIds?: string[];
}

export interface SectionRecord {
  id: string;
  seq: number;
  boardId: string;
  name: string;
}
