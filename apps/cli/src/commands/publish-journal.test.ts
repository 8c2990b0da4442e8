import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { tempDir } from '@pinkit/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import { firstBoardName, mixedRows, pinTitles, writeMedia, writePlan } from '../test-support/publish-fixture.js';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { startInBackground } from '../test-support/start-in-background.js';

// `pinkit publish` across runs: killed and resumed, scheduled rows falling due, an edited row, two
// runs at once, and a trial app. Every row is checked against what the simulator holds.

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

const titles = (numbers: readonly number[]) => numbers.map((n) => `Pin ${n}`).sort();
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const rowPublished = /^row \d+ \(row-\d+\): pin \d+ created$/gm;

describe('pinkit publish, run after run', () => {
  it('publishes every due row exactly once after a SIGKILL, then what fell due, and reports an edited row', async () => {
    // Latency keeps writes in flight at the kill: they land unanswered and must be found, not redone.
    sim = await startSimulator({ boards: 1, pinsPerBoard: 0, latencyMs: 40 });
    const dir = tempDir('pinkit-publish-kill-');
    writeMedia(dir);
    const board = await firstBoardName(sim);
    const plan = join(dir, 'plan.csv');
    const soon = new Date(Date.now() + 14_000).toISOString();
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    // Rows 1-30 due now, 31-35 in a few seconds, 36-40 in three days.
    const rows = mixedRows(40, board, (index) => (index >= 35 ? later : index >= 30 ? soon : undefined));
    writePlan(plan, rows);
    const env = { ...sim.env(), PINKIT_MEDIA_POLL_MS: '5' };
    const command = ['publish', plan, '--create-boards', '-l', '1'];

    const killed = startInBackground(command, env);
    await killed.reached(/(?:^row \d+ \(row-\d+\): pin \d+ created\n[^]*){6}/m);
    killed.kill('SIGKILL');
    expect((await killed.done).signal).toBe('SIGKILL');
    const before = (await pinTitles(sim, [board, 'Travel'])).length;
    expect(before).toBeGreaterThanOrEqual(6);
    expect(before).toBeLessThan(30);

    const resumed = await runPinkit([...command, '--json'], env);
    expect(resumed.code, resumed.stderr).toBe(0);
    const [report] = jsonLines(resumed.stdout);
    expect(report).toMatchObject({ counts: { published: 30, pending: 10, failed: 0 }, nextDue: soon });
    expect(await pinTitles(sim, [board, 'Travel'])).toEqual(titles(range(1, 30)));

    const status = await runPinkit(['publish', plan, '--status', '--json'], env);
    const [listed] = jsonLines(status.stdout);
    const states = (listed!.rows as Array<{ state: string }>).map((row) => row.state);
    expect(states).toEqual([...Array<string>(30).fill('published'), ...Array<string>(10).fill('pending')]);

    await sleep(Math.max(0, Date.parse(soon) - Date.now() + 300));
    const due = await runPinkit(['publish', plan, '--due', '-l', '1'], env);
    expect(due.code, due.stderr).toBe(0);
    expect(due.stderr.match(rowPublished)).toHaveLength(5);
    expect(due.stdout).toMatch(/^5 published now; 35 published in all, 5 pending, 0 late, 0 changed, 0 failed\.$/m);
    expect(await pinTitles(sim, [board, 'Travel'])).toEqual(titles(range(1, 35)));

    writePlan(
      plan,
      rows.map((row, index) => (index === 2 ? { ...row, title: 'Pin 3, retitled' } : row)),
    );
    const edited = await runPinkit(['publish', plan, '-l', '1'], env);
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).toMatch(/^row 4 \(row-3\): changed since it was published as pin \d+; not published again$/m);
    expect(edited.stdout).toContain('0 published now;');
    expect(await pinTitles(sim, [board, 'Travel'])).toEqual(titles(range(1, 35)));
  });

  it('refuses a second run on the same journal while the first runs, and the first publishes every row once', async () => {
    sim = await startSimulator({ boards: 1, pinsPerBoard: 0, latencyMs: 60 });
    const dir = tempDir('pinkit-publish-twice-');
    writeMedia(dir);
    const board = await firstBoardName(sim);
    const plan = join(dir, 'plan.csv');
    writePlan(
      plan,
      mixedRows(12, board).map(({ section: _, ...row }) => ({ ...row, board })),
    );
    const env = { ...sim.env(), PINKIT_MEDIA_POLL_MS: '5' };
    const first = startInBackground(['publish', plan, '-l', '1'], env);
    await first.reached(rowPublished);
    const second = await runPinkit(['publish', plan, '-l', '1'], env);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `^pinkit: Another pinkit run \\(pid \\d+\\) is using journal ${plan.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.journal\\.jsonl; wait for it`,
      ),
    );
    expect((await first.done).code).toBe(0);
    expect(await pinTitles(sim, [board])).toEqual(titles(range(1, 12)));
  });

  it('stops a trial app at its first write, with the sandbox hint', async () => {
    sim = await startSimulator({ boards: 1, pinsPerBoard: 0, trialAccess: true });
    const dir = tempDir('pinkit-publish-trial-');
    const board = await firstBoardName(sim);
    const plan = join(dir, 'plan.jsonl');
    const lines = range(1, 5).map((n) => JSON.stringify({ board, title: `Pin ${n}`, media: `https://i.pinimg.com/originals/${n}.jpg` }));
    writeFileSync(plan, `${lines.join('\n')}\n`);
    const run = await runPinkit(['publish', plan, '-l', '2'], sim.env());
    expect(run.code).toBe(1);
    // Request lines show every write sent: one, refused.
    expect(run.stderr.match(/^POST \S+\/v5\/pins -> /gm)).toHaveLength(1);
    expect(run.stderr).toMatch(/code 29[^\n]*Run with --sandbox \(or PINTEREST_SANDBOX=1\) to use Pinterest's API sandbox\.\n$/);
    expect(await pinTitles(sim, [board])).toEqual([]);
  });
});
