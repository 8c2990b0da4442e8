import { expect, it } from 'vitest';
import type { Account, ApiVersion, Capability } from '../account.js';
import { supports } from '../scopes.js';

/** Every capability an account has, to check that each is there or refused as `supports` says. */
const CAPABILITIES: readonly Capability[] = [
  'getUserAccount',
  'listBoards',
  'getBoard',
  'listBoardPins',
  'listBoardSections',
  'createBoard',
  'deleteBoard',
  'createSection',
  'getPin',
  'listUserPins',
  'createPin',
  'savePin',
  'updatePin',
  'uploadVideo',
  'getMediaStatus',
  'copyAccount',
  'getCopyablePin',
  'listAdAccounts',
  'getAdAccount',
  'listCampaigns',
  'listAdGroups',
  'listAds',
  'listLinkedBusinesses',
  'getRelatedTerms',
  'getSuggestedTerms',
  'getUserAnalytics',
  'getPinAnalytics',
  'getAdsAnalytics',
  'listAdsChoices',
  'runAdsReport',
  'listReportMetrics',
  'request',
  'requestPages',
];

const idOf = (item: object): string => {
  const { id } = item as { id?: unknown };
  if (typeof id !== 'string' || id === '') throw new Error(`An object without an id: ${JSON.stringify(item)}`);
  return id;
};

async function first<T>(items: AsyncIterable<T>): Promise<T | undefined> {
  for await (const item of items) return item;
  return undefined;
}

/** A capability the version lacks, called as a front-end would call it. */
async function callRefused(account: Account, capability: Capability): Promise<unknown> {
  const call = account[capability] as (...args: unknown[]) => unknown;
  return call.call(account, '1', { boardId: '1' }, ['1']);
}

/**
 * What every account promises, whichever version answers: run inside a `describe` with `open`
 * giving an account of `version` on a simulator holding boards with pins and an ad account.
 * The same tests run against the v5 and the v3 adapter.
 */
export function accountContract(version: ApiVersion, open: () => Account): void {
  it('speaks the version it was opened with', () => {
    expect(open().version).toBe(version);
  });

  it("answers the token's user", async () => {
    const user = (await open().getUserAccount()) as { username?: unknown };
    expect(typeof user.username).toBe('string');
  });

  it('lists boards page by page, and reads one by its id', async () => {
    const account = open();
    const firstPage = await first(account.listBoards({ pageSize: 1 }).pages());
    expect(firstPage?.items).toHaveLength(1);
    const board = firstPage!.items[0]!;
    expect(idOf(await account.getBoard(idOf(board)))).toBe(idOf(board));
  });

  it("lists a board's pins and reads each by its id, and the user's pins hold them", async () => {
    const account = open();
    const board = (await first(account.listBoards()))!;
    const pin = (await first(account.listBoardPins(idOf(board))))!;
    expect(idOf(await account.getPin(idOf(pin)))).toBe(idOf(pin));
    const userPins: string[] = [];
    for await (const item of account.listUserPins()) userPins.push(idOf(item));
    expect(userPins).toContain(idOf(pin));
  });

  it('gives the copy engine a pin with its largest image', async () => {
    const account = open();
    const board = (await first(account.listBoards()))!;
    const pin = (await first(account.listBoardPins(idOf(board))))!;
    const copyable = await account.getCopyablePin(idOf(pin));
    expect(copyable.id).toBe(idOf(pin));
    expect(Object.values(copyable.media?.images ?? {}).every((image) => image.url.startsWith('http'))).toBe(true);
  });

  it('creates a board, a section on it and a pin, then deletes the board', async () => {
    const account = open();
    const name = `Contract v${version} ${Date.now()}`;
    const board = await account.createBoard({ name, description: 'made by the contract' });
    const boardId = idOf(board);
    expect((await account.getBoard(boardId)) as { name?: unknown }).toMatchObject({ name });
    const section = await account.createSection(boardId, { name: 'Part one' });
    const sections: string[] = [];
    for await (const item of account.listBoardSections(boardId)) sections.push(idOf(item));
    expect(sections).toEqual([idOf(section)]);
    const pin = await account.createPin({
      board_id: boardId,
      description: 'A contract pin',
      media_source: { source_type: 'image_url', url: 'https://i.pinimg.com/originals/contract.jpg' },
    });
    expect(idOf(await account.getPin(idOf(pin)))).toBe(idOf(pin));
    await account.deleteBoard(boardId);
    await expect(account.getBoard(boardId)).rejects.toMatchObject({ status: 404 });
  });

  it('changes a pin where the version can, and only the fields given', async () => {
    if (!supports(version, 'updatePin')) return;
    const account = open();
    const board = (await first(account.listBoards()))!;
    const pin = (await first(account.listBoardPins(idOf(board))))! as { id: string; description?: unknown };
    const updated = await account.updatePin(pin.id, { title: `Edited v${version}`, altText: 'A loaf on a board' });
    expect(updated).toMatchObject({ id: pin.id, title: `Edited v${version}`, alt_text: 'A loaf on a board', description: pin.description });
    expect(await account.getPin(pin.id)).toMatchObject({ title: `Edited v${version}` });
  });

  it("reads the ad accounts, each by its id, and the user's linked businesses", async () => {
    const account = open();
    const adAccount = (await first(account.listAdAccounts()))!;
    expect(idOf(await account.getAdAccount(idOf(adAccount)))).toBe(idOf(adAccount));
    expect(Array.isArray(await account.listLinkedBusinesses())).toBe(true);
  });

  it('refuses, before sending anything, each capability the version lacks, and only those', async () => {
    const account = open();
    for (const capability of CAPABILITIES) {
      expect(typeof account[capability]).toBe('function');
      if (supports(version, capability)) continue;
      await expect(callRefused(account, capability), capability).rejects.toMatchObject({
        name: 'UnsupportedCapabilityError',
        capability,
        message: expect.stringMatching(new RegExp(`^${capability}: API v${version} does not have it; .*use`)) as unknown,
      });
    }
  });
}
