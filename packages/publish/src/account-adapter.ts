import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { answerId } from '@pinkit/http';
import { checkAccountAdapterArguments } from './check-publish-arguments.js';
import type { PublishAccount, PublishBoard, PublishedPin, PublishPinInput, PublishSection } from './publish-ports.js';

// An account as @pinkit/account opens it (any version), described by shape only so that this
// package loads no API client: the CLI and the MCP server hand theirs over as it is. Every id it
// answers with goes into the journal and into the paths of later calls (a board's sections, a
// video's status), so each is checked with answerId: a bad one is the server's fault.

interface Named {
  id?: string | null;
  name?: string | null;
  title?: string | null;
}

/** The part of `@pinkit/account`'s account that publishing calls. */
export interface AccountLike {
  listBoards(options?: { pageSize?: number }): AsyncIterable<Named>;
  createBoard(board: { name: string }): Promise<Named>;
  listBoardSections(boardId: string, options?: { pageSize?: number }): AsyncIterable<Named>;
  createSection(boardId: string, section: { name: string }): Promise<Named>;
  createPin(pin: PublishPinInput): Promise<{ id?: string | null }>;
  listBoardPins(boardId: string, options?: { pageSize?: number }): AsyncIterable<PublishedPin>;
  uploadVideo(file: Blob, filename: string): Promise<string>;
  getMediaStatus(mediaId: string): Promise<string>;
}

export interface AccountAdapterOptions {
  /** First wait between media status polls, doubling up to ten times it. Default 1000 ms. */
  mediaPollMs?: number;
  /** Longest wait for Pinterest to process one video. Default 10 minutes. */
  mediaTimeoutMs?: number;
}

/** Thrown when an uploaded video fails processing or is still processing when time runs out. */
export class VideoProcessingError extends Error {
  override readonly name = 'VideoProcessingError';
}

const PAGE = { pageSize: 250 };

/** The `PublishAccount` of an account: lookups by id, then by name; videos uploaded and waited for. */
export function publishAccountOf(account: AccountLike, options: AccountAdapterOptions = {}): PublishAccount {
  checkAccountAdapterArguments(account, options);
  const firstPoll = options.mediaPollMs ?? 1000;
  const timeout = options.mediaTimeoutMs ?? 10 * 60_000;
  return {
    findBoard: (ref) => find(account.listBoards(PAGE), ref, 'board'),
    createBoard: async (name) => named(await account.createBoard({ name }), 'board'),
    findSection: (boardId, ref) => find(account.listBoardSections(boardId, PAGE), ref, 'section'),
    createSection: async (boardId, name) => named(await account.createSection(boardId, { name }), 'section'),
    createPin: async (input) => ({ id: answerId((await account.createPin(input)).id, 'pin') }),
    listBoardPins: (boardId) => account.listBoardPins(boardId, PAGE),
    async uploadVideo(video, signal) {
      const file = await openAsBlob(video.path, { type: video.contentType });
      signal.throwIfAborted();
      const mediaId = answerId(await account.uploadVideo(file, basename(video.path)), 'media');
      const started = Date.now();
      // Polling as the quickstart does: doubling waits, capped, within one bounded total.
      for (let delay = firstPoll; ; delay = Math.min(delay * 2, firstPoll * 10)) {
        const status = await account.getMediaStatus(mediaId);
        if (status === 'succeeded') return mediaId;
        if (status === 'failed')
          throw new VideoProcessingError(`Pinterest could not process ${video.path}; check it is an MP4 or MOV video it accepts.`);
        if (Date.now() - started + delay > timeout) {
          throw new VideoProcessingError(
            `${video.path} was still "${status}" after ${Math.round((Date.now() - started) / 1000)} s; run the plan again later.`,
          );
        }
        await sleep(delay, undefined, { signal });
      }
    },
  };
}

async function find(items: AsyncIterable<Named>, ref: string, what: string): Promise<PublishBoard | PublishSection | undefined> {
  let byName: Named | undefined;
  for await (const item of items) {
    if (typeof item.id !== 'string') continue;
    if (item.id === ref) return named(item, what);
    if (!byName && label(item) === ref) byName = item;
  }
  return byName && named(byName, what);
}

/** v5 names boards and sections `name`; v3 named a section `title`. */
function label(item: Named): string {
  return item.name ?? item.title ?? '';
}

function named(item: Named, what: string): PublishBoard {
  return { id: answerId(item.id, what), name: label(item) };
}
