import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client } from '@pinkit/api-v5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
let env: Record<string, string>;
let board: { id: string; name: string };
beforeAll(async () => {
  sim = await startSimulator({ boards: 2, pinsPerBoard: 4 });
  // A second token name for the demo user: two names, one account.
  env = {
    ...sim.env(),
    SAME_USER: sim.issueToken(sim.users[0]!.id, ['user_accounts:read', 'boards:read', 'pins:read', 'boards:write', 'pins:write']),
  };
  for await (const candidate of createV5Client({ apiUri: sim.url, token: env.ACCESS_TOKEN! }).boards.list()) {
    board = { id: candidate.id as string, name: candidate.name };
    break;
  }
});
afterAll(() => sim.stop());

/** Each refused combination: one line on stderr (a parse error adds a hint to --help), exit 2, nothing written. */
async function refused(args: string[], message: string) {
  const run = await runPinkit(['copy-board', '-l', '0', ...args], env);
  expect(run.stderr.replace(/Run "pinkit copy-board --help" for usage\.\n$/, '')).toBe(`pinkit: ${message}\n`);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(sim.stats.writes).toBe(0);
}

describe('pinkit copy-board refuses what the quickstart refuses', () => {
  it('needs a board or --all, not both', async () => {
    await refused(['-n', 'Copy'], 'Missing -b/--board-id: which board to copy (or --all to copy every board).');
    await refused(
      ['-b', board.id, '--all', '-s', 'access_token', '-t', 'target_access_token'],
      'Give either -b/--board-id or --all, not both.',
    );
  });

  it('names one new board only', async () => {
    await refused(
      ['--all', '-n', 'Copy', '-s', 'access_token', '-t', 'target_access_token'],
      '-n/--name names one new board; it cannot be used with --all.',
    );
    await refused(['-b', board.id, '-n', ' '], '-n/--name must not be empty.');
  });

  it('needs a new name within one account', async () => {
    await refused(
      ['-b', board.id],
      'Copying a board within one account needs -n/--name for the new board (or -s and -t to copy it to another account).',
    );
    await refused(
      ['-b', board.id, '-s', 'access_token'],
      'Copying a board within one account needs -n/--name for the new board (or -s and -t to copy it to another account).',
    );
  });

  it('copies every board only into another account', async () => {
    await refused(['--all'], '--all copies every board into another account: give -s SOURCE_TOKEN and -t TARGET_TOKEN.');
    await refused(
      ['--all', '-s', 'access_token'],
      '--all copies every board into another account: give -s SOURCE_TOKEN and -t TARGET_TOKEN.',
    );
  });

  it('takes a target token only with a source token, and -a with neither', async () => {
    await refused(
      ['-b', board.id, '-t', 'target_access_token'],
      '-t/--target-access-token needs -s/--source-access-token too: name the account to copy from.',
    );
    await refused(
      ['-b', board.id, '-a', 'other', '-s', 'access_token', '-t', 'target_access_token'],
      '-a/--access-token cannot be used with -s or -t; name the source token with -s and the target token with -t.',
    );
  });

  it('treats two token names of one user as one account', async () => {
    await refused(
      ['--all', '-s', 'access_token', '-t', 'same_user'],
      'Tokens "access_token" and "same_user" both belong to user pinkit_demo; --all copies into another account.',
    );
    await refused(
      ['-b', board.id, '-s', 'access_token', '-t', 'same_user'],
      'Tokens "access_token" and "same_user" both belong to user pinkit_demo; a copy within one account needs -n/--name for the new board.',
    );
  });

  it("refuses the source board's own name within one account", async () => {
    await refused(['-b', board.id, '-n', board.name], `A copy within the same account needs a name other than "${board.name}".`);
  });

  it('checks the pacing options, and --copy-videos against the API version', async () => {
    await refused(
      ['-b', board.id, '-n', 'Copy', '--concurrency', '0'],
      'Invalid value for --concurrency: expected to be in the [1; 64] range (got 0)',
    );
    await refused(
      ['-b', board.id, '-n', 'Copy', '--writes-per-second', '0'],
      'Invalid value for --writes-per-second: expected to be at least 0.1 (got 0)',
    );
    await refused(
      ['-b', board.id, '-n', 'Copy', '-v', '3', '--copy-videos'],
      '--copy-videos: API v3 cannot upload videos; leave it out (videos are copied as their cover image) or use -v 5.',
    );
  });
});
