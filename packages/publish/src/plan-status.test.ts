import { expect, it } from 'vitest';
import { planStatus } from './plan-status.js';
import { now, planPath, publishHarness } from './test-support/publish-harness.js';

it('lists each row: published with pin id and time, pending with its time, failed with why, late', async () => {
  const rows = [
    { board: 'Recipes', title: 'Refused', media: 'a.jpg' },
    { board: 'Recipes', title: 'Now', media: 'a.jpg' },
    { board: 'Recipes', title: 'Later', media: 'a.jpg', publish_at: '2026-03-01T18:00:00Z' },
    { board: 'Recipes', title: 'Too late', media: 'a.jpg', publish_at: '2026-02-20T18:00:00Z' },
  ];
  const { account, journal, files, clock, run } = publishHarness(rows);
  account.failNext('createPin', Object.assign(new Error('Invalid image.'), { status: 400 }), false);
  await run({ concurrency: 1 });
  const publishedAt = clock.now();
  const status = await planStatus({ plan: planPath, files, journal, clock });
  expect(status).toEqual([
    {
      row: 1,
      id: expect.stringMatching(/^sha256:/),
      board: 'Recipes',
      title: 'Refused',
      state: 'failed',
      message: 'Invalid image.',
      at: expect.any(Number),
    },
    {
      row: 2,
      id: expect.any(String),
      board: 'Recipes',
      title: 'Now',
      state: 'published',
      pinId: account.pins[0]?.id,
      via: 'journal',
      at: expect.any(Number),
    },
    { row: 3, id: expect.any(String), board: 'Recipes', title: 'Later', publishAt: Date.parse('2026-03-01T18:00:00Z'), state: 'pending' },
    { row: 4, id: expect.any(String), board: 'Recipes', title: 'Too late', publishAt: Date.parse('2026-02-20T18:00:00Z'), state: 'late' },
  ]);
  expect(status[1]?.state === 'published' && status[1].at).toBeGreaterThanOrEqual(now);
  expect(status[1]?.state === 'published' && status[1].at).toBeLessThanOrEqual(publishedAt);
  expect(account.writes).toEqual(['createPin', 'createPin']);
});
