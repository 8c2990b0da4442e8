import type { V3Client } from '@pinkit/api-v3';
import type { Logger, TokenProvider } from '@pinkit/http';
import type { PinkitConfig } from '../../config/pinkit-config.js';
import type { BoardDeletingApi, CopyingApi, V3Shapes } from '../pinterest-api.js';
import { createCliV3Client } from './create-cli-v3-client.js';
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

/** copy-pin's, copy-board's and delete-board's v3 API for the configured host. */
export async function openV3WritingApi(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<V3WritingApi> {
  return v3WritingApi(await createCliV3Client(config, token, logger));
}
