import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createV5Client } from '@pinkit/api-v5';
import type { Simulator } from '@pinkit/sim';

// Plans for `pinkit publish` tests: small local media whose first bytes say what they are, and
// CSV rows of every media kind.

const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MP4 = [0, 0, 0, 0x18, ...Buffer.from('ftypisom')];

/** Writes photo.jpg, photo.png, clip.mp4 and cover.jpg into `dir`, each a few hundred bytes. */
export function writeMedia(dir: string): void {
  const padded = (head: number[], size: number) => Buffer.concat([Buffer.from(head), Buffer.alloc(size - head.length, 7)]);
  writeFileSync(join(dir, 'photo.jpg'), padded(JPEG, 200));
  writeFileSync(join(dir, 'photo.png'), padded(PNG, 200));
  writeFileSync(join(dir, 'cover.jpg'), padded(JPEG, 120));
  writeFileSync(join(dir, 'clip.mp4'), padded(MP4, 400));
}

export interface PlanRow {
  board: string;
  section?: string;
  title: string;
  link?: string;
  media: string;
  cover?: string;
  publish_at?: string;
  id?: string;
}

const COLUMNS = ['board', 'section', 'title', 'link', 'media', 'cover', 'publish_at', 'id'] as const;

/** A CSV plan of `rows`, quoted where a value needs it. */
export function writePlan(path: string, rows: readonly PlanRow[]): void {
  const cell = (value: string | undefined) => (value === undefined ? '' : /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  writeFileSync(path, [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => cell(row[column])).join(','))].join('\n') + '\n');
}

const KINDS = [
  { media: 'https://i.pinimg.com/originals/a.jpg' },
  { media: 'photo.jpg' },
  { media: 'photo.png' },
  { media: 'clip.mp4', cover: 'cover.jpg' },
  { media: 'https://i.pinimg.com/originals/b.jpg|https://i.pinimg.com/originals/c.jpg' },
  { media: 'photo.jpg|photo.png|photo.jpg' },
];

/**
 * `count` rows cycling through every media kind, over `existing` (a board of the account) and
 * a new board "Travel" with a new section "Winter"; row i gets `publishAt(i)` when it gives one.
 */
export function mixedRows(count: number, existing: string, publishAt: (index: number) => string | undefined = () => undefined): PlanRow[] {
  return Array.from({ length: count }, (_, index) => {
    const at = publishAt(index);
    return {
      board: index % 2 === 0 ? existing : 'Travel',
      ...(index % 5 === 0 ? { section: 'Winter' } : {}),
      title: `Pin ${index + 1}`,
      link: `https://example.com/${index + 1}`,
      ...KINDS[index % KINDS.length]!,
      ...(at === undefined ? {} : { publish_at: at }),
      id: `row-${index + 1}`,
    };
  });
}

/** The name of the account's first board. */
export async function firstBoardName(sim: Simulator): Promise<string> {
  const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  for await (const board of client.boards.list()) return board.name!;
  throw new Error('the simulator has no board');
}

/** Titles of every pin in the boards named `names`, sorted: a duplicate shows as a repeat. */
export async function pinTitles(sim: Simulator, names: readonly string[]): Promise<string[]> {
  const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  const titles: string[] = [];
  for await (const board of client.boards.list({ pageSize: 250 })) {
    if (!names.includes(board.name ?? '')) continue;
    for await (const pin of client.boards.listPins(board.id!, { pageSize: 250 })) titles.push(pin.title ?? '');
  }
  return titles.sort();
}
