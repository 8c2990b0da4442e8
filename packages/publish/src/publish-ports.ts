// The small surface the publishing engine writes through, shaped after API v5 so that an account
// of any API version can satisfy it with a thin adapter, and this package depends on none.

export interface PublishBoard {
  id: string;
  name: string;
}

export interface PublishSection {
  id: string;
  name: string;
}

/** A pin as a board listing returns it: what the "did it land?" lookup compares. */
export interface PublishedPin {
  id: string;
  title?: string | null;
  description?: string | null;
  link?: string | null;
  alt_text?: string | null;
  board_section_id?: string | null;
}

/** The two image types Pinterest accepts as base64 (v5 `ContentType`). */
export type ImageContentType = 'image/jpeg' | 'image/png';

export interface Base64Image {
  content_type: ImageContentType;
  data: string;
}

/** v5 `PinMediaSource`, the kinds a plan can name. */
export type PublishMediaSource =
  | { source_type: 'image_url'; url: string }
  | ({ source_type: 'image_base64' } & Base64Image)
  | { source_type: 'multiple_image_urls'; items: { url: string }[] }
  | { source_type: 'multiple_image_base64'; items: Base64Image[] }
  | {
      source_type: 'video_id';
      media_id: string;
      cover_image_url?: string;
      cover_image_content_type?: ImageContentType;
      cover_image_data?: string;
    };

export interface PublishPinInput {
  board_id: string;
  board_section_id?: string;
  title?: string;
  description?: string;
  link?: string;
  alt_text?: string;
  media_source: PublishMediaSource;
}

/** A local video to upload: an absolute path, its size in bytes and its type, as checked in validation. */
export interface LocalVideo {
  path: string;
  size: number;
  contentType: VideoContentType;
}

export type VideoContentType = 'video/mp4' | 'video/quicktime';

/** One account, written to through this interface only. Failures are thrown as the client throws them. */
export interface PublishAccount {
  /** The board whose id is `ref`, or else whose name is `ref`; undefined when there is none. */
  findBoard(ref: string): Promise<PublishBoard | undefined>;
  createBoard(name: string): Promise<PublishBoard>;
  /** The section of `boardId` whose id, or else name, is `ref`. */
  findSection(boardId: string, ref: string): Promise<PublishSection | undefined>;
  createSection(boardId: string, name: string): Promise<PublishSection>;
  createPin(input: PublishPinInput): Promise<{ id: string }>;
  /** Every pin of the board, sectioned ones too (with board_section_id), as v5 lists them. */
  listBoardPins(boardId: string): AsyncIterable<PublishedPin>;
  /**
   * Puts a local video into the account (`POST /v5/media`, upload, wait until processed) and
   * resolves to its media id; bounded waits are the adapter's, and an abort of `signal` ends them.
   */
  uploadVideo(video: LocalVideo, signal: AbortSignal): Promise<string>;
}

/** A local file as validation sees it: its size and first bytes (enough to tell its type). */
export interface FileHead {
  size: number;
  head: Uint8Array;
}

/** Reads the plan and the local media it names; paths are absolute. */
export interface PlanFiles {
  /** The size and first `bytes` bytes of a regular file, or undefined when there is none at `path`. */
  inspect(path: string, bytes: number): Promise<FileHead | undefined>;
  /** The whole file; rejects when it is larger than `maxBytes` (it may have grown since validation). */
  read(path: string, maxBytes: number): Promise<Uint8Array>;
}
