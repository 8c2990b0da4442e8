import { basename } from 'node:path';
import type { RowDraft } from './check-row.js';
import type { MediaRef } from './media-ref.js';
import { carouselImages } from './pin-limits.js';
import type { PublishLimits } from './pin-limits.js';
import type { ImageFile, PinMedia } from './pin-media.js';
import type { PlanProblem } from './plan-row.js';
import type { FileHead, PlanFiles } from './publish-ports.js';
import { describeUnsupported, sniffBytes, sniffMedia } from './sniff-media.js';
import type { SniffedMedia } from './sniff-media.js';

type Checked = { file: FileHead & { path: string }; sniffed: SniffedMedia } | string;

function describeSize(bytes: number): string {
  if (bytes >= 2 ** 30) return `${Math.round((bytes / 2 ** 30) * 10) / 10} GiB`;
  if (bytes >= 2 ** 20) return `${Math.round((bytes / 2 ** 20) * 10) / 10} MiB`;
  return `${bytes} bytes`;
}

async function inspect(files: PlanFiles, path: string, limits: PublishLimits): Promise<Checked> {
  const found = await files.inspect(path, sniffBytes);
  if (found === undefined) return `${path} does not exist or is not a file`;
  const sniffed = sniffMedia(found.head);
  if (sniffed === undefined) return `${basename(path)} is ${describeUnsupported(found.head)} (JPEG and PNG images, MP4 and MOV videos are)`;
  const max = sniffed.kind === 'image' ? limits.maxImageBytes : limits.maxVideoBytes;
  if (found.size > max)
    return `${basename(path)} is ${describeSize(found.size)}; ${sniffed.kind === 'image' ? 'an image' : 'a video'} may be at most ${describeSize(max)}`;
  if (found.size === 0) return `${basename(path)} is empty`;
  return { file: { ...found, path }, sniffed };
}

async function imageOf(files: PlanFiles, ref: Extract<MediaRef, { kind: 'file' }>, limits: PublishLimits): Promise<ImageFile | string> {
  const checked = await inspect(files, ref.path, limits);
  if (typeof checked === 'string') return checked;
  if (checked.sniffed.kind !== 'image') return `${basename(ref.path)} is a video; only images may be used here`;
  return { path: ref.path, size: checked.file.size, contentType: checked.sniffed.contentType };
}

/** Checks the files a row names (existence, type by magic bytes, size) and says what it publishes. */
export async function checkMedia(draft: RowDraft, files: PlanFiles, limits: PublishLimits): Promise<PinMedia | PlanProblem[]> {
  const fail = (column: 'media' | 'cover', message: string): PlanProblem[] => [
    { row: draft.row, column, message: `${column}: ${message}.` },
  ];
  const [first, ...rest] = draft.media;
  if (first === undefined) return fail('media', 'names nothing');
  if (rest.length > 0) {
    if (draft.cover !== undefined) return fail('cover', 'only a video takes a cover; this row is a carousel');
    const count = draft.media.length;
    if (count < carouselImages.min || count > carouselImages.max) {
      return fail('media', `a carousel has ${carouselImages.min} to ${carouselImages.max} images, not ${count}`);
    }
    if (draft.media.every((ref) => ref.kind === 'url')) return { kind: 'carousel-urls', urls: draft.media.map((ref) => ref.url) };
    if (!draft.media.every((ref) => ref.kind === 'file')) return fail('media', "a carousel's images must be all URLs or all local files");
    const images: ImageFile[] = [];
    const problems: PlanProblem[] = [];
    for (const ref of draft.media) {
      const image = await imageOf(files, ref, { ...limits });
      if (typeof image === 'string') problems.push(...fail('media', image));
      else images.push(image);
    }
    return problems.length > 0 ? problems : { kind: 'carousel-files', files: images };
  }
  if (first.kind === 'url') {
    if (draft.cover !== undefined) return fail('cover', 'only a local video takes a cover');
    return { kind: 'image-url', url: first.url };
  }
  const checked = await inspect(files, first.path, limits);
  if (typeof checked === 'string') return fail('media', checked);
  const { sniffed, file } = checked;
  if (sniffed.kind === 'image') {
    if (draft.cover !== undefined) return fail('cover', 'only a video takes a cover');
    return { kind: 'image-file', file: { path: file.path, size: file.size, contentType: sniffed.contentType } };
  }
  const video = { path: file.path, size: file.size, contentType: sniffed.contentType };
  const cover = draft.cover;
  if (cover === undefined) return fail('cover', 'a video needs a cover (an image URL or a local image)');
  if (cover.kind === 'url') return { kind: 'video', video, cover };
  const image = await imageOf(files, cover, limits);
  return typeof image === 'string' ? fail('cover', image) : { kind: 'video', video, cover: { kind: 'file', file: image } };
}
