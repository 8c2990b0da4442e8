import { createV3Client, type V3Board, type V3Pin } from '@pinkit/api-v3';
import { createV5Client } from '@pinkit/api-v5';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { v3BoardContents, v3Env } from '../test-support/v3-board-contents.js';

// copy-pin, copy-board and delete-board on API v3 against the simulator, which serves v3 and v5
// from one store: what v3 writes is checked through v3 and through v5, and the output against v5's.

const copyBoard = ['copy-board', '--writes-per-second', '500'];

let sim: Simulator;
let env: Record<string, string>;
let boards: V3Board[];
let pins: V3Pin[];
beforeEach(async () => {
  sim = await startSimulator({ boards: 3, pinsPerBoard: 16 });
  env = v3Env(sim);
  const client = createV3Client({ apiUri: sim.url, token: env.ACCESS_TOKEN! });
  boards = [];
  pins = [];
  for await (const board of client.users.listBoards()) boards.push(board);
  for await (const pin of client.boards.listPins(boards[0]!.id, { pageSize: 100 })) pins.push(pin);
});
afterEach(() => sim.stop());

/** One board's lines of v3BoardContents, its name replaced by `board`. */
async function boardLines(token: string, name: string): Promise<string[]> {
  const lines = await v3BoardContents(sim, token);
  return lines.filter((line) => line.startsWith(`${name}/`)).map((line) => `board/${line.slice(name.length + 1)}`);
}

describe('pinkit copy-pin -v 3', () => {
  it('copies an image pin into a section with PUT /v3/pins/, printing the summary v5 prints', async () => {
    const source = pins.find((pin) => pin.type === 'pin' && !pin.carousel_data)!;
    // The first board is the one with sections.
    const target = boards[0]!.id;
    const [section] = await sectionsOf(target);
    const run = await runPinkit(['copy-pin', '-p', source.id, '-b', target, '-s', section!], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`PUT ${sim.url}/v3/pins/ -> 200`));
    const copyId = /^Pin (\d+): -$/m.exec(run.stdout)?.[1];
    expect(copyId).toBeDefined();
    expect(run.stdout.split('\n').slice(1)).toEqual([
      `  board: -  section: ${section}  type: pin`,
      `  link: ${source.link ?? '-'}`,
      `  description: ${source.description ?? '-'}`,
      `  image: ${source.image_large_url}`,
      '',
    ]);
    // Read through v5: the same store, the same picture, in the section.
    const copy = await createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! }).pins.get(copyId!);
    expect(copy).toMatchObject({ board_id: target, board_section_id: section, description: source.description, link: source.link });
  });

  it('copies a carousel as carousel_data_json, prints --json as v3 answered, and refuses a story naming API v3', async () => {
    const carousel = pins.find((pin) => pin.carousel_data)!;
    const run = await runPinkit(['copy-pin', '-p', carousel.id, '-b', boards[1]!.id, '--json', '-l', '0'], env);
    expect(run.code, run.stderr).toBe(0);
    const [printed] = jsonLines(run.stdout);
    expect(printed).toMatchObject({ type: 'pin', carousel_data: carousel.carousel_data, image_large_url: carousel.image_large_url });
    expect(printed).not.toHaveProperty('media');
    const v5 = await createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! }).pins.get(printed!['id'] as string);
    expect((v5.media as { media_type: string }).media_type).toBe('multiple_images');

    const story = pins.find((pin) => pin.type === 'story')!;
    const refused = await runPinkit(['copy-pin', '-p', story.id, '-b', boards[1]!.id, '-l', '0'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `pinkit: Pin ${story.id} is a story pin (media_type story), which API v3 cannot create; it was not copied.\n`,
    );
  });
});

async function sectionsOf(boardId: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const section of createV3Client({ apiUri: sim.url, token: env.ACCESS_TOKEN! }).boards.listSections(boardId))
    ids.push(section.id);
  return ids;
}

