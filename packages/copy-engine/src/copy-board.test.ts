import { describe, expect, it } from 'vitest';
import { copyBoard } from './copy-board.js';
import { createHarness } from './test-support/copy-harness.js';
import { colorOf } from './test-support/fake-account.js';
import { pinSeeds, seedBoard, snapshot } from './test-support/fake-board-seed.js';

// An Idea pin of two videos: v5 lists it, but POST /v5/pins cannot create one.
const IDEA_MEDIA = {
  media_type: 'multiple_videos',
  items: [{ item_type: 'video' }, { item_type: 'video' }],
};

describe('copyBoard across accounts', () => {
  it('copies the board, its unsectioned pins, its sections and their pins', async () => {
    const h = createHarness();
    const board = seedBoard(h.source, {
      name: 'Recipes',
      description: 'Things to cook',
      privacy: 'SECRET',
      pins: pinSeeds('loose', 5),
      sections: [
        { name: 'Soups', pins: pinSeeds('soup', 4) },
        { name: 'Cakes', pins: pinSeeds('cake', 7) },
        { name: 'Empty', pins: [] },
      ],
    });
    const report = await copyBoard(h.options({ boardId: board.id }));
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(report.copied).toEqual({ boards: 1, sections: 3, pins: 16 });
    expect(report).toMatchObject({ cancelled: false, fatal: null, skipped: [], failed: [] });
    expect(report.boards).toEqual([
      { sourceId: board.id, sourceName: 'Recipes', targetName: 'Recipes', targetId: h.target.boards[0]?.board.id },
    ]);
    expect(h.eventsOf('plan')).toHaveLength(1);
    expect(h.eventsOf('pin-copied').every((event) => event.via === 'created')).toBe(true);
    expect(h.events.at(-1)).toEqual({ type: 'done', report });
  });

  it('creates each section before any of its pins', async () => {
    const h = createHarness();
    const board = seedBoard(h.source, { name: 'B', sections: [{ name: 'S', pins: pinSeeds('s', 3) }] });
    await copyBoard(h.options({ boardId: board.id, concurrency: 4 }));
    expect(h.target.writeLog.map((write) => write.method)).toEqual(['createBoard', 'createSection', 'createPin', 'createPin', 'createPin']);
  });

  it('skips pins v5 cannot create and pins refused as spam, with reasons', async () => {
    const h = createHarness();
    const board = seedBoard(h.source, {
      name: 'Mixed',
      pins: [{ title: 'good' }, { title: 'idea', media: IDEA_MEDIA }, { title: 'junk', link: 'https://spam.example/win' }],
    });
    const report = await copyBoard(h.options({ boardId: board.id }));
    expect(snapshot(h.target)[0]?.pins).toEqual(['good']);
    expect(report.copied.pins).toBe(1);
    expect(report.skipped.map(({ reason, message }) => [reason, message.length > 0])).toEqual(
      expect.arrayContaining([
        ['not-creatable', true],
        ['spam', true],
      ]),
    );
    expect(
      h
        .eventsOf('skipped')
        .map((event) => event.reason)
        .sort(),
    ).toEqual(['not-creatable', 'spam']);
  });

  it('copies a carousel as multiple_image_urls, exactly once even when the answer is lost', async () => {
    let lost = false;
    const h = createHarness(1, {
      faults: ({ method }) => (method === 'createPin' && !lost ? ((lost = true), 'lost-response') : 'none'),
    });
    const slide = (n: number) => ({ item_type: 'image', title: `slide ${n}`, images: { '1200x': { url: `https://i.source/c${n}.jpg` } } });
    const board = seedBoard(h.source, {
      name: 'Carousels',
      // Pinterest computes the dominant colour from the first slide; the lost copy is found by it.
      pins: [
        {
          title: 'carousel',
          media: { media_type: 'multiple_images', items: [slide(1), slide(2), slide(3)] },
          dominant_color: colorOf('https://i.source/c1.jpg'),
        },
      ],
    });
    const report = await copyBoard(h.options({ boardId: board.id }));
    expect(report.copied.pins).toBe(1);
    const [copy] = h.target.boards[0]?.pins ?? [];
    expect(h.target.boards[0]?.pins).toHaveLength(1);
    expect(copy?.media).toMatchObject({ media_type: 'multiple_images' });
    expect(copy?.media?.items?.map((item) => item.title)).toEqual(['slide 1', 'slide 2', 'slide 3']);
  });

  describe('video pins, when the target takes a video by its url', () => {
    const videoPin = {
      title: 'clip',
      media: { media_type: 'video', video_url: 'https://v.source/clip.mp4', images: { '1200x': { url: 'https://i.source/cover.jpg' } } },
    };

    it('copies the video itself, with the source cover, and no warning', async () => {
      const h = createHarness();
      const uploads: string[] = [];
      Object.assign(h.target, { uploadVideo: async (url: string) => (uploads.push(url), '770001') });
      const board = seedBoard(h.source, { name: 'Videos', pins: [videoPin, ...pinSeeds('p', 1)] });
      const report = await copyBoard(h.options({ boardId: board.id }));
      expect(report.copied.pins).toBe(2);
      expect(uploads).toEqual(['https://v.source/clip.mp4']);
      const copied = h.target.boards[0]?.pins.find((pin) => pin.title === 'clip');
      expect(copied?.media?.media_type).toBe('video');
      expect(copied?.dominant_color).toBe(colorOf('https://i.source/cover.jpg'));
      expect(h.eventsOf('warning')).toEqual([]);
    });

    it('uploads once and creates the video pin once when the answer to the create is lost', async () => {
      let lost = false;
      const h = createHarness(1, { faults: ({ method }) => (method === 'createPin' && !lost ? ((lost = true), 'lost-response') : 'none') });
      const uploads: string[] = [];
      Object.assign(h.target, { uploadVideo: async (url: string) => (uploads.push(url), '770001') });
      const board = seedBoard(h.source, { name: 'Videos', pins: [{ ...videoPin, dominant_color: colorOf('https://i.source/cover.jpg') }] });
      const report = await copyBoard(h.options({ boardId: board.id }));
      expect(report.copied.pins).toBe(1);
      expect(uploads).toHaveLength(1);
      expect(h.target.boards[0]?.pins.map((pin) => pin.media?.media_type)).toEqual(['video']);
    });

    it('falls back to an image pin of the cover when the upload fails, saying why', async () => {
      const h = createHarness();
      Object.assign(h.target, {
        uploadVideo: () => Promise.reject(new Error('GET https://v.source/clip.mp4 failed with 403')),
      });
      const board = seedBoard(h.source, { name: 'Videos', pins: [videoPin] });
      const report = await copyBoard(h.options({ boardId: board.id }));
      expect(report.copied.pins).toBe(1);
      expect(h.target.boards[0]?.pins[0]?.media?.media_type).toBe('image');
      expect(h.eventsOf('warning').map((event) => event.message)).toEqual([
        expect.stringMatching(/is a video; copied as an image pin from its cover image \(the video could not be copied: .*403\)\.$/),
      ]);
    });

    it('uploads nothing in a dry run', async () => {
      const h = createHarness();
      const uploads: string[] = [];
      Object.assign(h.target, { uploadVideo: async (url: string) => (uploads.push(url), '1') });
      const board = seedBoard(h.source, { name: 'Videos', pins: [videoPin] });
      await copyBoard(h.options({ boardId: board.id, dryRun: true }));
      expect(uploads).toEqual([]);
    });
  });

  it('cuts over-long fields and emits a warning for each cut', async () => {
    const h = createHarness();
    const board = seedBoard(h.source, {
      name: 'Long',
      pins: [{ title: 'T'.repeat(150), description: 'D'.repeat(801) }],
    });
    const report = await copyBoard(h.options({ boardId: board.id }));
    expect(report.copied.pins).toBe(1);
    expect(h.target.boards[0]?.pins[0]?.title).toHaveLength(100);
    expect(h.eventsOf('warning').map((event) => event.code === 'truncated' && event.field)).toEqual(['title', 'description']);
  });

  it('skips pins without a usable image', async () => {
    const h = createHarness();
    const board = seedBoard(h.source, {
      name: 'B',
      pins: [{ title: 'video', media: { media_type: 'video' } }, ...pinSeeds('p', 2)],
    });
    const report = await copyBoard(h.options({ boardId: board.id }));
    expect(report.copied.pins).toBe(2);
    expect(report.skipped).toMatchObject([{ item: 'pin', reason: 'no-image' }]);
  });

  it('reports a pin Pinterest rejects as failed, with the request id, and carries on', async () => {
    const h = createHarness(1, { faults: ({ method }) => (method === 'createPin' ? 'bad-request' : 'none') });
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 3) });
    const report = await copyBoard(h.options({ boardId: board.id }));
    expect(report.failed).toHaveLength(3);
    expect(report.failed[0]?.message).toBe('Invalid parameters (request id fake-rid)');
    // Permanent failures are not retried.
    expect(h.target.writeLog).toHaveLength(4);
  });
});

