import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { capable, needs } from '@pinkit/test-support';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jsonLines, runPinkit } from '../test-support/run-pinkit.js';
import { launchChromium, signedOutEnv, startPinkit } from '../test-support/sign-in.js';

// A v3 sign-in as a person makes it: pinkit opens the simulator's consent page, which a real
// headless Chromium shows and approves; the stored v3 token then serves the v3 reading commands.

let sim: Simulator;
let browser: Browser;
beforeAll(async () => {
  sim = await startSimulator();
  if (capable('chromium')) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sim?.stop();
});

/** Signs in on v3 with `scopes` by clicking Allow on the consent page; returns the environment and what the page listed. */
async function signInV3(scopes: string) {
  const env = { ...(await signedOutEnv(sim)), PINTEREST_API_VERSION: '3' };
  const run = startPinkit(['get-access-token', '-w', '--token-store', 'file', '-s', scopes], env);
  const page = await browser.newPage();
  await page.goto(await run.authorizeUrl);
  const listed = await page.$$eval('#scopes li', (items) => items.map((item) => item.textContent?.trim() ?? ''));
  await page.click('button[name=decision][value=allow]');
  expect(await run.exit, run.stderr()).toBe(0);
  await page.close();
  return { env, listed, stdout: run.stdout(), stderr: run.stderr() };
}

describe('pinkit get-access-token -v 3 in a real browser', () => {
  beforeEach((context) => needs(context, 'chromium'));

  it('shows the v3 scopes on the consent page, stores the approved token, and get-user-boards -v 3 reads with it', async () => {
    const { env, listed, stdout, stderr } = await signInV3('read_organic,read_secret');
    expect(listed).toEqual(["read_organic See all of a user's public data.", 'read_secret See secret boards and secret Pins']);
    expect(stderr).toMatch(/PUT \S+\/v3\/oauth\/access_token\/ -> 200/);

    const file = join(env.PINTEREST_OAUTH_TOKEN_DIR, 'access_token.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { access_token: string; refresh_token: string; scopes: string[] };
    expect(stored).toMatchObject({ access_token: expect.stringMatching(/^pina_/), refresh_token: expect.stringMatching(/^pinr_/) });
    expect(stored.scopes).toEqual(['read_organic', 'read_secret']);
    expect(stdout).toMatch(/^hashed access token: [0-9a-f]{64}$/m);
    expect(stdout).toMatch(/^User pinkit_demo /m);

    const boards = await runPinkit(['get-user-boards', '--json', '-l', '2', '--token-store', 'file'], env);
    expect(boards.code, boards.stderr).toBe(0);
    expect(boards.stderr).toMatch(/GET \S+\/v3\/users\/me\/boards\/feed\/\S* -> 200/);
    const listedBoards = jsonLines(boards.stdout);
    expect(listedBoards.length).toBeGreaterThan(1);
    // read_secret gives the pins of secret boards too.
    const secret = listedBoards.find((board) => board.privacy === 'secret');
    expect(secret).toBeDefined();
    const pins = await runPinkit(['get-board', '-b', String(secret!.id), '--pins', '--json', '-l', '0', '--token-store', 'file'], env);
    expect(pins.code, pins.stderr).toBe(0);
    expect(jsonLines(pins.stdout).filter((line) => line.image_large_url !== undefined).length).toBeGreaterThan(0);
  });

  it('without read_secret, lists secret boards (read_boards covers them) but none of their pins', async () => {
    const { env } = await signInV3('read_organic');
    const boards = jsonLines((await runPinkit(['get-user-boards', '--json', '-l', '0', '--token-store', 'file'], env)).stdout);
    const secret = boards.find((board) => board.privacy === 'secret');
    expect(secret).toBeDefined();
    const pins = await runPinkit(['get-board', '-b', String(secret!.id), '--pins', '--json', '-l', '0', '--token-store', 'file'], env);
    expect(pins.code, pins.stderr).toBe(0);
    expect(jsonLines(pins.stdout).filter((line) => line.image_large_url !== undefined)).toEqual([]);
  });
});
