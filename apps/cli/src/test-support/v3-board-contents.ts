import { createV3Client } from '@pinkit/api-v3';
import type { Simulator } from '@pinkit/sim';

/**
 * Every board of a v3 token as "board/sections" and "board/section/description/link/image/slides"
 * lines, sorted, read through v3: duplicates and gaps both show. Story pins are left out (v3 could
 * not create them, so copies skip them).
 */
export async function v3BoardContents(sim: Simulator, token: string): Promise<string[]> {
  const client = createV3Client({ apiUri: sim.url, token });
  const lines: string[] = [];
  for await (const board of client.users.listBoards('me', { pageSize: 100 })) {
    const sections = new Map<string, string>();
    for await (const section of client.boards.listSections(board.id)) sections.set(section.id, section.title);
    lines.push(`${board.name}/${board.privacy ?? '-'}/${[...sections.values()].sort().join(',')}`);
    for await (const pin of client.boards.listPins(board.id, { pageSize: 100 })) {
      if (pin.type === 'story') continue;
      const slides = (pin.carousel_data?.['carousel_slots'] as unknown[] | undefined)?.length ?? 0;
      lines.push(
        [board.name, sections.get(pin.board_section_id ?? '') ?? '-', pin.description, pin.link, pin.image_large_url, slides].join('/'),
      );
    }
  }
  return lines.sort();
}

/** The simulator's environment with the v3 tokens where -a, -s and -t look first, and v3 chosen. */
export function v3Env(sim: Simulator): Record<string, string> {
  const env = sim.env();
  return { ...env, ACCESS_TOKEN: env.V3_ACCESS_TOKEN!, TARGET_ACCESS_TOKEN: env.V3_TARGET_ACCESS_TOKEN!, PINTEREST_API_VERSION: '3' };
}
