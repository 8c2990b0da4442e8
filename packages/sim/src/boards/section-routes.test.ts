import type { Board, BoardSection, Pin } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, walkPages, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

interface Page<T> {
  items: T[];
  bookmark: string | null;
}

describe('board sections', () => {
  const sim = useSimulator({ boards: 4, pinsPerBoard: 40 });

  async function boardWithSections() {
    const api = simApi(sim());
    const boards = (await api.get<Page<Board>>('/v5/boards')).body.items;
    for (const board of boards) {
      const sections = (await api.get<Page<BoardSection>>(`/v5/boards/${board.id}/sections`)).body.items;
      if (sections.length > 0) return { api, board, sections };
    }
    throw new Error('the seed has no board with sections');
  }

  it('seeds sections whose pins are also on the board, outside any other section', async () => {
    const { api, board, sections } = await boardWithSections();
    expect(sections.map((section) => section.name)).toEqual(['Desserts', 'Mains']);
    const boardPins = (await walkPages<Pin>(api, `/v5/boards/${board.id}/pins`)).items;
    const loose = boardPins.filter((pin) => pin.board_section_id === null);
    expect(loose.length).toBeGreaterThan(0);
    for (const section of sections) {
      const { items } = await walkPages<Pin>(api, `/v5/boards/${board.id}/sections/${section.id}/pins?page_size=3`);
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((pin) => pin.board_section_id === section.id)).toBe(true);
      expect(boardPins.filter((pin) => pin.board_section_id === section.id).map((pin) => pin.id)).toEqual(items.map((pin) => pin.id));
    }
  });

  it('creates a section that is listed, and refuses the same name again with 409', async () => {
    const { api, board } = await boardWithSections();
    const created = await api.post<BoardSection>(`/v5/boards/${board.id}/sections`, { name: 'Later' });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Later');
    const listed = (await api.get<Page<BoardSection>>(`/v5/boards/${board.id}/sections`)).body.items;
    expect(listed.at(-1)).toEqual(created.body);
    const again = await api.post<ErrorBody>(`/v5/boards/${board.id}/sections`, { name: 'later' });
    expect(again.status).toBe(409);
    expect((await api.post(`/v5/boards/${board.id}/sections`, { name: '' })).status).toBe(400);
  });

  it('deletes a section together with its pins', async () => {
    const { api, board, sections } = await boardWithSections();
    const section = sections[0];
    const sectionPins = (await walkPages<Pin>(api, `/v5/boards/${board.id}/sections/${section?.id}/pins`)).items;
    expect((await api.delete(`/v5/boards/${board.id}/sections/${section?.id}`)).status).toBe(204);
    const remaining = (await api.get<Page<BoardSection>>(`/v5/boards/${board.id}/sections`)).body.items;
    expect(remaining.map((other) => other.id)).not.toContain(section?.id);
    expect((await api.get(`/v5/pins/${sectionPins[0]?.id}`)).status).toBe(404);
    const gone = await api.get<ErrorBody>(`/v5/boards/${board.id}/sections/${section?.id}/pins`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe(2031);
  });

  it('answers 404 for a section of another board', async () => {
    const { api, sections } = await boardWithSections();
    const other = (await api.post<Board>('/v5/boards', { name: 'Elsewhere' })).body;
    expect((await api.delete(`/v5/boards/${other.id}/sections/${sections[0]?.id}`)).status).toBe(404);
  });
});
