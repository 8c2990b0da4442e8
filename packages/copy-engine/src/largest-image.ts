import type { CopyPinImage } from './copy-account.js';
import { checkLargestImageArguments } from './check-engine-arguments.js';

/** Estimated pixel count: real dimensions when given, else what the v5 size key says. */
function area(key: string, image: CopyPinImage): number {
  if (image.width && image.height) return image.width * image.height;
  if (key === 'originals') return Number.POSITIVE_INFINITY;
  // v5 keys read "150x150", "400x300", "600x", "1200x": width by height, height sometimes open.
  const match = /^(\d+)x(\d*)$/.exec(key);
  if (!match) return 0;
  const width = Number(match[1]);
  return width * (match[2] ? Number(match[2]) : width);
}

/** The largest image of a pin or carousel slide (by width*height, else by its size key), if it has any. */
export function largestImage(media: { images?: Record<string, CopyPinImage> } | null | undefined): CopyPinImage | undefined {
  checkLargestImageArguments(media);
  let best: { image: CopyPinImage; area: number } | undefined;
  for (const [key, image] of Object.entries(media?.images ?? {})) {
    if (!image?.url) continue;
    const size = area(key, image);
    if (!best || size > best.area) best = { image, area: size };
  }
  return best?.image;
}
