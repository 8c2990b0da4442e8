import type { ImageContentType, LocalVideo } from './publish-ports.js';

export interface ImageFile {
  path: string;
  size: number;
  contentType: ImageContentType;
}

/** What a row publishes, its files checked: each kind maps to one v5 media source. */
export type PinMedia =
  | { kind: 'image-url'; url: string }
  | { kind: 'image-file'; file: ImageFile }
  | { kind: 'carousel-urls'; urls: string[] }
  | { kind: 'carousel-files'; files: ImageFile[] }
  | { kind: 'video'; video: LocalVideo; cover: { kind: 'url'; url: string } | { kind: 'file'; file: ImageFile } };

export type PinMediaKind = PinMedia['kind'];
