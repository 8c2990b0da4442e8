import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { V5Client } from '@pinkit/api-v5';
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
 * `-m` names a local video file (uploaded through POST /v5/media and its upload URL) or the id
 * of an earlier upload (digits). Either way this waits until Pinterest has processed the video
 * and returns its media id.
 */
export async function videoMediaId(client: V5Client, value: string, polling: MediaPolling, note: (text: string) => void): Promise<string> {
  let mediaId: string;
  if (await isFile(value)) {
    const upload = await client.media.create({ media_type: 'video' });
    // openAsBlob streams the file from disk: a video need not fit in memory.
    await client.media.upload(upload, await openAsBlob(value), basename(value));
    mediaId = upload.media_id;
    note(`Uploaded ${value} as media ${mediaId}; waiting for Pinterest to process it.`);
  } else if (/^\d+$/.test(value)) {
    mediaId = value;
  } else {
    throw new InputError(`-m/--media "${value}" is neither an existing file nor a media id (digits).`);
  }
  await waitForMedia(client, mediaId, { ...polling, onStatus: (status, next) => note(`media ${mediaId} is ${status}; checking again in ${next} ms`) });
  return mediaId;
}
