import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client, type Pin } from '@pinkit/api-v5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { mediaTypeOf } from '../test-support/pin-kind.js';

let sim: Simulator;
let source: Pin;
let secret: Pin;
let target: { boardId: string; sectionId: string };
beforeAll(async () => {
  sim = await startSimulator({ boards: 3, pinsPerBoard: 4 });
  const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  for await (const board of client.boards.list()) {
    for await (const pin of client.boards.listPins(board.id as string)) {
      if (board.privacy === 'SECRET') secret ??= pin;
      else if (mediaTypeOf(pin) === 'image') source ??= pin;
    }
    for await (const section of client.boardSections.list(board.id as string))
      target ??= { boardId: board.id as string, sectionId: section.id as string };
  }
});
afterAll(() => sim.stop());

describe('pinkit save-pin', () => {
  it('saves a pin to a board and section and prints the saved pin', async () => {
    const run = await runPinkit(
      ['save-pin', '-p', source.id, '-b', target.boardId, '-s', target.sectionId, '--json', '-l', '0'],
      sim.env(),
    );
    expect(run.code).toBe(0);
    const [saved] = jsonLines(run.stdout);
    expect(saved).toMatchObject({
      board_id: target.boardId,
      board_section_id: target.sectionId,
      parent_pin_id: source.id,
      title: source.title,
    });
    const reread = await createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! }).pins.get(saved!.id as string);
    expect(reread.board_section_id).toBe(target.sectionId);
  });

  it('prints a summary for people and logs the request', async () => {
    const run = await runPinkit(['save-pin', '-p', source.id, '-b', target.boardId], sim.env());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Pin \\d+: ${source.title}\\n  board: ${target.boardId}  section: -`));
    expect(run.stderr).toMatch(new RegExp(`POST ${sim.url}/v5/pins/${source.id}/save -> 201`));
  });

  it("reports a board that is not the user's with the request id", async () => {
    const run = await runPinkit(['save-pin', '-p', source.id, '-b', '424242424242', '-l', '0'], sim.env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pinkit: .*\(request id [0-9a-f]+\)\n$/);
  });

  it("saves another user's public pin, which get-pin cannot read, and says clearly why a secret one cannot be saved", async () => {
    const env = { ...sim.env(), ACCESS_TOKEN: sim.env().TARGET_ACCESS_TOKEN! };
    const board = await createV5Client({ apiUri: sim.url, token: env.ACCESS_TOKEN }).boards.create({
      name: 'Saved by the target',
      privacy: 'PUBLIC',
      is_ads_only: false,
    });
    const read = await runPinkit(['get-pin', '-p', source.id, '-l', '0'], env);
    expect(read.code).toBe(1);
    expect(read.stderr).toMatch(/^pinkit: Not found - check the id; Pinterest reads by id only your own pins and those on group boards/);
    const saved = await runPinkit(['save-pin', '-p', source.id, '-b', board.id as string, '--json', '-l', '0'], env);
    expect(saved.code, saved.stderr).toBe(0);
    expect(jsonLines(saved.stdout)[0]).toMatchObject({ parent_pin_id: source.id, board_id: board.id });
    const refused = await runPinkit(['save-pin', '-p', secret.id, '-b', board.id as string, '-l', '0'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^pinkit: Not found - check the id; a pin on a secret board of another user cannot be saved either\. .*\(request id [0-9a-f]+\)\n$/,
    );
  });

  it('asks for the pin and the board', async () => {
    expect((await runPinkit(['save-pin', '-b', target.boardId], sim.env())).stderr).toBe(
      'pinkit: Missing -p/--pin-id: which pin to save.\n',
    );
    expect((await runPinkit(['save-pin', '-p', source.id], sim.env())).stderr).toBe(
      'pinkit: Missing -b/--board-id: which board to save it to.\n',
    );
  });
});
