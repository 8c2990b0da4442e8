import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createV5Client, type Pin, type V5Client } from '@pinkit/api-v5';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { tempDir } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const example = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

let sim: Simulator;
let demo: V5Client;
let target: V5Client;
let sourceBoardId: string;
let otherBoardId: string;
const pinsOfKind: Record<string, Pin> = {};
beforeAll(async () => {
  // 16 pins a board: images, a carousel, a video and an Idea pin that POST /v5/pins cannot create.
  sim = await startSimulator({ boards: 3, pinsPerBoard: 16 });
  demo = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  target = createV5Client({ apiUri: sim.url, token: sim.env().TARGET_ACCESS_TOKEN! });
  const boards = [];
  for await (const board of demo.boards.list()) boards.push(board);
  sourceBoardId = boards[0]!.id;
  otherBoardId = boards[1]!.id;
  for await (const pin of demo.boards.listPins(sourceBoardId)) pinsOfKind[pin.media?.media_type ?? 'none'] ??= pin;
});
afterAll(() => sim.stop());

type Failure = { code: number; stdout: string; stderr: string };

async function runExample(name: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  // tsx makes a folder for its IPC sockets in TMPDIR and leaves it; give it one that goes away.
  const env = { ...process.env, ...sim.env(), TMPDIR: tempDir('pinkit-tsx-'), ...options.env };
  return run(tsx, [example(name), ...args], { env, cwd: options.cwd ?? tempDir('pinkit-example-') });
}

async function pinsOf(client: V5Client, boardId: string): Promise<Pin[]> {
  const pins = [];
  for await (const pin of client.boards.listPins(boardId)) pins.push(pin);
  return pins;
}

const largest = (pin: Pin) =>
  pin.media?.media_type === 'image' || pin.media?.media_type === 'video' ? pin.media.images?.['1200x']?.url : '';

describe('copy examples, run with tsx against the simulator', () => {
  it('copy-pin creates an image pin from the source pin’s largest image', async () => {
    const source = pinsOfKind.image!;
    const { stdout } = await runExample('copy-pin.ts', [source.id, otherBoardId]);
    const created = new RegExp(`^Created pin (\\d+) \\(image\\) on board ${otherBoardId} from pin ${source.id}\n$`).exec(stdout);
    expect(created).not.toBeNull();
    const pin = await demo.pins.get(created![1]!);
    expect(pin).toMatchObject({ title: source.title, board_id: otherBoardId });
    expect(largest(pin)).toBe(largest(source));
  });

  it('copy-pin uploads a video file, waits until it is processed, and creates a video pin with the source image as cover', async () => {
    const source = pinsOfKind.video!;
    const file = join(tempDir('pinkit-video-'), 'clip.mp4');
    writeFileSync(file, Buffer.from('bytes standing in for a video'));
    const { stdout, stderr } = await runExample('copy-pin.ts', [source.id, otherBoardId, file]);
    expect(stderr).toMatch(/^media \d+ is processing; checking again in 1 s\n$/);
    const pinId = /^Created pin (\d+) \(video\) on board /.exec(stdout)?.[1];
    const pin = await demo.pins.get(pinId!);
    expect(pin.media).toMatchObject({ media_type: 'video', cover_image_url: largest(source) });
  });

  it('copy-pin says which kinds it copies when given a carousel', async () => {
    const carousel = pinsOfKind.multiple_images!;
    const failure = (await runExample('copy-pin.ts', [carousel.id, otherBoardId]).catch((e: Failure) => e)) as Failure;
    expect(failure).toMatchObject({
      code: 1,
      stderr: `Pin ${carousel.id} is a multiple_images; this example copies image and video pins.\n`,
    });
  });

  it('copy-board copies a board into the target account, and a rerun from its journal creates nothing twice', async () => {
    const folder = tempDir('pinkit-copy-');
    const first = await runExample('copy-board.ts', [sourceBoardId], { cwd: folder });
    const line =
      /^Board \d+ -> (\d+) \((.*)\): copied 1 board, (\d+) sections, (\d+) pins; 0 pins were already there, (\d+) skipped, 0 failed\n$/;
    const [, copyId, name, sections, pins, skipped] = line.exec(first.stdout) ?? [];
    const sourcePins = await pinsOf(demo, sourceBoardId);
    expect(name).toBe((await demo.boards.get(sourceBoardId)).name);
    expect(Number(sections)).toBe(2);
    expect(Number(pins) + Number(skipped)).toBe(sourcePins.length);
    expect(Number(skipped)).toBeGreaterThan(0);
    expect(first.stderr).toMatch(/^warning: .*video/m);
    expect(first.stderr).toMatch(/^skipped: /m);
    expect(await pinsOf(target, copyId!)).toHaveLength(Number(pins));
    expect(readdirSync(folder)).toEqual([`copy-board-${sourceBoardId}-to-target.journal`]);

    const again = await runExample('copy-board.ts', [sourceBoardId], { cwd: folder });
    expect(again.stdout).toContain(`-> ${copyId} (${name}): copied 0 board, 0 sections, 0 pins; ${pins} pins were already there`);
    expect(await pinsOf(target, copyId!)).toHaveLength(Number(pins));
  });

  it('copy-board within one account needs a new name, and copies under it', async () => {
    const env = { TARGET_ACCESS_TOKEN: '' };
    const failure = (await runExample('copy-board.ts', [otherBoardId], { env }).catch((e: Failure) => e)) as Failure;
    expect(failure).toMatchObject({ code: 2 });
    const { stdout } = await runExample('copy-board.ts', [otherBoardId, 'Copied by example'], { env });
    const copyId = /^Board \d+ -> (\d+) \(Copied by example\): copied 1 board/.exec(stdout)?.[1];
    expect((await demo.boards.get(copyId!)).name).toBe('Copied by example');
  });
});
