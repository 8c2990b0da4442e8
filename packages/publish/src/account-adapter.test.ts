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
    ).rejects.toThrow('without a pin id');
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
});