describe('pinkit copy-board -v 3', () => {
  it('copies a board within one account under a new name (-b -n), sections and their pins included', async () => {
    const source = boards[0]!;
    const run = await runPinkit([...copyBoard, '-b', source.id, '-n', 'Copied on v3'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`PUT ${sim.url}/v3/board/\\d+/sections/ -> 200`));
    const copied = await boardLines(env.ACCESS_TOKEN!, 'Copied on v3');
    expect(copied).toEqual(await boardLines(env.ACCESS_TOKEN!, source.name));
    expect(copied).toContainEqual(expect.stringMatching(/^board\/public\/[^/]+,[^/]+$/));
    expect(run.stdout).toMatch(/^Copy finished: copied 1 board, 2 sections, 14 pins\.\n/);
    expect(run.stdout).toContain('which API v3 cannot create');
  });

  it('copies a board to another account (-b -s -t), and prints the report v5 prints for the same copy', async () => {
    const source = boards[1]!;
    const args = [...copyBoard, '-b', source.id, '-s', 'access_token', '-t', 'target_access_token', '-l', '0'];
    const run = await runPinkit(args, env);
    expect(run.code, run.stderr).toBe(0);
    const sourceLines = (await v3BoardContents(sim, env.ACCESS_TOKEN!)).filter((line) => line.startsWith(`${source.name}/`));
    expect(sourceLines.length).toBeGreaterThan(10);
    expect(await v3BoardContents(sim, env.TARGET_ACCESS_TOKEN!)).toEqual(sourceLines);

    // The same copy on v5, into a fresh simulator: the report differs only where v5 names its own API.
    const other = await startSimulator({ boards: 3, pinsPerBoard: 16 });
    try {
      const v5 = await runPinkit(args, other.env());
      expect(v5.code, v5.stderr).toBe(0);
      // Ids differ (another store); the reason a pin was skipped names each version's own kind.
      const neutral = (text: string) =>
        text
          .replace(/\d{12,}/g, 'ID')
          .replace(/\(not-creatable\): .*$/gm, '(not-creatable)')
          .replace(/^Journal: .*$/m, 'Journal');
      expect(neutral(run.stdout)).toBe(neutral(v5.stdout));
    } finally {
      await other.stop();
    }
  });

  it('--all -s -t --dry-run writes nothing; --all then copies every board, and a rerun on v5 finds it all done', async () => {
    const all = [...copyBoard, '--all', '-s', 'access_token', '-t', 'target_access_token', '-l', '0'];
    const writes = sim.stats.writes;
    const dry = await runPinkit([...all, '--dry-run'], env);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^Dry run: would copy 3 boards, 2 sections, 28 pins; nothing was written\.\n/);
    expect(sim.stats.writes).toBe(writes);
    expect(await v3BoardContents(sim, env.TARGET_ACCESS_TOKEN!)).toEqual([]);

    const run = await runPinkit([...all, '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const [report] = jsonLines(run.stdout);
    expect(report).toMatchObject({ dryRun: false, failed: [], copied: { boards: 3, sections: 2, pins: 28 } });
    expect((report!['skipped'] as unknown[]).length).toBe(4);
    expect(await v3BoardContents(sim, env.TARGET_ACCESS_TOKEN!)).toEqual(await v3BoardContents(sim, env.ACCESS_TOKEN!));

    // Both versions name the same ids, so the journal of a v3 copy serves a v5 run of it.
    const v5 = await runPinkit(all, sim.env());
    expect(v5.code, v5.stderr).toBe(0);
    expect(v5.stdout).toMatch(
      /^Copy finished: copied 0 boards, 0 sections, 0 pins\.\nAlready copied by an earlier run: 3 boards, 2 sections, 28 pins\./,
    );
  });

  it('refuses --copy-videos in one line, before any request', async () => {
    const requests = sim.stats.requests;
    const run = await runPinkit([...copyBoard, '--all', '-s', 'access_token', '-t', 'target_access_token', '--copy-videos'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'pinkit: --copy-videos: API v3 cannot upload videos; leave it out (videos are copied as their cover image) or use -v 5.\n',
    );
    expect(sim.stats.requests).toBe(requests);
  });
});

describe('pinkit delete-board -v 3', () => {
  it('deletes one board with DELETE /v3/boards/{id}/, and every board with --all-boards', async () => {
    const [first] = boards;
    const one = await runPinkit(['delete-board', '-b', first!.id, '--yes'], env);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toBe(`Deleted board ${first!.id} "${first!.name}" (16 pins).\n`);
    expect(one.stderr).toMatch(new RegExp(`DELETE ${sim.url}/v3/boards/${first!.id}/ -> 200`));
    await expect(createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! }).boards.get(first!.id)).rejects.toMatchObject({
      status: 404,
    });

    const rest = await runPinkit(['delete-board', '--all-boards', '--yes', '--json', '-l', '0'], env);
    expect(rest.code, rest.stderr).toBe(0);
    expect(jsonLines(rest.stdout)).toEqual(boards.slice(1).map((board) => ({ id: board.id, name: board.name, deleted: true })));
    expect(await v3BoardContents(sim, env.ACCESS_TOKEN!)).toEqual([]);
  });
});
