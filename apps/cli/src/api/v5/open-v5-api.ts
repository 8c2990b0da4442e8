import type { V5Client } from '@pinkit/api-v5';
import type { Logger, TokenProvider } from '@pinkit/http';
import type { PinkitConfig } from '../../config/pinkit-config.js';
import type { PinterestApi } from '../pinterest-api.js';
import { v5AnalyticsReader } from './analytics-reader.js';
import { createV5CopyAccount, toCopyablePin } from './copy-account.js';
import { toPinCreate } from './pin-create.js';

/** The v5 client's side of PinterestApi; every V5Client call in the CLI is in this folder. */
export function v5Api(client: V5Client): PinterestApi {
  return {
    version: '5',
    getUserAccount: () => client.userAccount.get(),
    listBoards: (options) => client.boards.list(options),
    getBoard: (boardId) => client.boards.get(boardId),
    listBoardPins: (boardId, options) => client.boards.listPins(boardId, options),
    listBoardSections: (boardId, options) => client.boardSections.list(boardId, options),
    deleteBoard: (boardId) => client.boards.delete(boardId),
    getPin: (pinId) => client.pins.get(pinId),
    // One listing of the user's own pins (`GET /v5/pins`) instead of one per board.
    listUserPins: (options) => client.pins.list(options),
    createPin: (pin) => client.pins.create(toPinCreate(pin)),
    savePin: (pinId, { boardId, sectionId }) =>
      client.pins.save(pinId, { board_id: boardId, ...(sectionId ? { board_section_id: sectionId } : {}) }),
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
    ...v5AnalyticsReader(client),
  };
}

/** A v5 client for the configured host; @pinkit/api-v5 loads here, on first use. */
export async function openV5Api(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<PinterestApi> {
  const { createV5Client } = await import('@pinkit/api-v5');
  return v5Api(
    createV5Client({
      apiUri: config.apiUri,
      sandbox: config.sandbox,
      token,
      logger,
      userAgent: 'pinkit-cli',
      proxyEnv: config.proxyEnv,
      transportTimeouts: config.transportTimeouts,
    }),
  );
}
