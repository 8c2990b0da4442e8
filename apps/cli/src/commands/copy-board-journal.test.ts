import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client } from '@pinkit/api-v5';
import { tempDir } from '@pinkit/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';
import { startInBackground as start } from '../test-support/start-in-background.js';
import { isNotCreatable } from '../test-support/pin-kind.js';

/** Every pin of an account as "board/title/link" lines, sorted: a duplicate shows as a repeated line. */
async function pinLines(sim: Simulator, token: string): Promise<string[]> {
  const client = createV5Client({ apiUri: sim.url, token });
  const lines: string[] = [];
  for await (const board of client.boards.list({ pageSize: 250 })) {
    for await (const pin of client.boards.listPins(board.id as string, { pageSize: 250 })) {
      if (!isNotCreatable(pin)) lines.push([board.name, pin.title, pin.link].join('/'));
    }
  }
  return lines.sort();
}

async function expectEveryPinOnce(sim: Simulator) {
  const env = sim.env();
  const source = await pinLines(sim, env.ACCESS_TOKEN!);
  expect(source.length).toBeGreaterThan(20);
  expect(await pinLines(sim, env.TARGET_ACCESS_TOKEN!)).toEqual(source);
}

const copyAll = ['copy-board', '--all', '-s', 'access_token', '-t', 'target_access_token'];
const pinCreated = /^ {2}pin \d+ -> \d+: created$/m;

let sim: Simulator | undefined;
const folder = (prefix: string) => tempDir(prefix);
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

