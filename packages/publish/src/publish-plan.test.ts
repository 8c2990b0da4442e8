import { describe, expect, it } from 'vitest';
import type { PlanValidationError } from './publish-errors.js';
import { PublishStoppedError, TrialAccessError } from './publish-errors.js';
import { now, publishHarness } from './test-support/publish-harness.js';

const hour = 3600_000;
const rowsOfEveryKind = [
  { board: 'Recipes', title: 'URL', media: 'https://img.test/a.jpg', link: 'https://site.test/a', alt_text: 'a bowl' },
  { board: 'Recipes', section: 'Soups', title: 'File', media: 'a.jpg', description: 'local' },
  { board: 'Travel', title: 'Carousel URLs', media: 'https://img.test/1.jpg|https://img.test/2.jpg' },
  { board: 'Travel', title: 'Carousel files', media: 'a.jpg|b.png' },
  { board: 'New board', title: 'Video', media: 'clip.mp4', cover: 'https://img.test/cover.jpg' },
  { board: 'New board', section: 'Clips', title: 'Video, file cover', media: 'clip.mp4', cover: 'b.png' },
];

describe('publishPlan', () => {
  it('publishes each media kind as its v5 media source, creating boards and sections once', async () => {
    const { account, run } = publishHarness(rowsOfEveryKind);
    const report = await run({ createBoards: true });
    expect(report.counts).toMatchObject({ published: 6, publishedNow: 6, failed: 0 });
    expect(report.boardsCreated.map((board) => board.name)).toEqual(['New board']);
    expect(report.sectionsCreated.map((section) => section.name)).toEqual(['Clips']);
    expect(account.writes.filter((op) => op === 'createBoard')).toHaveLength(1);
    const sources = rowsOfEveryKind.map((row) => account.pins.find((pin) => pin.title === row.title)?.media_source);
    expect(sources[0]).toEqual({ source_type: 'image_url', url: 'https://img.test/a.jpg' });
    expect(sources[1]).toMatchObject({ source_type: 'image_base64', content_type: 'image/jpeg', data: expect.stringMatching(/^\/9j\//) });
    expect(sources[2]).toEqual({
      source_type: 'multiple_image_urls',
      items: [{ url: 'https://img.test/1.jpg' }, { url: 'https://img.test/2.jpg' }],
    });
    expect(sources[3]).toMatchObject({
      source_type: 'multiple_image_base64',
      items: [{ content_type: 'image/jpeg' }, { content_type: 'image/png' }],
    });
    expect(sources[4]).toEqual({
      source_type: 'video_id',
      media_id: expect.stringMatching(/^media-/),
      cover_image_url: 'https://img.test/cover.jpg',
    });
    expect(sources[5]).toMatchObject({
      source_type: 'video_id',
      cover_image_content_type: 'image/png',
      cover_image_data: expect.any(String),
    });
    expect(account.uploads).toEqual([
      { path: '/plans/clip.mp4', size: 256, contentType: 'video/mp4' },
      { path: '/plans/clip.mp4', size: 256, contentType: 'video/mp4' },
    ]);
    const byTitle = (title: string) => account.pins.find((pin) => pin.title === title);
    expect(byTitle('URL')).toMatchObject({ link: 'https://site.test/a', alt_text: 'a bowl', board_id: account.boards[0]?.id });
    expect(byTitle('File')?.board_section_id).toBe('section-soups');
    expect(byTitle('Video, file cover')?.board_section_id).toBe(account.sections.find((section) => section.name === 'Clips')?.id);
  });

  it('writes nothing in a dry run and says what would happen to each row', async () => {
    const { account, journal, run, events } = publishHarness([
      ...rowsOfEveryKind.slice(0, 2),
      { board: 'Recipes', title: 'Later', media: 'a.jpg', publish_at: '2026-03-02T12:00:00Z' },
    ]);
    const report = await run({ dryRun: true });
    expect(account.writes).toEqual([]);
    expect(journal.records).toEqual([]);
    expect(report.rows.map((row) => [row.row, row.state, row.media])).toEqual([
      [1, 'due', 'image-url'],
      [2, 'due', 'image-file'],
      [3, 'pending', 'image-file'],
    ]);
    expect(events[0]).toMatchObject({ type: 'plan', dryRun: true });
  });

  it('publishes only what is not done on a rerun, and only the new rows of a longer plan', async () => {
    const { account, run, setPlan } = publishHarness(rowsOfEveryKind.slice(0, 2));
    await run();
    const again = await run();
    expect(again.counts).toMatchObject({ published: 2, publishedNow: 0 });
    expect(again.rows.every((row) => row.state === 'published' && row.via === 'journal')).toBe(true);
    setPlan([...rowsOfEveryKind.slice(0, 3)]);
    const longer = await run();
    expect(longer.counts).toMatchObject({ published: 3, publishedNow: 1 });
    expect(account.pins.map((pin) => pin.title).sort()).toEqual(['Carousel URLs', 'File', 'URL']);
  });

  it('reports a row whose content changed under the same id, and does not publish it again', async () => {
    const { account, run, setPlan } = publishHarness([{ id: 'r1', board: 'Recipes', title: 'Soup', media: 'a.jpg' }]);
    await run();
    setPlan([{ id: 'r1', board: 'Recipes', title: 'Soup, edited', media: 'a.jpg' }]);
    const report = await run();
    expect(report.rows).toMatchObject([{ id: 'r1', state: 'changed', pinId: account.pins[0]?.id }]);
    expect(account.pins).toHaveLength(1);
  });

  it('looks for a pin whose create answer was lost before sending it again', async () => {
    const { account, run, events } = publishHarness(rowsOfEveryKind.slice(0, 1));
    account.failNext('createPin', Object.assign(new Error('socket hang up'), { name: 'NetworkError' }), true);
    const report = await run();
    expect(account.pins).toHaveLength(1);
    expect(account.writes).toEqual(['createPin']);
    expect(report.rows).toMatchObject([{ state: 'published', via: 'adopted', pinId: account.pins[0]?.id }]);
    expect(events.some((event) => event.type === 'retry')).toBe(true);
  });

  it('looks a row up in its board first when an earlier run left its intent unfinished', async () => {
    const first = publishHarness(rowsOfEveryKind.slice(0, 2));
    await first.run();
    // The journal lost its done records, as when a run is killed between send and record.
    const intents = first.journal.records.filter((record) => record.op === 'intent');
    const second = publishHarness(rowsOfEveryKind.slice(0, 2));
    second.account.pins.push(...first.account.pins.map((pin) => ({ ...pin, board_id: second.account.boards[0]?.id ?? '' })));
    for (const record of intents) await second.journal.append(record);
    const report = await second.run();
    expect(second.events).toContainEqual({ type: 'settling', unfinished: 2, waitMs: 2000 });
    expect(second.clock.sleeps[0]).toBe(2000);
    expect(second.account.writes.filter((op) => op === 'createPin')).toEqual([]);
    expect(report.rows.map((row) => row.state === 'published' && row.via)).toEqual(['adopted', 'adopted']);
  });

  it('stops after the first write when Pinterest answers code 29 (trial access)', async () => {
    const { account, run, journal } = publishHarness(rowsOfEveryKind.slice(0, 4));
    account.failNext(
      'createPin',
      Object.assign(new Error('Apps with Trial access may not create Pins in production; use the API sandbox.'), { status: 403, code: 29 }),
    );
    const error = await run({ concurrency: 8 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TrialAccessError);
    expect(account.writes).toEqual(['createPin']);
    expect((error as TrialAccessError).report.counts).toMatchObject({ due: 4, published: 0 });
    expect(journal.records.filter((record) => record.op === 'done')).toEqual([]);
  });

  it('stops on a refused token with PublishStoppedError naming the cause', async () => {
    const { account, run } = publishHarness(rowsOfEveryKind.slice(0, 2));
    account.failNext('createPin', Object.assign(new Error('Authentication failed.'), { status: 401 }));
    await expect(run()).rejects.toThrow(PublishStoppedError);
    await expect(run()).resolves.toMatchObject({ counts: { publishedNow: 2 } });
  });

  it('records a refused row as failed with its reason, and tries it again on the next run', async () => {
    const { account, run } = publishHarness(rowsOfEveryKind.slice(0, 2));
    account.failNext('createPin', Object.assign(new Error('Invalid image.'), { status: 400 }));
    const report = await run({ concurrency: 1 });
    expect(report.rows.map((row) => row.state)).toEqual(['failed', 'published']);
    expect(report.rows[0]).toMatchObject({ message: 'Invalid image.' });
    const again = await run();
    expect(again.rows.map((row) => row.state === 'published' && row.via)).toEqual(['created', 'journal']);
  });

  it('adopts a board whose create answer was lost instead of creating a second one', async () => {
    const { account, run } = publishHarness(rowsOfEveryKind.slice(4, 6));
    account.failNext('createBoard', Object.assign(new Error('socket hang up'), { name: 'NetworkError' }), true);
    const report = await run({ createBoards: true });
    expect(account.boards.filter((board) => board.name === 'New board')).toHaveLength(1);
    expect(account.writes.filter((op) => op === 'createBoard')).toHaveLength(1);
    expect(report.counts).toMatchObject({ published: 2 });
  });

  it('fails only the row whose video Pinterest refuses, and uploads it again on the next run', async () => {
    const { account, run } = publishHarness(rowsOfEveryKind.slice(4, 5));
    account.failNext('uploadVideo', Object.assign(new Error('Unsupported video codec.'), { status: 400 }));
    const report = await run({ createBoards: true });
    expect(report.rows).toMatchObject([{ state: 'failed', message: 'Unsupported video codec.' }]);
    expect(account.pins).toEqual([]);
    await expect(run({ createBoards: true })).resolves.toMatchObject({ counts: { publishedNow: 1 } });
    expect(account.writes.filter((op) => op === 'uploadVideo')).toHaveLength(2);
  });

  it('stops starting rows when its signal aborts, reports the rest due, and a rerun publishes them', async () => {
    const { account, run, events } = publishHarness(rowsOfEveryKind.slice(0, 4));
    const controller = new AbortController();
    const report = await run({
      concurrency: 1,
      signal: controller.signal,
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'row-published') controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.rows.map((row) => row.state)).toEqual(['published', 'due', 'due', 'due']);
    expect(events.map((event) => event.type)).toEqual(['plan', 'row-published', 'done']);
    await expect(run()).resolves.toMatchObject({ cancelled: false, counts: { published: 4, publishedNow: 3 } });
    expect(account.pins).toHaveLength(4);
  });

  it('numbers the problems of a CSV plan as a spreadsheet does, the header being row 1', async () => {
    const { files, run } = publishHarness([]);
    files.set('/plans/plan.csv', 'board,title,media\nRecipes,Fine,a.jpg\n\nRecipes,"Two\nlines",missing.png\nRecipes,,\n');
    const error = await run({ plan: '/plans/plan.csv' }).catch((caught: unknown) => caught);
    expect((error as PlanValidationError).problems.map((problem) => problem.row)).toEqual([4, 5]);
    expect((error as PlanValidationError).message).toContain('row 5: media is required');
  });

  describe('scheduling', () => {
    const plan = [
      { board: 'Recipes', title: 'No time', media: 'a.jpg' },
      { board: 'Recipes', title: 'Due an hour ago', media: 'a.jpg', publish_at: '2026-03-01T11:00:00Z' },
      { board: 'Recipes', title: 'In an hour', media: 'a.jpg', publish_at: '2026-03-01T14:00:00+01:00' },
      { board: 'Recipes', title: 'Two days late', media: 'a.jpg', publish_at: '2026-02-27T12:00:00Z' },
    ];

    it('leaves future rows pending and reports rows past the late limit, then publishes each when due', async () => {
      const { account, clock, run } = publishHarness(plan);
      const report = await run();
      expect(report.rows.map((row) => row.state)).toEqual(['published', 'published', 'pending', 'late']);
      expect(report.rows[2]).toMatchObject({ publishAt: now + hour });
      clock.advance(2 * hour);
      const later = await run();
      expect(later.rows.map((row) => row.state)).toEqual(['published', 'published', 'published', 'late']);
      expect(later.counts.publishedNow).toBe(1);
      const late = await run({ publishLate: true });
      expect(late.rows[3]).toMatchObject({ state: 'published', via: 'created' });
      expect(account.pins).toHaveLength(4);
    });

    it('takes the late limit as an option', async () => {
      const { run } = publishHarness(plan);
      const report = await run({ lateMs: 30 * 60_000, dryRun: true });
      expect(report.rows.map((row) => row.state)).toEqual(['due', 'late', 'pending', 'late']);
    });
  });
});
