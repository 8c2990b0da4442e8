import type { CopyBoard, CopyPin } from '../copy-account.js';
import { colorOf } from './fake-account.js';
import type { FakeAccount } from './fake-account.js';

export type PinSeed = Partial<Omit<CopyPin, 'id'>> & { title: string };

export interface BoardSeed {
  name: string;
  description?: string;
  privacy?: string;
  pins?: PinSeed[];
  sections?: Array<{ name: string; pins: PinSeed[] }>;
}

function seedPin(account: FakeAccount, seed: PinSeed, sectionId: string | null): CopyPin {
  const id = account.newId('p');
  const large = `https://i.source/${id}/originals.jpg`;
  return {
    id,
    description: null,
    link: null,
    board_section_id: sectionId,
    media: {
      media_type: 'image',
      images: {
        '150x150': { url: `https://i.source/${id}/150.jpg`, width: 150, height: 150 },
        '1200x': { url: large, width: 1200, height: 1600 },
      },
    },
    dominant_color: colorOf(large),
    ...seed,
  };
}

/** Puts a board with sections and pins straight into a fake account, bypassing faults. */
export function seedBoard(account: FakeAccount, seed: BoardSeed): CopyBoard {
  const board: CopyBoard = {
    id: account.newId('b'),
    name: seed.name,
    description: seed.description ?? null,
    privacy: seed.privacy ?? 'PUBLIC',
  };
  const sections = (seed.sections ?? []).map((section) => ({ id: account.newId('s'), name: section.name }));
  const pins = [
    ...(seed.pins ?? []).map((pin) => seedPin(account, pin, null)),
    ...(seed.sections ?? []).flatMap((section, index) => section.pins.map((pin) => seedPin(account, pin, sections[index]?.id ?? null))),
  ];
  account.boards.push({ board, sections, pins: pins.reverse() });
  return board;
}

export function pinSeeds(prefix: string, count: number): PinSeed[] {
  return Array.from({ length: count }, (_, index) => ({
    title: `${prefix} ${index + 1}`,
    link: `https://example.com/${prefix}/${index + 1}`,
  }));
}

export interface BoardSnapshot {
  name: string;
  description: string | null;
  privacy: string | null;
  pins: string[];
  sections: Array<{ name: string; pins: string[] }>;
}

/** The account as titles per board and section, sorted, so duplicates and gaps both show. */
export function snapshot(account: FakeAccount): BoardSnapshot[] {
  return account.boards
    .map((state) => ({
      name: state.board.name,
      description: state.board.description ?? null,
      privacy: state.board.privacy ?? null,
      pins: state.pins
        .filter((pin) => !pin.board_section_id)
        .map((pin) => pin.title ?? '')
        .sort(),
      sections: state.sections
        .map((section) => ({
          name: section.name,
          pins: state.pins
            .filter((pin) => pin.board_section_id === section.id)
            .map((pin) => pin.title ?? '')
            .sort(),
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