describe('pinkit copy-board and its journal', () => {
  it('refuses a second copy on the same journal while the first runs, and the first copies every pin once', async () => {
    // Slow answers and a low write rate keep the first copy running while the second starts.
    sim = await startSimulator({ boards: 3, pinsPerBoard: 25, latencyMs: 100 });
    const journal = join(folder('pinkit-lock-'), 'copy.jsonl');
    const first = start([...copyAll, '--journal', journal, '--writes-per-second', '15'], sim.env());
    let firstEnded = false;
    void first.done.then(() => (firstEnded = true));
    await first.reached(pinCreated);
    const second = await runPinkit([...copyAll, '--journal', journal, '--writes-per-second', '100'], sim.env());
    expect(firstEnded).toBe(false);
    expect(second.code, second.stdout + second.stderr).toBe(1);
    expect(second.stdout).toBe('');
    const pid = JSON.parse(readFileSync(`${journal}.lock`, 'utf8')).pid as number;
    expect(second.stderr).toContain(
      `pinkit: Another pinkit run (pid ${pid}) is using journal ${journal}; wait for it to finish or use a different --journal.\n`,
    );
    const finished = await first.done;
    expect(finished.code, finished.stderr).toBe(0);
    expect(existsSync(`${journal}.lock`)).toBe(false);
    await expectEveryPinOnce(sim);
  });

  it('lets only one of two copies with different journals write into one target at once, so every pin is copied once', async () => {
    sim = await startSimulator({ boards: 3, pinsPerBoard: 25, latencyMs: 100 });
    const journals = folder('pinkit-overlap-');
    const copy = (name: string) => [...copyAll, '--journal', join(journals, name), '--writes-per-second', '15'];
    // Started together: without a lock on the target, the second would adopt the first's boards
    // and create again every pin the first had not made yet when it listed them.
    const runs = await Promise.all([start(copy('a.jsonl'), sim.env()).done, start(copy('b.jsonl'), sim.env()).done]);
    await expectEveryPinOnce(sim);
    const codes = runs.map((run) => run.code).sort();
    expect(codes, runs.map((run) => run.stderr).join('\n')).toEqual([0, 1]);
    const refused = runs.find((run) => run.code === 1)!;
    const winner = runs.find((run) => run.code === 0)!;
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /^pinkit: Another pinkit copy \(pid \d+\) is writing into the same target account; wait for it to finish, then run this one again \(it adopts what that one copied\)\.\n$/m,
    );
    // Run again afterwards, the refused copy's journal adopts everything and creates nothing.
    const refusedJournal = runs[0] === refused ? 'a.jsonl' : 'b.jsonl';
    const again = await runPinkit(
      [...copyAll, '--journal', join(journals, refusedJournal), '--writes-per-second', '200', '-l', '2'],
      sim.env(),
    );
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/^ {2}pin \d+ -> \d+: found in the target \(/m);
    expect(again.stderr).not.toMatch(pinCreated);
    expect(winner.stdout).toContain('Failed: 0');
    await expectEveryPinOnce(sim);
  });

  it('takes over the journal of a copy killed with SIGKILL and finishes it exactly once', async () => {
    sim = await startSimulator({ boards: 3, pinsPerBoard: 25, latencyMs: 20 });
    const journal = join(folder('pinkit-stale-'), 'copy.jsonl');
    const killed = start([...copyAll, '--journal', journal, '--writes-per-second', '100'], sim.env());
    await killed.reached(/(^ {2}pin \d+ -> \d+: created$[\s\S]*){6}/m);
    const holder = JSON.parse(readFileSync(`${journal}.lock`, 'utf8')).pid as number;
    killed.kill('SIGKILL');
    expect((await killed.done).signal).toBe('SIGKILL');
    // The lock outlives its holder on disk; the next run sees that its pid is gone.
    expect(JSON.parse(readFileSync(`${journal}.lock`, 'utf8')).pid).toBe(holder);
    sim.configure({ latencyMs: 0 });
    const resumed = await runPinkit([...copyAll, '--journal', journal, '--writes-per-second', '200', '-l', '0'], sim.env());
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(existsSync(`${journal}.lock`)).toBe(false);
    expect(resumed.stdout).toMatch(/Already copied by an earlier run: \d+ boards?, \d+ sections?, [1-9]\d* pins/);
    await expectEveryPinOnce(sim);
  });

  it('ends as interrupted (exit 130) on a Ctrl-C during the resume settle wait', async () => {
    sim = await startSimulator({ boards: 2, pinsPerBoard: 4 });
    const journal = join(folder('pinkit-settle-'), 'copy.jsonl');
    // What a killed run leaves: a write it started and never saw finish.
    writeFileSync(journal, `${JSON.stringify({ op: 'intent', key: '["board","1",null,null]' })}\n`);
    const run = start([...copyAll, '--journal', journal], sim.env());
    await run.reached(/unfinished; waiting \d+ ms/);
    run.kill('SIGINT');
    const interrupted = await run.done;
    expect(interrupted.code, interrupted.stderr).toBe(130);
    expect(interrupted.stderr).not.toContain('aborted');
    expect(interrupted.stderr).toMatch(/Interrupted: run the same command again to resume\.\n$/);
    expect(interrupted.stdout).toMatch(/^Copy interrupted: copied 0 boards, 0 sections, 0 pins\./);
    expect(sim.stats.writes).toBe(0);
  });

  it('adopts what a copy with another journal made, and completes it without duplicating a pin', async () => {
    sim = await startSimulator({ boards: 3, pinsPerBoard: 16 });
    const journals = folder('pinkit-adopt-');
    const killed = start([...copyAll, '--journal', join(journals, 'first.jsonl'), '--writes-per-second', '40'], sim.env());
    await killed.reached(/(^ {2}pin \d+ -> \d+: created$[\s\S]*){10}/m);
    killed.kill('SIGKILL');
    await killed.done;
    const fresh = await runPinkit(
      [...copyAll, '--journal', join(journals, 'fresh.jsonl'), '--writes-per-second', '200', '-l', '1'],
      sim.env(),
    );
    expect(fresh.code, fresh.stdout + fresh.stderr).toBe(0);
    expect(fresh.stdout).toContain('Failed: 0');
    expect(fresh.stderr).toMatch(/^board \d+ -> \d+: found in the target/m);
    await expectEveryPinOnce(sim);
  });
});
