import { describe, expect, it } from 'vitest';
import { PlanValidationError } from './publish-errors.js';
import { publishHarness } from './test-support/publish-harness.js';

const good = { board: 'Recipes', title: 'Soup', media: 'https://img.test/soup.jpg' };

async function problemsOf(rows: Record<string, string | undefined>[], options = {}) {
  const harness = publishHarness(rows);
  const error = await harness.run(options).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(PlanValidationError);
  expect(harness.account.writes).toEqual([]);
  expect(harness.journal.records).toEqual([]);
  return (error as PlanValidationError).problems;
}

describe('validation before any write', () => {
  it('lists every bad row by line number and writes nothing', async () => {
    const problems = await problemsOf([
      good,
      { board: 'Recipes', title: 'x'.repeat(101), media: 'a.jpg' },
      { board: 'Nowhere', media: 'a.jpg' },
      { board: 'Recipes', media: 'ftp://img.test/a.jpg', link: 'javascript:alert(1)' },
      { board: 'Recipes', media: 'clip.mp4', publish_at: '2026-03-02 10:00' },
      { board: 'Recipes', media: 'missing.jpg', alt_text: 'a'.repeat(501) },
      { title: 'no board', media: 'anim.gif' },
    ]);
    expect(problems.map((problem) => [problem.row, problem.column])).toEqual([
      [2, 'title'],
      [3, 'board'],
      [4, 'link'],
      [4, 'media'],
      [5, 'publish_at'],
      [6, 'alt_text'],
      [7, 'board'],
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'title has 101 characters; Pinterest allows 100.',
      'board "Nowhere" does not exist (create it, or allow creating boards).',
      'link "javascript:alert(1)" must be an http(s) URL.',
      'media "ftp://img.test/a.jpg" is not an http(s) URL.',
      expect.stringContaining('with an offset'),
      'alt_text has 501 characters; Pinterest allows 500.',
      'board is required (a board id or name).',
    ]);
  });

  it('checks files by their bytes and size, and a video needs a cover', async () => {
    const problems = await problemsOf(
      [
        { board: 'Recipes', media: 'missing.jpg' },
        { board: 'Recipes', media: 'anim.gif' },
        { board: 'Recipes', media: 'clip.mp4' },
        { board: 'Recipes', media: 'a.jpg', cover: 'b.png' },
        { board: 'Recipes', media: 'c.jpg' },
      ],
      { limits: { maxImageBytes: 70 } },
    );
    expect(problems.map((problem) => [problem.row, problem.message])).toEqual([
      [1, 'media: /plans/missing.jpg does not exist or is not a file.'],
      [2, 'media: anim.gif is a GIF (JPEG and PNG images, MP4 and MOV videos are).'],
      [3, 'cover: a video needs a cover (an image URL or a local image).'],
      [4, 'cover: only a video takes a cover.'],
      [5, 'media: c.jpg is 80 bytes; an image may be at most 70 bytes.'],
    ]);
  });

  it('checks carousels: 2 to 5 images, all URLs or all files, images only', async () => {
    const problems = await problemsOf([
      { board: 'Recipes', media: 'a.jpg' + '|a.jpg'.repeat(5) },
      { board: 'Recipes', media: 'a.jpg|https://img.test/b.jpg' },
      { board: 'Recipes', media: 'a.jpg|clip.mp4' },
    ]);
    expect(problems.map((problem) => [problem.row, problem.message])).toEqual([
      [1, 'media: a carousel has 2 to 5 images, not 6.'],
      [2, "media: a carousel's images must be all URLs or all local files."],
      [3, 'media: clip.mp4 is a video; only images may be used here.'],
    ]);
  });

  it('refuses duplicate rows and duplicate ids', async () => {
    const problems = await problemsOf([good, { ...good }, { ...good, title: 'Other', id: 'x' }, { ...good, title: 'Third', id: 'x' }]);
    expect(problems).toEqual([
      { row: 2, message: 'this row repeats row 1.' },
      { row: 4, column: 'id', message: 'id "x" is also the id of row 3.' },
    ]);
  });

  it('refuses unknown sections unless boards may be created', async () => {
    const rows = [
      { ...good, section: 'Winter' },
      { board: 'New board', media: 'a.jpg' },
    ];
    const problems = await problemsOf(rows);
    expect(problems.map((problem) => [problem.row, problem.column])).toEqual([
      [1, 'section'],
      [2, 'board'],
    ]);
    const harness = publishHarness(rows);
    await expect(harness.run({ createBoards: true, dryRun: true })).resolves.toMatchObject({ counts: { due: 2 } });
    expect(harness.account.writes).toEqual([]);
  });
});
