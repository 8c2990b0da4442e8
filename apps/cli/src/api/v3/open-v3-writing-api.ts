import type { V3Client } from '@pinkit/api-v3';
import type { Logger, TokenProvider } from '@pinkit/http';
import type { PinkitConfig } from '../../config/pinkit-config.js';
import type { BoardDeletingApi, CopyingApi, V3Shapes } from '../pinterest-api.js';
import { createV3CopyAccount, toV3CopyablePin, toV3PinCreate, V3CannotCreateError } from './copy-account.js';

/** The v3 client's side of the copying and deleting interfaces (copy-pin, copy-board, delete-board). */
export type V3WritingApi = CopyingApi<V3Shapes> & BoardDeletingApi;

export function v3WritingApi(client: V3Client): V3WritingApi {
  return {
    version: '3',
    getUserAccount: () => client.users.get(),
    getBoard: (boardId) => client.boards.get(boardId),
    listBoards: () => client.users.listBoards('me'),
    deleteBoard: (boardId) => client.boards.delete(boardId),
    createPin: (pin) => client.pins.create(toV3PinCreate(pin)),
    copyAccount: (options = {}) => {
      // Commands refuse --copy-videos on v3 first (`media` is undefined); this guards the contract.
      if (options.uploadVideo) throw new V3CannotCreateError('API v3 cannot upload videos; use -v 5.');
      return createV3CopyAccount(client);
    },
    getCopyablePin: async (pinId) => toV3CopyablePin(await client.pins.get(pinId)),
    media: undefined,
  };
}

/** A v3 client for the configured host; @pinkit/api-v3 loads here, on first use. */
export async function openV3WritingApi(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<V3WritingApi> {
  const { createV3Client } = await import('@pinkit/api-v3');
  return v3WritingApi(
    createV3Client({
      apiUri: config.apiUri,
      token,
      logger,
      userAgent: 'pinkit-cli',
      proxyEnv: config.proxyEnv,
      transportTimeouts: config.transportTimeouts,
    }),
  );
}
