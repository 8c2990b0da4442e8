import type { V3Client } from '@pinkit/api-v3';
import type { V3Account } from '../account.js';
import type { OpenAccountOptions } from '../open-account-options.js';
import { refuseUnsupported } from '../scopes.js';
import { v3Ads } from './v3-ads.js';
import { v3Analytics } from './v3-analytics.js';
import { createV3CopyAccount, toV3CopyablePin, toV3PinCreate } from './v3-copy-account.js';

/** Rejects as v3 does for what it never had: before anything is sent. */
const refused = (capability: Parameters<typeof refuseUnsupported>[1]) => async (): Promise<never> => {
  refuseUnsupported(3, capability);
  throw new Error(`${capability} was not refused on API v3.`);
};

/** A v3 client as an account; every V3Client call of the package is in this folder. */
export function v3Account(client: V3Client): V3Account {
  return {
    version: 3,
    getUserAccount: () => client.users.get(),
    // v3 filters on the server, as the quickstart asked it to: `include_empty`, `include_archived`.
    listBoards: ({ pageSize, includeEmpty, includeArchived } = {}) =>
      client.users.listBoards('me', {
        ...(pageSize === undefined ? {} : { pageSize }),
        ...(includeEmpty === undefined ? {} : { includeEmpty }),
        ...(includeArchived === undefined ? {} : { includeArchived }),
      }),
    getBoard: (boardId) => client.boards.get(boardId),
    listBoardPins: (boardId, options) => client.boards.listPins(boardId, options),
    listBoardSections: (boardId, options) => client.boards.listSections(boardId, options),
    createBoard: ({ name, description, privacy }) =>
      client.boards.create({ name, ...(description ? { description } : {}), ...(privacy ? { privacy: privacy.toLowerCase() } : {}) }),
    deleteBoard: (boardId) => client.boards.delete(boardId),
    createSection: (boardId, { name }) => client.boards.createSection(boardId, { title: name }),
    getPin: (pinId) => client.pins.get(pinId),
    // v3 has the user's pins in one listing (`/v3/users/me/pins/`), as v5 does.
    listUserPins: (options) => client.users.listPins('me', options),
    createPin: (pin) => client.pins.create(toV3PinCreate(pin)),
    savePin: refused('savePin'),
    updatePin: refused('updatePin'),
    uploadVideo: refused('uploadVideo'),
    getMediaStatus: refused('getMediaStatus'),
    copyAccount: (options = {}) => {
      // v3 had no uploads: a video pin is copied as its cover image, or skipped, never uploaded.
      if (options.uploadVideo) refuseUnsupported(3, 'uploadVideo');
      return createV3CopyAccount(client, options.pageSize === undefined ? {} : { pageSize: options.pageSize });
    },
    getCopyablePin: async (pinId) => toV3CopyablePin(await client.pins.get(pinId)),
    ...v3Ads(client),
    getRelatedTerms: refused('getRelatedTerms'),
    getSuggestedTerms: refused('getSuggestedTerms'),
    getPinAnalytics: refused('getPinAnalytics'),
    ...v3Analytics(client),
    // v3 carries no operation table: pacing and envelope are what every v3 call has.
    request: ({ method, path, query, body }) =>
      client.raw.send({ method, path, ...(query ? { query } : {}), ...(body === undefined ? {} : { body }) }),
    requestPages: ({ method, path, query }) => client.raw.pages({ method, path, ...(query ? { query } : {}) }),
  };
}

/** A v3 account for `options`; @pinkit/api-v3 loads here, on first use. */
export async function openV3Account(options: OpenAccountOptions): Promise<V3Account> {
  const { createV3Client } = await import('@pinkit/api-v3');
  return v3Account(
    createV3Client({
      ...(options.apiUri ? { apiUri: options.apiUri } : {}),
      token: options.token,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
      ...(options.proxyEnv ? { proxyEnv: options.proxyEnv } : {}),
      ...(options.transportTimeouts ? { transportTimeouts: options.transportTimeouts } : {}),
    }),
  );
}
