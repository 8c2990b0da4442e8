import type { AdAccount, Board, Pin } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { SimulatorOptionsError } from '../simulator-options-error.js';
import { simApi, tokenOf, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

interface Page<T> {
  items: T[];
}

// GET /v5/pins/{pin_id} reads the pins of the "operation user_account" only: its own, those on
// group boards shared with it, and, with ad_account_id and a Business Access role, the account
// owner's. Every answer here is validated against the official description by simApi.
describe('GET /v5/pins/{pin_id}: whose pins a user may read', () => {
  const sim = useSimulator({ boards: 3, pinsPerBoard: 4 });
  const demo = () => simApi(sim());
  const target = () => simApi(sim(), tokenOf(sim(), 1));
  const targetId = () => sim().users[1]?.id ?? '';

  /** The demo user's public and secret board (the seed makes the second one secret), a pin on each, its ad account. */
  async function demoData() {
    const boards = (await demo().get<Page<Board>>('/v5/boards')).body.items;
    const publicBoard = boards.find((board) => board.privacy === 'PUBLIC' && (board.pin_count ?? 0) > 0);
    const secretBoard = boards.find((board) => board.privacy === 'SECRET');
    const firstPin = async (board: Board | undefined) => (await demo().get<Page<Pin>>(`/v5/boards/${board?.id}/pins`)).body.items[0];
    const [account] = (await demo().get<Page<AdAccount>>('/v5/ad_accounts')).body.items;
    if (!publicBoard || !secretBoard || !account) throw new Error('the seed changed: no public board, secret board or ad account');
    return { publicBoard, secretBoard, publicPin: await firstPin(publicBoard), secretPin: await firstPin(secretBoard), account };
  }

  it('lets a user read its own pins, on public and secret boards', async () => {
    const { publicPin, secretPin } = await demoData();
    for (const pin of [publicPin, secretPin]) {
      const read = await demo().get<Pin>(`/v5/pins/${pin?.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: pin?.id, is_owner: true });
    }
  });

  it("answers another user's pin, public or secret, with 404 code 50, as for a pin that does not exist", async () => {
    const { publicPin, secretPin } = await demoData();
    for (const id of [publicPin?.id, secretPin?.id, '813000000000000999']) {
      const read = await target().get<ErrorBody>(`/v5/pins/${id}`);
      expect(read.status).toBe(404);
      expect(read.body).toEqual({ code: 50, message: 'Pin not found.' });
    }
  });

  it('lets a collaborator read the pins of a group board shared with it, and no other', async () => {
    const { publicBoard, secretBoard, publicPin, secretPin } = await demoData();
    sim().shareBoard(secretBoard.id, targetId());
    const shared = await target().get<Pin>(`/v5/pins/${secretPin?.id}`);
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({ id: secretPin?.id, board_id: secretBoard.id, is_owner: false });
    expect((await target().get(`/v5/pins/${publicPin?.id}`)).status).toBe(404);
    sim().shareBoard(publicBoard.id, targetId());
    expect((await target().get(`/v5/pins/${publicPin?.id}`)).status).toBe(200);
    expect((await demo().get<Board>(`/v5/boards/${publicBoard.id}`)).body.collaborator_count).toBe(1);
  });

  it("with ad_account_id reads the owner's pins for Owner, Admin, Analyst, Campaign Manager; secret boards: Owner, Admin", async () => {
    const { account, publicPin, secretPin } = await demoData();
    const read = async (pin: Pin | undefined) => (await target().get<ErrorBody>(`/v5/pins/${pin?.id}?ad_account_id=${account.id}`)).status;
    const cases: Array<[Parameters<ReturnType<typeof sim>['grantBusinessAccess']>[2], number, number]> = [
      [['ADMIN'], 200, 200],
      [['ANALYST'], 200, 403],
      [['CAMPAIGN_MANAGER'], 200, 403],
      [['FINANCE_MANAGER'], 403, 403],
      [['AUDIENCE_MANAGER', 'ANALYST'], 200, 403],
      [[], 403, 403],
    ];
    for (const [roles, publicStatus, secretStatus] of cases) {
      sim().grantBusinessAccess(account.id, targetId(), roles);
      expect([roles, await read(publicPin), await read(secretPin)]).toEqual([roles, publicStatus, secretStatus]);
    }
    expect((await demo().get<Pin>(`/v5/pins/${secretPin?.id}?ad_account_id=${account.id}`)).status).toBe(200);
  });

  it('refuses an ad account the caller has no role on with 403 code 29, and a malformed id with 400', async () => {
    const { account, publicPin } = await demoData();
    const refused = await target().get<ErrorBody>(`/v5/pins/${publicPin?.id}?ad_account_id=${account.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe(29);
    expect((await demo().get(`/v5/pins/${publicPin?.id}?ad_account_id=549000000000000999`)).status).toBe(403);
    expect((await demo().get(`/v5/pins/${publicPin?.id}?ad_account_id=abc`)).status).toBe(400);
  });

  it("through an ad account reads only its owner's pins, not the caller's own", async () => {
    const { account } = await demoData();
    sim().grantBusinessAccess(account.id, targetId(), ['ADMIN']);
    const board = (await target().post<Board>('/v5/boards', { name: 'Mine' })).body;
    const own = (
      await target().post<Pin>('/v5/pins', {
        board_id: board.id,
        media_source: { source_type: 'image_url', url: 'https://a.example/i.jpg' },
      })
    ).body;
    expect((await target().get(`/v5/pins/${own.id}`)).status).toBe(200);
    expect((await target().get(`/v5/pins/${own.id}?ad_account_id=${account.id}`)).status).toBe(404);
  });

  it('still saves any public pin: pins/save is not limited like pins/get', async () => {
    const { publicPin } = await demoData();
    const board = (await target().post<Board>('/v5/boards', { name: 'Saved' })).body;
    expect((await target().post(`/v5/pins/${publicPin?.id}/save`, { board_id: board.id })).status).toBe(201);
  });

  it('refuses to share a board or grant access with ids it does not know', () => {
    expect(() => sim().shareBoard('1', targetId())).toThrow(SimulatorOptionsError);
    expect(() => sim().grantBusinessAccess('1', targetId(), ['ADMIN'])).toThrow(SimulatorOptionsError);
    expect(() => sim().shareBoard('1', '2')).toThrow(/no board/);
  });
});
