import { createHash } from 'node:crypto';
import type { ImageRef } from './pin-records.js';

export interface ImageDetails {
  width: number;
  height: number;
  url: string;
}

/** The four renditions v5 lists in `ImageSize`. */
export type ImageSizes = Record<'150x150' | '400x300' | '600x' | '1200x', ImageDetails>;

const PINIMG = /^https:\/\/i\.pinimg\.com\/[^/]+\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{2}\/([0-9a-f]{32})\.jpg$/;

export function imageUrl(key: string, size: string): string {
  return `https://i.pinimg.com/${size}/${key.slice(0, 2)}/${key.slice(2, 4)}/${key.slice(4, 6)}/${key}.jpg`;
}

export function imageSizes(image: ImageRef): ImageSizes {
  const scaled = (width: number): ImageDetails => ({
    width,
    height: Math.max(1, Math.round((width * image.height) / image.width)),
    url: imageUrl(image.key, `${width}x`),
  });
  return {
    '150x150': { width: 150, height: 150, url: imageUrl(image.key, '150x150') },
    '400x300': { width: 400, height: 300, url: imageUrl(image.key, '400x300') },
    '600x': scaled(600),
    '1200x': scaled(1200),
  };
}

/**
 * The image behind a URL a client asks Pinterest to pin. A URL the simulator itself served
 * keeps its image (so a copied pin shows the same picture); any other source gets a stable
 * key and size derived from its text, as Pinterest re-hosts what it fetches.
 */
export function imageFromSource(source: string): ImageRef {
  const own = PINIMG.exec(source)?.[1];
  return imageForKey(own ?? createHash('md5').update(source).digest('hex'));
}

/** An image's size follows from its key, so every copy of a picture has the same shape. */
export function imageForKey(key: string): ImageRef {
  const shape = parseInt(key.slice(0, 4), 16) % ASPECTS.length;
  const [width, height] = ASPECTS[shape] ?? [1200, 1800];
  return { key, width, height };
}

/** Common pin shapes (width, height): 2:3, 1:1, 4:5, 9:16, 3:2. */
const ASPECTS: readonly (readonly [number, number])[] = [
  [1200, 1800],
  [1200, 1200],
  [1200, 1500],
  [1080, 1920],
  [1200, 800],
];
