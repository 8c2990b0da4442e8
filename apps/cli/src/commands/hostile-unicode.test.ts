import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client, type Board } from '@pinkit/api-v5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';

// A right-to-left override shows "Recipes\u202Egpj.exe" as "Recipesexe.jpg"; zero-width and bidi
// characters make one name look like another.
const DISGUISED = 'Recipes\u202Egpj.exe \u200bPay\u2066me\u2069\ufeffnow';
const SHOWN = 'Recipes\\u202egpj.exe \\u200bPay\\u2066me\\u2069\\ufeffnow';
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

let sim: Simulator;
let board: Board;
beforeAll(async () => {
  sim = await startSimulator({ boards: 1, pinsPerBoard: 1 });
  const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  board = await client.boards.create({ name: DISGUISED, description: `about ${DISGUISED}` });
});
afterAll(() => sim.stop());

describe('invisible server text on the terminal', () => {
  it('shows bidi controls and zero-width characters in names as visible escapes', async () => {
    const list = await runPinkit(['get-user-boards'], sim.env());
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`${board.id}  ${SHOWN}`);
    const one = await runPinkit(['get-board', '-b', board.id as string], sim.env());
    expect(one.stdout).toContain(`Board ${board.id}: ${SHOWN}`);
    for (const run of [list, one]) expect(`${run.stdout}${run.stderr}`).not.toMatch(INVISIBLE);
  });

  it('keeps --json exact', async () => {
    const run = await runPinkit(['get-board', '-b', board.id as string, '--json'], sim.env());
    expect(jsonLines(run.stdout)[0]).toMatchObject({ name: DISGUISED });
  });
});
