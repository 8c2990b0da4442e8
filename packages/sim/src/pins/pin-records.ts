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

export type PinMediaRecord =
  | { kind: 'image'; image: ImageRef }
  | { kind: 'images'; items: CarouselItem[] }
  | { kind: 'video'; mediaId: string; cover: ImageRef; durationMs: number; width: number; height: number };

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
  /** Board lists also carry tiles that are not pins (stories); real v5 pins have no `type`. */
  itemType: 'pin' | 'story';
}
