import type { V5Client } from '@pinkit/api-v5';
import type { V5Account } from '../account.js';
import { refuseUnsupported } from '../scopes.js';
import type { OpenAccountOptions } from '../open-account-options.js';
import { toPinCreate } from './pin-create.js';
import { toPinUpdate } from './pin-update.js';
import { v5Analytics } from './v5-analytics.js';
import { createV5CopyAccount, toCopyablePin } from './v5-copy-account.js';

function withoutV5(path: string): string {
  return path.startsWith('/v5/') ? path.slice(3) : path;
}

/** A v5 client as an account; every V5Client call of the package is in this folder. */
export function v5Account(client: V5Client): V5Account {
  return {
    version: 5,
    getUserAccount: () => client.userAccount.get(),
    listBoards: (options) => client.boards.list(options),
    getBoard: (boardId) => client.boards.get(boardId),
    listBoardPins: (boardId, options) => client.boards.listPins(boardId, options),
    listBoardSections: (boardId, options) => client.boardSections.list(boardId, options),
    createBoard: ({ name, description, privacy }) =>
      client.boards.create({
        name,
        ...(description ? { description } : {}),
        ...(privacy === 'SECRET' || privacy === 'PROTECTED' ? { privacy } : {}),
      }),
    deleteBoard: (boardId) => client.boards.delete(boardId),
    createSection: (boardId, { name }) => client.boardSections.create(boardId, { name }),
    getPin: (pinId) => client.pins.get(pinId),
    // One listing of the user's own pins (`GET /v5/pins`) instead of one per board.
    listUserPins: (options) => client.pins.list(options),
    createPin: (pin) => client.pins.create(toPinCreate(pin)),
    savePin: (pinId, { boardId, sectionId }) =>
      client.pins.save(pinId, { board_id: boardId, ...(sectionId ? { board_section_id: sectionId } : {}) }),
    updatePin: (pinId, changes) => client.pins.update(pinId, toPinUpdate(changes)),
    // v5 uploads in two steps: register (`POST /v5/media`), then send the file to the returned upload URL.
    uploadVideo: async (file, filename) => {
      const upload = await client.media.create({ media_type: 'video' });
      await client.media.upload(upload, file, filename);
      return upload.media_id;
    },
    // A fresh upload may not report a status yet; it is then still registered.
    getMediaStatus: async (mediaId) => (await client.media.get(mediaId)).status ?? 'registered',
    copyAccount: (options = {}) => createV5CopyAccount(client, options),
    getCopyablePin: async (pinId) => toCopyablePin(await client.pins.get(pinId)),
    listAdAccounts: (options) => client.adAccounts.list(options),
    getAdAccount: (adAccountId) => client.adAccounts.get(adAccountId),
    listCampaigns: (adAccountId, filter = {}) => client.campaigns.list(adAccountId, filter),
    listAdGroups: (adAccountId, filter = {}) => client.adGroups.list(adAccountId, filter),
    listAds: (adAccountId, filter = {}) => client.ads.list(adAccountId, filter),
    listLinkedBusinesses: () => client.userAccount.listBusinesses(),
    getRelatedTerms: (terms) => client.terms.related(terms),
    getSuggestedTerms: (term, limit) => client.terms.suggested(term, limit === undefined ? {} : { limit }),
    ...v5Analytics(client),
    listReportMetrics: async () => {
      refuseUnsupported(5, 'listReportMetrics');
      return [];
    },
    // The client's base URL ends in /v5; the front-end writes the path as the documentation does.
    request: (request) => client.raw.send({ ...request, path: withoutV5(request.path) }),
    requestPages: (request) => client.raw.pages({ ...request, path: withoutV5(request.path) }),
  };
}

/** A v5 account for `options`; @pinkit/api-v5 loads here, on first use. */
export async function openV5Account(options: OpenAccountOptions): Promise<V5Account> {
  const { createV5Client } = await import('@pinkit/api-v5');
  return v5Account(
    createV5Client({
      apiUri: options.apiUri,
      sandbox: options.sandbox,
      token: options.token,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
      ...(options.proxyEnv ? { proxyEnv: options.proxyEnv } : {}),
      ...(options.transportTimeouts ? { transportTimeouts: options.transportTimeouts } : {}),
    }),
  );
}
