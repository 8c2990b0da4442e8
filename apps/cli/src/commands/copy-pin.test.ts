import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client, type Pin } from '@pinkit/api-v5';
import { tempDir } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { isNotCreatable, mediaTypeOf } from '../test-support/pin-kind.js';

const image1200 = (pin: Pin) => (pin.media as { images?: Record<string, { url: string }> }).images?.['1200x']?.url;

let sim: Simulator;
let env: Record<string, string>;
let source: Pin;
let idea: Pin;
let carousel: Pin;
let video: Pin;
let target: { boardId: string; sectionId: string };
beforeAll(async () => {
  sim = await startSimulator({ boards: 3, pinsPerBoard: 10 });
  env = { ...sim.env(), PINKIT_MEDIA_POLL_MS: '5' };
  const client = createV5Client({ apiUri: sim.url, token: env.ACCESS_TOKEN! });
  for await (const board of client.boards.list()) {
    for await (const pin of client.boards.listPins(board.id as string)) {
      const type = mediaTypeOf(pin);
      if (isNotCreatable(pin)) idea ??= pin;
      else if (type === 'multiple_images') carousel ??= pin;
      else if (type === 'video') video ??= pin;
      else source ??= pin;
    }
    for await (const section of client.boardSections.list(board.id as string))
      target ??= { boardId: board.id as string, sectionId: section.id as string };
  }
});
afterAll(() => sim.stop());

async function copyPin(args: string[], extraEnv: Record<string, string> = {}) {
  const run = await runPinkit(['copy-pin', '--json', ...args], { ...env, ...extraEnv });
  return { ...run, pin: run.code === 0 ? (jsonLines(run.stdout)[0] as unknown as Pin) : undefined };
}

