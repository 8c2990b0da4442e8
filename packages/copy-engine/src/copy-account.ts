// The small surface the engine needs from a Pinterest client, shaped after API v5 so that
// `@pinkit/api-v5` and `@pinkit/api-v3` can adapt to it without this package
// depending on either. One CopyAccount per token: source and target may be the same object.

import type { WritePacer } from './write-pacer.js';

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

/** One slide of a carousel (v5 `ImageMetadata`) or one page of a pin of several media. */
export interface CopyPinMediaItem {
  /** `image` or `video`, as v5 says in `items[].item_type`. */
  item_type?: string;
  images?: Record<string, CopyPinImage>;
  title?: string | null;
  description?: string | null;
  link?: string | null;
}

export interface CopyPin {
  id: string;
  title?: string | null;
  description?: string | null;
  link?: string | null;
  alt_text?: string | null;
  board_section_id?: string | null;
  /** v5 `creative_type` (REGULAR, VIDEO, CAROUSEL, IDEA...): named when a pin cannot be copied. */
  creative_type?: string | null;
  /**
   * v5 `media`: `media_type` (`image`, `video`, `multiple_images`, `multiple_videos`,
   * `multiple_mixed`) decides how the pin is copied, or that it cannot be.
   */
  media?: {
    media_type?: string;
    images?: Record<string, CopyPinImage>;
    items?: CopyPinMediaItem[];
    /** v5 `video_url` of a video pin (720p); Pinterest sends it to some apps only. */
    video_url?: string | null;
  } | null;
  dominant_color?: string | null;
}

/** One image of a carousel to create (v5 `PinMediaSourceImagesURLItem`). */
export interface CarouselImageSource {
  url: string;
  title?: string;
  description?: string;
  link?: string;
}

export type CopyMediaSource =
  | { source_type: 'image_url'; url: string }
  | { source_type: 'video_id'; media_id: string; cover_image_url?: string }
  | { source_type: 'multiple_image_urls'; items: CarouselImageSource[] };

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
  /** The API this account speaks (`API v3`), as the reasons for skipped pins name it; absent, `API v5`. */
  readonly api?: string;
  listBoards(): AsyncIterable<CopyBoard>;
  getBoard(boardId: string): Promise<CopyBoard>;
  /** v5 returns every pin of the board, sectioned ones too (board_section_id set). */
  listBoardPins(boardId: string): AsyncIterable<CopyPin>;
  listSections(boardId: string): AsyncIterable<CopySection>;
  listSectionPins(boardId: string, sectionId: string): AsyncIterable<CopyPin>;
  createBoard(input: CreateBoardInput): Promise<CopyBoard>;
  createSection(boardId: string, input: { name: string }): Promise<CopySection>;
  createPin(input: CreatePinInput): Promise<CopyPin>;
  /**
   * Optional, on the target: puts the video at `videoUrl` into this account as a media upload
   * (download, `POST /v5/media`, upload, wait until processed) and resolves to its media id. With
   * it video pins are copied as video pins; without it, as image pins of their cover.
   */
  uploadVideo?(videoUrl: string, signal: AbortSignal): Promise<string>;
  /**
   * Optional, on the target: the pace the account's own client keeps its writes to (for
   * `@pinkit/api-v5` and `@pinkit/api-v3`, `client.pacer('org_write')`). The copy then waits for
   * that client's token instead of a second bucket of its own, so each write is paced once.
   */
  readonly writePacer?: WritePacer | undefined;
}
