import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client, type Board } from '@pinkit/api-v5';
import { tempDir } from '@pinkit/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { isNotCreatable, mediaTypeOf } from '../test-support/pin-kind.js';

interface BoardShape {
  name: string;
  description: string | null | undefined;
  privacy: string | undefined;
  sections: string[];
  /** "section|title|link|image" per pin, sorted: a duplicate or a missing pin changes the list. */
  pins: string[];
}

/** What a copy must reproduce of an account's boards; pins v5 cannot create are left out (copies skip them). */
async function snapshot(sim: Simulator, token: string, names?: (name: string) => string | undefined): Promise<BoardShape[]> {
  const client = createV5Client({ apiUri: sim.url, token });
  const shapes: BoardShape[] = [];
  for await (const board of client.boards.list({ pageSize: 250 })) {
    const name = names ? names(board.name) : board.name;
    if (name === undefined) continue;
    const sections = new Map<string, string>();
    for await (const section of client.boardSections.list(board.id as string)) sections.set(section.id as string, section.name);
    const pins: string[] = [];
    for await (const pin of client.boards.listPins(board.id as string, { pageSize: 250 })) {
      if (isNotCreatable(pin)) continue;
      const image = (pin.media as { images?: Record<string, { url: string }> } | undefined)?.images?.['1200x']?.url;
      pins.push([sections.get(pin.board_section_id ?? '') ?? '-', pin.title, pin.link, image].join('|'));
    }
    shapes.push({
      name,
      description: board.description,
      privacy: board.privacy,
      sections: [...sections.values()].sort(),
      pins: pins.sort(),
    });
  }
  return shapes.sort((a, b) => a.name.localeCompare(b.name));
}

/** How many pins of each media_type an account holds, over all its boards. */
async function mediaTypes(sim: Simulator, token: string): Promise<Record<string, number>> {
  const client = createV5Client({ apiUri: sim.url, token });
  const counts: Record<string, number> = {};
  for await (const board of client.boards.list({ pageSize: 250 })) {
    for await (const pin of client.boards.listPins(board.id as string, { pageSize: 250 })) {
      const type = mediaTypeOf(pin) ?? 'none';
      counts[type] = (counts[type] ?? 0) + 1;
    }
  }
  return counts;
}

async function sourceBoards(sim: Simulator): Promise<Board[]> {
  const boards: Board[] = [];
  for await (const board of createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! }).boards.list()) boards.push(board);
  return boards;
}

async function notCreatableIds(sim: Simulator): Promise<string[]> {
  const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  const ids: string[] = [];
  for (const board of await sourceBoards(sim)) {
    for await (const pin of client.boards.listPins(board.id as string)) if (isNotCreatable(pin)) ids.push(pin.id);
  }
  return ids.sort();
}

// The simulator here has no write limit; the engine's default pace (10/s) would only slow the tests.
const copyBoard = ['copy-board', '--writes-per-second', '500'];

let sim: Simulator;
let env: Record<string, string>;
let boardWithSections: Board | undefined;
beforeEach(async () => {
  boardWithSections = undefined;
  sim = await startSimulator({ boards: 4, pinsPerBoard: 16 });
  env = sim.env();
  const client = createV5Client({ apiUri: sim.url, token: env.ACCESS_TOKEN! });
  for (const board of await sourceBoards(sim)) {
    for await (const _section of client.boardSections.list(board.id as string)) boardWithSections ??= board;
  }
});
afterEach(() => sim.stop());

