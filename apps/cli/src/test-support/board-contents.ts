import { createV5Client } from '@pinkit/api-v5';
import type { Simulator } from '@pinkit/sim';
import { expect } from 'vitest';
import { isNotCreatable } from './pin-kind.js';

/** Every board as "board/section/title/link/image" lines, sorted: duplicates and gaps both show. */
export async function boardContents(sim: Simulator, token: string): Promise<string[]> {
  const client = createV5Client({ apiUri: sim.url, token });
  const lines: string[] = [];
  for await (const board of client.boards.list({ pageSize: 250 })) {
    const sections = new Map<string, string>();
    for await (const section of client.boardSections.list(board.id as string)) sections.set(section.id as string, section.name);
    lines.push(`${board.name}/${[...sections.values()].sort().join(',')}`);
    for await (const pin of client.boards.listPins(board.id as string, { pageSize: 250 })) {
      if (isNotCreatable(pin)) continue;
      const image = (pin.media as { images?: Record<string, { url: string }> } | undefined)?.images?.['1200x']?.url;
      lines.push([board.name, sections.get(pin.board_section_id ?? '') ?? '-', pin.title, pin.link, image].join('/'));
    }
  }
  return lines.sort();
}

/** The target user's boards hold exactly what the source's do: nothing lost, nothing twice. */
export async function expectTargetEqualsSource(sim: Simulator, atLeast = 40): Promise<void> {
  sim.configure({ faultRate: 0 });
  const env = sim.env();
  const source = await boardContents(sim, env.ACCESS_TOKEN!);
  expect(source.length).toBeGreaterThan(atLeast);
  expect(await boardContents(sim, env.TARGET_ACCESS_TOKEN!)).toEqual(source);
}
