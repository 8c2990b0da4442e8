import type { ImageContentType, VideoContentType } from './publish-ports.js';

export type SniffedMedia = { kind: 'image'; contentType: ImageContentType } | { kind: 'video'; contentType: VideoContentType };

/** Bytes needed to tell every supported type apart. */
export const sniffBytes = 12;

const startsWith = (head: Uint8Array, bytes: number[], offset = 0) => bytes.every((byte, at) => head[offset + at] === byte);
const ascii = (head: Uint8Array, from: number, to: number) => String.fromCharCode(...head.subarray(from, to));

/**
 * The type of a file from its first bytes, never from its name: a renamed file would otherwise
 * reach Pinterest and fail there, after the writes before it. Images are those Pinterest takes as
 * base64 (JPEG, PNG); videos are ISO base media files (MP4, M4V, QuickTime).
 */
export function sniffMedia(head: Uint8Array): SniffedMedia | undefined {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: 'image', contentType: 'image/jpeg' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', contentType: 'image/png' };
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') {
    return { kind: 'video', contentType: ascii(head, 8, 10) === 'qt' ? 'video/quicktime' : 'video/mp4' };
  }
  return undefined;
}

/** A name for what a file seems to be when it is not supported, so the message helps. */
export function describeUnsupported(head: Uint8Array): string {
  if (ascii(head, 0, 4) === 'GIF8') return 'a GIF';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'a WebP image';
  if (ascii(head, 0, 2) === 'BM') return 'a BMP image';
  return 'not an image or video pinkit can publish';
}
