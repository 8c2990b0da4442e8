import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { createV5Client } from '@pinkit/api-v5';
import { tempDir } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstAdsBranch, type AdsTree } from '../test-support/ads-tree.js';
import { runPinkit } from '../test-support/run-pinkit.js';

// What a signed storage URL or POST policy authorises with: any of these in a log lets whoever
// reads it fetch the report or upload in the user's name until it lapses.
const SIGNED = /(x-amz-signature|x-amz-credential|x-amz-security-token|policy|signature)(["']?\s*[=:]\s*["']?)(?!\[REDACTED\])[^&\s"',}]+/i;

let sim: Simulator;
let tree: AdsTree;
beforeAll(async () => {
  sim = await startSimulator({ boards: 1, pinsPerBoard: 4 });
  tree = await firstAdsBranch(sim);
});
afterAll(() => sim.stop());

describe('signed-URL credentials at -l 3', () => {
  it('are masked in the report URL of ads-report and of analytics-api-example -v 3', async () => {
    const v5 = await runPinkit(['ads-report', '--ad-account-id', tree.adAccountId, '--json', '-l', '3'], sim.env());
    expect(v5.code, v5.stderr).toBe(0);
    const v3Env = { ...sim.env(), ACCESS_TOKEN: sim.env().V3_ACCESS_TOKEN!, PINTEREST_API_VERSION: '3' };
    const v3 = await runPinkit(['analytics-api-example', '--ad-account-id', tree.adAccountId, '--json', '-l', '3'], v3Env);
    expect(v3.code, v3.stderr).toBe(0);
    for (const run of [v5, v3]) {
      expect(run.stderr).toMatch(/X-Amz-Signature=\[REDACTED\]/);
      expect(run.stderr).toMatch(/X-Amz-Security-Token=\[REDACTED\]/);
      expect(run.stderr).not.toMatch(SIGNED);
    }
  });

  it('are masked in the upload parameters of POST /v5/media', async () => {
    const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
    let pinId = '';
    let boardId = '';
    for await (const board of client.boards.list()) {
      boardId = board.id as string;
      for await (const pin of client.boards.listPins(boardId)) if (!pinId && pin.media?.media_type === 'image') pinId = pin.id as string;
    }
    const file = join(tempDir('pinkit-video-'), 'clip.mp4');
    writeFileSync(file, Buffer.from('bytes to upload'));
    const run = await runPinkit(['copy-pin', '-p', pinId, '-b', boardId, '-m', file, '-l', '3'], {
      ...sim.env(),
      PINKIT_MEDIA_POLL_MS: '5',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/"x-amz-signature":"\[REDACTED\]"/);
    expect(run.stderr).toMatch(/"policy":"\[REDACTED\]"/);
    expect(run.stderr).not.toMatch(SIGNED);
  });
});
