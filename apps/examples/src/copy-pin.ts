// Create a pin from an existing one, as the quickstart's copy_pin does: the source's largest
// image on a board of yours, or, given a video file, a video pin with that image as its cover.
// Usage: tsx copy-pin.ts PIN_ID BOARD_ID [VIDEO_FILE]
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { ApiError, createV5Client, type Pin } from '@pinkit/api-v5';

const [pinId, boardId, videoFile] = process.argv.slice(2);
if (!pinId || !boardId) {
  console.error('usage: copy-pin.ts PIN_ID BOARD_ID [VIDEO_FILE]');
  process.exit(2);
}
const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });

/** The largest rendition of an image or video pin; carousels and Idea pins keep theirs per item. */
function largestImageUrl(media: Pin['media']): string | undefined {
  if (media?.media_type !== 'image' && media?.media_type !== 'video') return undefined;
  const images = media.images;
  return (images?.['1200x'] ?? images?.['600x'] ?? images?.['400x300'] ?? images?.['150x150'])?.url;
}

/** The v5 upload: register it, send the file where Pinterest says, then wait until it is processed. */
async function uploadVideo(path: string): Promise<string> {
  const upload = await pinterest.media.create({ media_type: 'video' });
  // openAsBlob reads the file as it is sent: a video need not fit in memory.
  await pinterest.media.upload(upload, await openAsBlob(path), basename(path));
  const giveUpAt = Date.now() + 10 * 60_000;
  // Polled as the quickstart does: after 1 s, doubling up to 10 s.
  for (let wait = 1000; Date.now() < giveUpAt; wait = Math.min(wait * 2, 10_000)) {
    const { status } = await pinterest.media.get(upload.media_id);
    if (status === 'succeeded') return upload.media_id;
    if (status === 'failed') throw new Error(`Pinterest could not process ${path} (media ${upload.media_id}).`);
    console.error(`media ${upload.media_id} is ${status}; checking again in ${wait / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  throw new Error(`Media ${upload.media_id} is still not processed after 10 minutes.`);
}

try {
  const source = await pinterest.pins.get(pinId);
  const imageUrl = largestImageUrl(source.media);
  if (!imageUrl) {
    console.error(`Pin ${pinId} is a ${source.media?.media_type ?? 'pin without media'}; this example copies image and video pins.`);
    process.exit(1);
  }
  const pin = await pinterest.pins.create({
    board_id: boardId,
    // The text fields the source has; a pin read from Pinterest is already within its limits.
    ...(source.title ? { title: source.title } : {}),
    ...(source.description ? { description: source.description } : {}),
    ...(source.link ? { link: source.link } : {}),
    ...(source.alt_text ? { alt_text: source.alt_text } : {}),
    media_source: videoFile
      ? { source_type: 'video_id', media_id: await uploadVideo(videoFile), cover_image_url: imageUrl }
      : { source_type: 'image_url', url: imageUrl },
  });
  console.log(`Created pin ${pin.id} (${pin.media?.media_type}) on board ${pin.board_id} from pin ${pinId}`);
} catch (error) {
  if (error instanceof ApiError) {
    console.error(`HTTP ${error.status}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
