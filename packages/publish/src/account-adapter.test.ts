import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { tempDir } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import { publishAccountOf, VideoProcessingError, type AccountLike } from './account-adapter.js';

async function* listOf<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}

/** An account of the shape @pinkit/account gives, answering from lists, with media statuses in turn. */
function accountWith(statuses: string[]): AccountLike & { uploaded: string[] } {
  const uploaded: string[] = [];
  return {
    uploaded,
    listBoards: () => listOf([{ id: '7', name: '8' }, { id: '8', name: 'Recipes' }, { name: 'no id' }]),
    createBoard: async ({ name }) => ({ id: '9', name }),
    listBoardSections: () => listOf([{ id: '5', title: 'Winter' }]),
    createSection: async (_, { name }) => ({ id: '6', name }),
    createPin: async () => ({ id: null }),
    listBoardPins: () => listOf([]),
    uploadVideo: async (file, filename) => {
      uploaded.push(`${filename}:${file.size}:${file.type}`);
      return 'm1';
    },
    getMediaStatus: async () => statuses.shift() ?? 'registered',
  };
}

describe('publishAccountOf', () => {
  it('finds a board by id before another whose name is that id, and a v3 section by its title', async () => {
    const account = publishAccountOf(accountWith([]));
    expect(await account.findBoard('8')).toEqual({ id: '8', name: 'Recipes' });
    expect(await account.findBoard('Recipes')).toEqual({ id: '8', name: 'Recipes' });
    expect(await account.findBoard('no id')).toBeUndefined();
    expect(await account.findSection('8', 'Winter')).toEqual({ id: '5', name: 'Winter' });
  });

  it('refuses a created pin that came back without an id', async () => {
    const account = publishAccountOf(accountWith([]));
    await expect(
      account.createPin({ board_id: '8', media_source: { source_type: 'image_url', url: 'https://e.com/a.jpg' } }),
    ).rejects.toMatchObject({
      name: 'AnswerIdError',
      message: expect.stringContaining('Pinterest returned a bad pin id: the id is missing'),
    });
  });

  it('uploads a local video and waits until Pinterest has processed it', async () => {
    const dir = tempDir('pinkit-adapter-');
    const path = join(dir, 'clip.mp4');
    writeFileSync(path, Buffer.alloc(300));
    const account = accountWith(['registered', 'processing', 'succeeded']);
    const mediaId = await publishAccountOf(account, { mediaPollMs: 1 }).uploadVideo(
      { path, size: 300, contentType: 'video/mp4' },
      new AbortController().signal,
    );
    expect([mediaId, account.uploaded]).toEqual(['m1', ['clip.mp4:300:video/mp4']]);
  });

  it('gives up on a video that failed, or is still processing when time runs out', async () => {
    const dir = tempDir('pinkit-adapter-');
    const path = join(dir, 'clip.mp4');
    writeFileSync(path, Buffer.alloc(10));
    const video = { path, size: 10, contentType: 'video/mp4' as const };
    const signal = new AbortController().signal;
    await expect(publishAccountOf(accountWith(['failed'])).uploadVideo(video, signal)).rejects.toThrow(VideoProcessingError);
    const slow = publishAccountOf(accountWith([]), { mediaPollMs: 2, mediaTimeoutMs: 15 });
    await expect(slow.uploadVideo(video, signal)).rejects.toThrow(/still "registered" after/);
  });

  describe("an id Pinterest answered with, that later calls put in their paths, is the server's fault", () => {
    const refused = (what: string) => ({ name: 'AnswerIdError', what, message: expect.stringContaining('the server sent it, not you') });

    it('refuses a created board, section or pin whose id cannot be a path segment', async () => {
      const account = publishAccountOf({
        ...accountWith([]),
        createBoard: async ({ name }) => ({ id: '../x', name }),
        createSection: async (_, { name }) => ({ id: 'a/b', name }),
        createPin: async () => ({ id: '..' }),
      });
      await expect(account.createBoard('Recipes')).rejects.toMatchObject(refused('board'));
      await expect(account.createSection('8', 'Winter')).rejects.toMatchObject(refused('section'));
      const pin = { board_id: '8', media_source: { source_type: 'image_url' as const, url: 'https://e.com/a.jpg' } };
      await expect(account.createPin(pin)).rejects.toMatchObject(refused('pin'));
    });

    it('refuses a board or section found by name whose id cannot be a path segment', async () => {
      const account = publishAccountOf({
        ...accountWith([]),
        listBoards: () => listOf([{ id: 'a\\b', name: 'Recipes' }]),
        listBoardSections: () => listOf([{ id: '.', title: 'Winter' }]),
      });
      await expect(account.findBoard('Recipes')).rejects.toMatchObject(refused('board'));
      await expect(account.findSection('8', 'Winter')).rejects.toMatchObject(refused('section'));
    });

    it('refuses an uploaded video whose media id cannot be a path segment, before asking for its status', async () => {
      const dir = tempDir('pinkit-adapter-');
      const path = join(dir, 'clip.mp4');
      writeFileSync(path, Buffer.alloc(10));
      const statusAsked: string[] = [];
      const account = publishAccountOf({
        ...accountWith(['succeeded']),
        uploadVideo: async () => '../media',
        getMediaStatus: async (mediaId) => (statusAsked.push(mediaId), 'succeeded'),
      });
      const video = { path, size: 10, contentType: 'video/mp4' as const };
      await expect(account.uploadVideo(video, new AbortController().signal)).rejects.toMatchObject(refused('media'));
      expect(statusAsked).toEqual([]);
    });
  });
});
