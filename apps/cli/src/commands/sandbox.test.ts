import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';

let sim: Simulator;
let proxy: Server;
const tunnels: string[] = [];
beforeAll(async () => {
  sim = await startSimulator();
  // Stands in for the network: Pinterest's hosts cannot be reached from tests, but a proxy sees
  // which host a request was for (the CONNECT line) before refusing it.
  proxy = createServer();
  proxy.on('connect', (req, socket) => {
    tunnels.push(req.url ?? '');
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  await sim.stop();
});

describe('pinkit --sandbox', () => {
  it.each([
    [['--sandbox'], {}],
    [[], { PINTEREST_SANDBOX: '1' }],
  ])("sends the request to Pinterest's sandbox host (%j %j)", async (flags, extra) => {
    tunnels.length = 0;
    const env = { ...sim.env(), HTTPS_PROXY: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, ...extra };
    const run = await runPinkit(['get-user-boards', ...flags, '-l', '2'], env);
    expect(run.code).toBe(1);
    // Refused connections are retried; every attempt went to the sandbox.
    expect(new Set(tunnels)).toEqual(new Set(['api-sandbox.pinterest.com:443']));
    expect(run.stderr).toContain('https://api-sandbox.pinterest.com/v5/boards');
  });

  it('leaves production alone without it', async () => {
    const run = await runPinkit(['get-user-boards', '-l', '2'], sim.env());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${sim.url}/v5/boards`);
  });
});

describe('an app with Trial access', () => {
  it("is told, when Pinterest refuses a write with code 29, that --sandbox reaches Pinterest's API sandbox", async () => {
    const trial = await startSimulator({ trialAccess: true });
    try {
      const boards = await runPinkit(['get-user-boards', '--json', '-l', '0'], trial.env());
      const [board] = boards.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string });
      const run = await runPinkit(['delete-board', '-b', board?.id ?? '', '--yes', '-l', '0'], trial.env());
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/code 29|Trial access/);
      expect(run.stderr.trim().split('\n').at(-1)).toMatch(
        /Run with --sandbox \(or PINTEREST_SANDBOX=1\) to use Pinterest's API sandbox\.$/,
      );
    } finally {
      await trial.stop();
    }
  });

  it('refuses, before any request, a call the sandbox does not serve: one line, exit 2', async () => {
    const env = { ...sim.env(), PINTEREST_SANDBOX_API_URI: sim.url };
    const run = await runPinkit(['get-analytics', '-o', 'user', '--sandbox', '-l', '2'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "pinkit: GET /v5/user_account/analytics (user_account/analytics) is not available in Pinterest's API sandbox; call it against the production API.\n",
    );
  });
});
