// The small surface the engine needs from a Pinterest client, shaped after API v5 so that
// `@pinkit/api-v5` (and later `@pinkit/api-v3`) can adapt to it without this package
// depending on either. One CopyAccount per token: source and target may be the same object.

export interface CopyBoard {
  id: string;
  name: string;
  description?: string | null;
  privacy?: 'PUBLIC' | 'PROTECTED' | 'SECRET' | string;
  /** Used only to tell progress displays how many pins to expect. */
  pin_count?: number;
}

export interface CopySection {
  id: string;
  name: string;
}

export interface CopyPinImage {
  url: string;
  width?: number;
  height?: number;
}

export interface CopyPin {
  id: string;
  /** Items whose type is present and not 'pin' (stories, ads...) are skipped. */
  type?: string;
  title?: string | null;
  description?: string | null;
  link?: string | null;
  alt_text?: string | null;
  board_section_id?: string | null;
  media?: { media_type?: string; images?: Record<string, CopyPinImage> } | null;
  dominant_color?: string | null;
}

export type CopyMediaSource =
  { source_type: 'image_url'; url: string } | { source_type: 'video_id'; media_id: string; cover_image_url?: string };

export interface CreateBoardInput {
  name: string;
  description?: string;
  privacy?: string;
}

export interface CreatePinInput {
  board_id: string;
  board_section_id?: string;
  title?: string;
  description?: string;
  link?: string;
  alt_text?: string;
  media_source: CopyMediaSource;
}

export interface CopyAccount {
  listBoards(): AsyncIterable<CopyBoard>;
  getBoard(boardId: string): Promise<CopyBoard>;
  /** v5 returns every pin of the board, sectioned ones too (board_section_id set). */
  listBoardPins(boardId: string): AsyncIterable<CopyPin>;
  listSections(boardId: string): AsyncIterable<CopySection>;
  listSectionPins(boardId: string, sectionId: string): AsyncIterable<CopyPin>;
  createBoard(input: CreateBoardInput): Promise<CopyBoard>;
  createSection(boardId: string, input: { name: string }): Promise<CopySection>;
  createPin(input: CreatePinInput): Promise<CopyPin>;
}
