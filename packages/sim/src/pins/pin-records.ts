// Pins and the media they show as the store keeps them; each API version renders them in its own shape.

/** An image Pinterest hosts: `key` names it on i.pinimg.com; width/height are the original's. */
export interface ImageRef {
  key: string;
  width: number;
  height: number;
}

export interface CarouselItem {
  image: ImageRef;
  title: string | null;
  description: string | null;
  link: string | null;
}

export interface VideoRecord {
  kind: 'video';
  mediaId: string;
  cover: ImageRef;
  durationMs: number;
  width: number;
  height: number;
}

/**
 * What a pin shows. `pages` are Idea pins of several videos, or of images and videos together:
 * v5 lists them (`multiple_videos`, `multiple_mixed`) but `POST /v5/pins` cannot create them.
 */
export type PinMediaRecord =
  | { kind: 'image'; image: ImageRef }
  | { kind: 'images'; items: CarouselItem[] }
  | VideoRecord
  | { kind: 'pages'; pages: ({ kind: 'image'; image: ImageRef } | VideoRecord)[] };

export interface PinRecord {
  id: string;
  seq: number;
  boardId: string;
  sectionId: string | null;
  ownerId: string;
  title: string | null;
  description: string | null;
  link: string | null;
  altText: string | null;
  dominantColor: string | null;
  createdAt: number;
  media: PinMediaRecord;
  parentPinId: string | null;
  isStandard: boolean;
}
