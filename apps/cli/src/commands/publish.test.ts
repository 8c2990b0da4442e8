import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { tempDir } from '@pinkit/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import { firstBoardName, mixedRows, pinTitles, writeMedia, writePlan } from '../test-support/publish-fixture.js';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

async function planIn(rows: (board: string) => ReturnType<typeof mixedRows>) {
  sim = await startSimulator({ boards: 1, pinsPerBoard: 0 });
  const dir = tempDir('pinkit-publish-');
  writeMedia(dir);
  const board = await firstBoardName(sim);
  const plan = join(dir, 'plan.csv');
  writePlan(plan, rows(board));
  return { sim, plan, board, env: { ...sim.env(), PINKIT_MEDIA_POLL_MS: '5' } };
}

describe('pinkit publish', () => {
  it('lists every problem of a plan with its row number, exits 2 and writes nothing', async () => {
    const { sim, plan, env } = await planIn((board) => {
      const rows = mixedRows(8, board).map(({ section: _, ...row }) => ({ ...row, board }));
      rows[1] = { ...rows[1]!, title: 'x'.repeat(101) };
      rows[2] = { ...rows[2]!, media: 'missing.jpg' };
      rows[4] = { ...rows[4]!, link: 'ftp://example.com/a' };
      rows[5] = { ...rows[5]!, publish_at: 'next tuesday' };
      rows[6] = { ...rows[6]!, board: 'No such board' };
      return rows;
    });
    const run = await runPinkit(['publish', plan, '-l', '1'], env);
    expect(run.code).toBe(2);
    for (const row of [3, 4, 6, 7, 8]) expect(run.stderr).toMatch(new RegExp(`^row ${row}: `, 'm'));
    expect(run.stderr).toMatch(/^The plan has 5 problems; nothing was published:/);
    expect(sim.stats.writes).toBe(0);
  });

  it('with --dry-run prints what would be published, and where, and writes nothing', async () => {
    const { sim, plan, env } = await planIn((board) =>
      mixedRows(6, board, (index) => (index === 5 ? '2099-01-01T09:00:00+01:00' : undefined)),
    );
    const run = await runPinkit(['publish', plan, '--dry-run', '--create-boards', '-l', '1'], env);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^row 3 \(row-2\): due, to board Travel$/m);
    expect(run.stdout).toMatch(/^row 7 \(row-6\): pending until 2099-01-01T08:00:00.000Z$/m);
    expect(run.stdout).toContain('Dry run: 5 to publish now, 1 pending, 0 already published; nothing written.');
    expect(sim.stats.writes).toBe(0);
  });

  it('publishes every media kind into an existing and a created board, sections too, leaving future rows pending', async () => {
    const future = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const { sim, plan, board, env } = await planIn((name) => mixedRows(12, name, (index) => (index >= 10 ? future : undefined)));
    const run = await runPinkit(['publish', plan, '--create-boards', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const [report] = jsonLines(run.stdout);
    expect(report).toMatchObject({ counts: { publishedNow: 10, pending: 2, failed: 0 }, nextDue: future });
    expect(report!.boardsCreated).toEqual([expect.objectContaining({ name: 'Travel' })]);
    const kinds = new Set((report!.rows as Array<{ media: string }>).map((row) => row.media));
    expect(kinds.size).toBeGreaterThanOrEqual(4);
    expect(await pinTitles(sim, [board, 'Travel'])).toEqual(Array.from({ length: 10 }, (_, i) => `Pin ${i + 1}`).sort());
    expect(run.stderr).toMatch(/^row 5 \(row-4\): pin \d+ created$/m);

    const status = await runPinkit(['publish', plan, '--status'], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^row 2 \(row-1\): published, pin \d+ at \d{4}-/m);
    expect(status.stdout).toContain(`row 13 (row-12): pending until ${future}`);
    const journal = readFileSync(`${plan}.journal.jsonl`, 'utf8');
    expect([journal.includes('row-10\\"'), journal.includes('row-11\\"')]).toEqual([true, false]);
  });

  it('refuses on API v3 in one line before asking for a token', async () => {
    const { plan, env } = await planIn((board) => mixedRows(2, board));
    const run = await runPinkit(['publish', plan, '-v', '3'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'pinkit: publish: API v3 never had this command; publishing uploads media, which only v5 has; use -v 5 (the default).\n',
    );
  });
});
