import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { videoDownload } from '@pinkit/account';
import { videoUploader } from './video-upload.js';

const download = videoDownload({});

let base = '';
const server = createServer((req, res) => {
  if (req.url === '/videos/clip.mp4') res.writeHead(200, { 'content-type': 'video/mp4' }).end('video bytes');
  else res.writeHead(404).end();
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const polling = { firstDelayMs: 1, maxDelayMs: 2, timeoutMs: 1000 };

function fakeMedia(statuses: string[]) {
  const uploads: Array<{ name: string; text: string }> = [];
  return {
    uploads,
    uploadVideo: async (file: Blob, name: string) => (uploads.push({ name, text: await file.text() }), '777'),
    getMediaStatus: async () => statuses.shift() ?? 'succeeded',
  };
}

describe('videoUploader', () => {
  it('downloads the video, uploads it under its file name and resolves once Pinterest has processed it', async () => {
    const media = fakeMedia(['registered', 'processing', 'succeeded']);
    const upload = videoUploader(media, polling, download);
    expect(await upload(`${base}/videos/clip.mp4`, new AbortController().signal)).toBe('777');
    expect(media.uploads).toEqual([{ name: 'clip.mp4', text: 'video bytes' }]);
  });

  it('fails, uploading nothing, when the video cannot be downloaded', async () => {
    const media = fakeMedia([]);
    await expect(videoUploader(media, polling, download)(`${base}/videos/gone.mp4`, new AbortController().signal)).rejects.toThrow(
      /videos\/gone\.mp4 answered 404/,
    );
    expect(media.uploads).toEqual([]);
  });

  it('fails when Pinterest could not process the upload', async () => {
    const upload = videoUploader(fakeMedia(['failed']), polling, async () => new Blob(['x']));
    await expect(upload(`${base}/videos/clip.mp4`, new AbortController().signal)).rejects.toThrow(/could not process media 777/);
  });

  it('stops a download when the copy is cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(download(`${base}/videos/clip.mp4`, controller.signal)).rejects.toThrow();
  });
});
