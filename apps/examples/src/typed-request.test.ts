// client.request against the simulator over loopback: routes resolve, params are encoded,
// answers parse, and errors are the same named errors as every other call.
import { createV5Client, InvalidPathParamError } from '@pinkit/api-v5';
import { ApiError } from '@pinkit/http';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ boards: 2, pinsPerBoard: 2 });
});
afterAll(() => sim.stop());

describe('client.request against the simulator', () => {
  it('lists, reads, creates and deletes by route', async () => {
    const pinterest = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
    const page = await pinterest.request('GET /v5/boards', { query: { page_size: 1 } });
    expect(page.items).toHaveLength(1);
    expect(page.bookmark).toEqual(expect.any(String));
    const first = page.items[0]!;
    expect(await pinterest.request('GET /v5/boards/{board_id}', { params: { board_id: first.id! } })).toEqual(first);

    const created = await pinterest.request('POST /v5/boards/{board_id}/sections', {
      params: { board_id: first.id! },
      body: { name: 'By route' },
    });
    expect(created.name).toBe('By route');
    const sections = await pinterest.request('GET /v5/boards/{board_id}/sections', { params: { board_id: first.id! } });
    expect(sections.items.map((section) => section.name)).toContain('By route');
    const gone = await pinterest.request('DELETE /v5/boards/{board_id}/sections/{section_id}', {
      params: { board_id: first.id!, section_id: created.id! },
    });
    expect(gone).toBeUndefined();
  });

  it("fails with Pinterest's error for an unknown id, and before sending for an unusable one", async () => {
    const pinterest = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN!, retry: false });
    await expect(pinterest.request('GET /v5/pins/{pin_id}', { params: { pin_id: '999999999' } })).rejects.toMatchObject({ status: 404 });
    await expect(pinterest.request('GET /v5/pins/{pin_id}', { params: { pin_id: '999999999' } })).rejects.toBeInstanceOf(ApiError);
    await expect(pinterest.request('GET /v5/pins/{pin_id}', { params: { pin_id: '../boards' } })).rejects.toBeInstanceOf(
      InvalidPathParamError,
    );
  });
});
