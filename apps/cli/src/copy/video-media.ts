import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MediaUploader } from '@pinkit/account';
import { InputError } from '../output/describe-error.js';
import { waitForMedia, type MediaPolling } from './wait-for-media.js';

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * `-m` names a local video file (uploaded) or the id of an earlier upload (digits).
 * Either way this waits until Pinterest has processed the video and returns its media id.
 */
export async function videoMediaId(
  media: MediaUploader,
  value: string,
  polling: MediaPolling,
  note: (text: string) => void,
): Promise<string> {
  let mediaId: string;
  if (await isFile(value)) {
    // openAsBlob streams the file from disk: a video need not fit in memory.
    mediaId = await media.uploadVideo(await openAsBlob(value), basename(value));
    note(`Uploaded ${value} as media ${mediaId}; waiting for Pinterest to process it.`);
  } else if (/^\d+$/.test(value)) {
    mediaId = value;
  } else {
    throw new InputError(`-m/--media "${value}" is neither an existing file nor a media id (digits).`);
  }
  await waitForMedia(media, mediaId, {
    ...polling,
    onStatus: (status, next) => note(`media ${mediaId} is ${status}; checking again in ${next} ms`),
  });
  return mediaId;
}