describe('pinkit copy-pin', () => {
  it("creates a pin from the source's text and largest image", async () => {
    const run = await copyPin(['-p', source.id, '-b', target.boardId, '-l', '0']);
    expect(run.code).toBe(0);
    expect(run.pin).toMatchObject({
      board_id: target.boardId,
      board_section_id: null,
      title: source.title,
      description: source.description,
      link: source.link,
    });
    expect(run.pin!.id).not.toBe(source.id);
    expect(image1200(run.pin!)).toBe(image1200(source));
    expect(run.stderr).toBe('');
  });

  it('puts the copy into a section and prints a summary for people', async () => {
    const run = await runPinkit(['copy-pin', '-p', source.id, '-b', target.boardId, '-s', target.sectionId], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Pin \\d+: ${source.title}\\n  board: ${target.boardId}  section: ${target.sectionId}`));
  });

  it('refuses an Idea pin of several videos, which v5 cannot create, naming its kind', async () => {
    const run = await copyPin(['-p', idea.id, '-b', target.boardId, '-l', '0']);
    expect(run.code).toBe(1);
    const kind = mediaTypeOf(idea) === 'multiple_videos' ? 'a pin of several videos' : 'a pin of images and videos together';
    expect(run.stderr).toBe(
      `pinkit: Pin ${idea.id} is ${kind} (media_type ${mediaTypeOf(idea)}, creative_type IDEA), ` +
        'which API v5 cannot create; it was not copied.\n',
    );
  });

  it("tells the user clearly that another user's pin cannot be read, and creates nothing", async () => {
    const run = await copyPin(['-p', source.id, '-b', target.boardId, '-l', '0'], { ACCESS_TOKEN: env.TARGET_ACCESS_TOKEN! });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^pinkit: Not found - check the id; Pinterest reads by id only your own pins and those on group .*404.*\(request id [0-9a-f]+\)\n$/,
    );
  });

  it('copies a carousel as a carousel, slide by slide', async () => {
    const run = await copyPin(['-p', carousel.id, '-b', target.boardId, '-l', '0']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.pin).toMatchObject({ creative_type: 'CAROUSEL', title: carousel.title });
    const slides = (pin: Pin | undefined) =>
      (pin?.media as { items?: Array<{ title?: string; images?: Record<string, { url: string }> }> }).items?.map((item) => [
        item.title,
        item.images?.['1200x']?.url,
      ]);
    expect(slides(run.pin)).toEqual(slides(carousel));
    expect(slides(run.pin)?.length).toBeGreaterThanOrEqual(2);
  });

  it('copies a video pin without -m as an image pin of its cover, with a warning', async () => {
    const run = await copyPin(['-p', video.id, '-b', target.boardId, '-l', '0']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(`warning: Pin ${video.id} is a video; copied as an image pin from its cover image.\n`);
    expect(run.pin).toMatchObject({ creative_type: 'REGULAR', media: { media_type: 'image' } });
  });

  it('uploads a video file, waits for processing, and creates a video pin with the source image as cover', async () => {
    const file = join(tempDir('pinkit-video-'), 'clip.mp4');
    writeFileSync(file, Buffer.from('not really a video, but bytes to upload'));
    const run = await copyPin(['-p', source.id, '-b', target.boardId, '-m', file, '-l', '1']);
    expect(run.code).toBe(0);
    expect(run.pin!.media).toMatchObject({ media_type: 'video', cover_image_url: image1200(source) });
    const mediaId = /Uploaded .*clip\.mp4 as media (\d+)/.exec(run.stderr)?.[1];
    expect(mediaId).toBeDefined();
    expect(run.stderr).toMatch(new RegExp(`media ${mediaId} is processing; checking again in 5 ms`));

    // An earlier upload's id skips the upload.
    const again = await copyPin(['-p', source.id, '-b', target.boardId, '-m', mediaId!, '-l', '1']);
    expect(again.code).toBe(0);
    expect(again.pin!.media).toMatchObject({ media_type: 'video' });
    expect(again.stderr).not.toContain('Uploaded');
  });

  it('says when -m is neither a file nor a media id', async () => {
    const run = await copyPin(['-p', source.id, '-b', target.boardId, '-m', 'no-such-clip.mp4', '-l', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pinkit: -m/--media "no-such-clip.mp4" is neither an existing file nor a media id (digits).\n');
  });

  it('asks for the pin and the board, and refuses -m on -v 3, which had no video pins', async () => {
    expect((await copyPin(['-b', target.boardId])).stderr).toBe('pinkit: Missing -p/--pin-id: which pin to copy.\n');
    expect((await copyPin(['-p', source.id])).stderr).toBe('pinkit: Missing -b/--board-id: which board the new pin goes on.\n');
    const v3 = await copyPin(['-p', source.id, '-b', target.boardId, '-v', '3', '-m', '1234']);
    expect(v3.code).toBe(2);
    expect(v3.stderr).toBe('pinkit: -m/--media: API v3 cannot create video pins; leave it out or use -v 5.\n');
  });
});

describe('pinkit copy-pin with over-long text', () => {
  // The simulator refuses over-long text as Pinterest does, so a small server plays a pin that
  // predates the limits.
  const created: Array<Record<string, unknown>> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && req.url === '/v5/pins/1') {
        const images = {
          '600x': { url: 'https://i.test/600.jpg', width: 600, height: 900 },
          '1200x': { url: 'https://i.test/1200.jpg', width: 1200, height: 1800 },
        };
        const long = {
          title: 'T'.repeat(150),
          description: 'D'.repeat(900),
          link: `https://example.com/${'l'.repeat(2100)}`,
          alt_text: 'A'.repeat(600),
        };
        return res.end(JSON.stringify({ id: '1', ...long, media: { media_type: 'image', images } }));
      }
      created.push(JSON.parse(body) as Record<string, unknown>);
      res.statusCode = 201;
      res.end(JSON.stringify({ id: '2', ...JSON.parse(body) }));
    });
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('cuts link, title, description and alt text to 2048/100/800/500 with a warning each', async () => {
    const uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const run = await runPinkit(['copy-pin', '-p', '1', '-b', '9', '-l', '0'], { PINTEREST_API_URI: uri, ACCESS_TOKEN: 'pina_test' });
    expect(run.code).toBe(0);
    const sent = created[0]!;
    expect([sent.title, sent.description, sent.link, sent.alt_text].map((value) => String(value).length)).toEqual([100, 800, 2048, 500]);
    expect(sent.media_source).toEqual({ source_type: 'image_url', url: 'https://i.test/1200.jpg', is_standard: true });
    expect(run.stderr.split('\n').filter((line) => line.startsWith('warning: '))).toEqual([
      'warning: Pin 1: title has 150 characters; cut to 100.',
      'warning: Pin 1: description has 900 characters; cut to 800.',
      'warning: Pin 1: link has 2120 characters; cut to 2048.',
      'warning: Pin 1: alt_text has 600 characters; cut to 500.',
    ]);
  });
});