describe('copyBoard modes', () => {
  it('copies within one account under the new name', async () => {
    const h = createHarness();
    const board = seedBoard(h.source, {
      name: 'Mine',
      sections: [{ name: 'S', pins: pinSeeds('s', 2) }],
      pins: pinSeeds('p', 2),
    });
    const report = await copyBoard(h.options({ target: undefined, boardId: board.id, targetName: 'Mine (copy)' }));
    expect(report.copied).toEqual({ boards: 1, sections: 1, pins: 4 });
    const [original, copy] = snapshot(h.source);
    expect(copy?.name).toBe('Mine (copy)');
    expect({ ...copy, name: 'Mine' }).toEqual(original);
  });

  it('refuses to copy a board onto its own name within one account', async () => {
    const h = createHarness();
    const board = seedBoard(h.source, { name: 'Mine', pins: pinSeeds('p', 2) });
    const report = await copyBoard(h.options({ target: undefined, boardId: board.id, targetName: 'Mine' }));
    expect(report.fatal?.message).toContain('needs a name other than "Mine"');
    expect(h.source.writeLog).toEqual([]);
  });

  it('copies every board of the source account with all', async () => {
    const h = createHarness();
    for (const name of ['A', 'B', 'C', 'D']) {
      seedBoard(h.source, {
        name,
        pins: pinSeeds(name, 3),
        sections: [{ name: `${name}-s`, pins: pinSeeds(`${name}s`, 2) }],
      });
    }
    const report = await copyBoard(h.options({ all: true }));
    expect(snapshot(h.target)).toEqual(snapshot(h.source));
    expect(report.copied).toEqual({ boards: 4, sections: 4, pins: 20 });
    expect(h.eventsOf('plan').map((event) => event.sourceBoard.name)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('with all, starts several boards side by side, and one at a time with boardConcurrency 1', async () => {
    const firstWrites = async (boardConcurrency: number) => {
      const h = createHarness();
      for (const name of ['A', 'B', 'C']) seedBoard(h.source, { name, pins: pinSeeds(name, 6) });
      await copyBoard(h.options({ all: true, boardConcurrency }));
      expect(snapshot(h.target)).toEqual(snapshot(h.source));
      return h.target.writeLog.slice(0, 3).map((write) => write.method);
    };
    expect(await firstWrites(3)).toEqual(['createBoard', 'createBoard', 'createBoard']);
    expect(await firstWrites(1)).toEqual(['createBoard', 'createPin', 'createPin']);
  });

  it('plans a dry run without calling any create method', async () => {
    const h = createHarness();
    const board = seedBoard(h.source, {
      name: 'Plan',
      pins: [...pinSeeds('p', 3), { title: 'idea', media: IDEA_MEDIA }],
      sections: [{ name: 'S', pins: pinSeeds('s', 2) }],
    });
    const report = await copyBoard(h.options({ boardId: board.id, dryRun: true }));
    expect(h.target.writeLog).toEqual([]);
    expect(h.target.boards).toEqual([]);
    expect(report).toMatchObject({
      dryRun: true,
      planned: { boards: 1, sections: 1, pins: 5 },
      copied: { boards: 0, sections: 0, pins: 0 },
    });
    expect(report.skipped).toHaveLength(1);
    expect(h.eventsOf('pin-copied').every((event) => event.via === 'planned' && event.targetPinId === null)).toBe(true);
  });

  it('refuses option combinations the quickstart refuses, before touching anything', async () => {
    const h = createHarness();
    const refused = [
      h.options({ target: undefined, boardId: 'b' }),
      h.options({ boardId: undefined }),
      h.options({ all: true, boardId: 'b' }),
      h.options({ all: true, target: h.source }),
      h.options({ all: true, targetName: 'x' }),
    ];
    for (const options of refused) await expect(copyBoard(options)).rejects.toMatchObject({ name: 'CopyOptionsError' });
    await expect(copyBoard(h.options({ boardId: 'b', concurrency: 0 }))).rejects.toMatchObject({
      name: 'ArgumentError',
      argument: 'options.concurrency',
    });
    expect(h.events).toEqual([]);
  });

  it('stops with a fatal report when the source board cannot be read', async () => {
    const h = createHarness();
    const report = await copyBoard(h.options({ boardId: 'missing' }));
    expect(report.fatal?.message).toContain('source board missing');
    expect(h.target.writeLog).toEqual([]);
  });

  it('stops the copy, rather than fail pins, when the event listener throws', async () => {
    const h = createHarness();
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 30) });
    const bug = new Error('listener bug');
    const report = await copyBoard(
      h.options({
        boardId: board.id,
        onEvent: (event) => {
          if (event.type === 'pin-copied') throw bug;
        },
      }),
    );
    expect(report.fatal?.cause).toBe(bug);
    expect(report.failed).toEqual([]);
    expect(report.copied.pins).toBeLessThan(30);
  });

  it('stops everything when the target refuses the token', async () => {
    const h = createHarness(1, { faults: ({ index }) => (index === 3 ? 'unauthorized' : 'none') });
    const board = seedBoard(h.source, { name: 'B', pins: pinSeeds('p', 30) });
    const report = await copyBoard(h.options({ boardId: board.id, concurrency: 2 }));
    expect(report.fatal?.message).toMatch(/refresh it and run the same copy again/);
    expect(h.target.writeLog.length).toBeLessThan(10);
  });
});
