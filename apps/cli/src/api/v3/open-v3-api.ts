import type { V3Client } from '@pinkit/api-v3';
import type { Logger, TokenProvider } from '@pinkit/http';
import type { PinkitConfig } from '../../config/pinkit-config.js';
import type { ReadingApi, V3Shapes } from '../pinterest-api.js';
import { createCliV3Client } from './create-cli-v3-client.js';

/** The v3 client's side of the reading interfaces; every V3Client call in the CLI is in this folder. */
export function v3ReadingApi(client: V3Client): ReadingApi<V3Shapes> {
  return {
    version: '3',
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
    getPin: (pinId) => client.pins.get(pinId),
    // v3 has the user's pins in one listing (`/v3/users/me/pins/`), as v5 does.
    listUserPins: (options) => client.users.listPins('me', options),
  };
}

/** The reads of a v3 client for the configured host. */
export async function openV3ReadingApi(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<ReadingApi<V3Shapes>> {
  return v3ReadingApi(await createCliV3Client(config, token, logger));
}