describe('pinkit copy-board', () => {
  it('copies a board within one account under a new name, sections and section placement included', async () => {
    const run = await runPinkit([...copyBoard, '-b', boardWithSections!.id as string, '-n', 'Copied board', '-l', '1'], env);
    expect(run.code).toBe(0);
    const [source] = await snapshot(sim, env.ACCESS_TOKEN!, (name) => (name === boardWithSections!.name ? 'board' : undefined));
    const [copy] = await snapshot(sim, env.ACCESS_TOKEN!, (name) => (name === 'Copied board' ? 'board' : undefined));
    expect(source!.sections).toHaveLength(2);
    expect(copy).toEqual(source);
    expect(run.stdout).toMatch(/^Copy finished: copied 1 board, 2 sections, \d+ pins\./);
    expect(run.stdout).toContain('Failed: 0');
  });

  it('copies a board to another account under its own name', async () => {
    const run = await runPinkit(
      [...copyBoard, '-b', boardWithSections!.id as string, '-s', 'access_token', '-t', 'target_access_token'],
      env,
    );
    expect(run.code).toBe(0);
    const source = await snapshot(sim, env.ACCESS_TOKEN!, (name) => (name === boardWithSections!.name ? name : undefined));
    expect(await snapshot(sim, env.TARGET_ACCESS_TOKEN!)).toEqual(source);
    // Plain progress lines when stderr is not a terminal, one per pin at the default level.
    expect(run.stderr).toContain(`Copying board ${boardWithSections!.id} "${boardWithSections!.name}"`);
    expect(run.stderr).toMatch(/ {2}pin \d+ -> \d+: created\n/);
  });

  it('copies video pins as image pins of their cover, with a warning each; with --copy-videos as videos', async () => {
    const all = [...copyBoard, '--all', '-s', 'access_token', '-t', 'target_access_token', '-l', '1'];
    const source = await mediaTypes(sim, env.ACCESS_TOKEN!);
    expect(source).toEqual({ image: expect.any(Number), video: 3, multiple_images: 6, multiple_videos: 3, multiple_mixed: 3 });
    const asImages = await runPinkit(all, env);
    expect(asImages.code, asImages.stderr).toBe(0);
    expect(await mediaTypes(sim, env.TARGET_ACCESS_TOKEN!)).toEqual({ image: source.image! + 3, multiple_images: 6 });
    expect(asImages.stderr.match(/warning: Pin \d+ is a video; copied as an image pin from its cover image\./g)).toHaveLength(3);

    const other = await startSimulator({ boards: 4, pinsPerBoard: 16 });
    try {
      const otherEnv: Record<string, string> = { ...other.env(), PINKIT_MEDIA_POLL_MS: '5' };
      const asVideos = await runPinkit([...all, '--copy-videos'], otherEnv);
      expect(asVideos.code, asVideos.stderr).toBe(0);
      expect(asVideos.stderr).not.toContain('warning');
      expect(await mediaTypes(other, otherEnv.TARGET_ACCESS_TOKEN!)).toEqual({ image: source.image, video: 3, multiple_images: 6 });
      expect(await snapshot(other, otherEnv.TARGET_ACCESS_TOKEN!)).toEqual(await snapshot(other, otherEnv.ACCESS_TOKEN!));
      // Each copy shows a video of its own: one upload per video pin.
      const videoUrls = async (token: string) => {
        const urls: string[] = [];
        for await (const board of createV5Client({ apiUri: other.url, token }).boards.list()) {
          for await (const pin of createV5Client({ apiUri: other.url, token }).boards.listPins(board.id as string)) {
            const { video_url: url } = pin.media as { video_url?: string };
            if (url) urls.push(url);
          }
        }
        return urls;
      };
      const copied = await videoUrls(otherEnv.TARGET_ACCESS_TOKEN!);
      expect(new Set(copied).size).toBe(3);
      const originals = await videoUrls(otherEnv.ACCESS_TOKEN!);
      expect(copied.filter((url) => originals.includes(url))).toEqual([]);
    } finally {
      await other.stop();
    }
  });

  it('copies every board with --all and reports the skipped pins v5 cannot create, as JSON with --json', async () => {
    const run = await runPinkit([...copyBoard, '--all', '-s', 'access_token', '-t', 'target_access_token', '--json', '-l', '0'], env);
    expect(run.code).toBe(0);
    expect(await snapshot(sim, env.TARGET_ACCESS_TOKEN!)).toEqual(await snapshot(sim, env.ACCESS_TOKEN!));
    const [report, ...more] = jsonLines(run.stdout);
    expect(more).toEqual([]);
    expect(report).toMatchObject({ dryRun: false, cancelled: false, fatal: null, failed: [], copied: { boards: 4, sections: 4 } });
    const skipped = report!.skipped as Array<{ sourceId: string; reason: string }>;
    expect(skipped.map((item) => item.sourceId).sort()).toEqual(await notCreatableIds(sim));
    expect(new Set(skipped.map((item) => item.reason))).toEqual(new Set(['not-creatable']));
    expect(run.stderr).toBe('');
  });

  it('prints the plan and writes nothing with --dry-run', async () => {
    const run = await runPinkit(
      [...copyBoard, '--all', '-s', 'access_token', '-t', 'target_access_token', '--dry-run', '--json', '-l', '0'],
      env,
    );
    expect(run.code).toBe(0);
    expect(sim.stats.writes).toBe(0);
    expect(await snapshot(sim, env.TARGET_ACCESS_TOKEN!)).toEqual([]);
    const source = await snapshot(sim, env.ACCESS_TOKEN!);
    const [report] = jsonLines(run.stdout);
    expect(report).toMatchObject({
      dryRun: true,
      planned: { boards: 4, sections: 4, pins: source.reduce((sum, board) => sum + board.pins.length, 0) },
      copied: { boards: 0, sections: 0, pins: 0 },
    });
    const human = await runPinkit([...copyBoard, '-b', boardWithSections!.id as string, '-n', 'Never made', '--dry-run'], env);
    expect(human.stdout).toMatch(/^Dry run: would copy 1 board, 2 sections, \d+ pins; nothing was written\./);
    expect(sim.stats.writes).toBe(0);
  });

  it('writes nothing when run again after a complete copy', async () => {
    const args = [...copyBoard, '--all', '-s', 'access_token', '-t', 'target_access_token', '-l', '0'];
    expect((await runPinkit(args, env)).code).toBe(0);
    const writes = sim.stats.writes;
    const again = await runPinkit(args, env);
    expect(again.code).toBe(0);
    expect(sim.stats.writes).toBe(writes);
    expect(again.stdout).toMatch(/Already copied by an earlier run: 4 boards, 4 sections, \d+ pins\./);
  });

  it('keeps its journal where --journal says', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const journal = join(tempDir('pinkit-journal-'), 'copy.jsonl');
    const run = await runPinkit(
      [...copyBoard, '-b', boardWithSections!.id as string, '-n', 'Journaled', '--journal', journal, '-l', '0'],
      env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Journal: ${journal}`);
    expect(
      readFileSync(journal, 'utf8')
        .split('\n')
        .filter((line) => line.includes('"done"')).length,
    ).toBeGreaterThan(3);
  });
});
